using MediaReview.Text;

namespace MediaReview.Claims;

/// <summary>What a claim's sentence says about time and voice: set on every claim through <see cref="Claim.Context"/>.</summary>
public readonly record struct ClaimContext(DateRange WrittenOn, DateRange Time, bool HasTime, string TimeReason,
    bool InQuote = false, bool SpeaksOfNow = false, bool RecallsDeath = false);

/// <summary>A checkable statement found in a draft, with the span of text it came from.</summary>
public abstract class Claim
{
    /// <summary>The claim kind rules are written for ("office").</summary>
    public abstract string Kind { get; }

    /// <summary>The text the claim was read from, in the original document.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The text at <see cref="Span"/>.</summary>
    public required string Text { get; init; }

    /// <summary>How sure the extractor is that it read the claim right, 0–1.</summary>
    public required double Confidence { get; init; }

    /// <summary>The draft's date: what "now" means when the draft says "former" or "the late".</summary>
    public DateRange WrittenOn { get; init; }

    /// <summary>The time the claim speaks of: its sentence's own time, else the draft's date.</summary>
    public DateRange Time { get; init; }

    /// <summary>False when the claim speaks of an unspecified past ("then-Secretary …", "at the time").</summary>
    public bool HasTime { get; init; }

    /// <summary>Where <see cref="Time"/> came from, for messages: "the draft is dated 2025-02-11".</summary>
    public string TimeReason { get; init; } = "";

    /// <summary>Sets the time and sentence facts together, as extractors read them from the sentence.</summary>
    public required ClaimContext Context
    {
        get => new(WrittenOn, Time, HasTime, TimeReason, InQuote, SpeaksOfNow, RecallsDeath);
        init
        {
            WrittenOn = value.WrittenOn;
            Time = value.Time;
            HasTime = value.HasTime;
            TimeReason = value.TimeReason;
            InQuote = value.InQuote;
            SpeaksOfNow = value.SpeaksOfNow;
            RecallsDeath = value.RecallsDeath;
        }
    }

    /// <summary>Inside quotation marks: the words may be the speaker's, at the speaker's time.</summary>
    public bool InQuote { get; init; }

    /// <summary>The sentence is about the present: a weekday ("said on Monday"), "now", "today", "currently", "still".</summary>
    public bool SpeaksOfNow { get; init; }

    /// <summary>The sentence mentions a death or a memory ("martyr", "killed", "funeral", "a reference to").</summary>
    public bool RecallsDeath { get; init; }

    /// <summary>The corrected text for <see cref="Span"/> the claim itself proposes (rules offer it with <c>"fix": "correction"</c>).</summary>
    public virtual string? Correction => null;

    /// <summary>
    /// The check depends on facts that change (terms, lives), so a claim about a time after the
    /// reference set's date is judged with less confidence. Weekdays and spellings do not.
    /// </summary>
    public virtual bool ChecksChangingFacts => true;
}

/// <summary>
/// A person presented with a title or office, or with "former", "late" or "then-".
/// The properties are what rule expressions read, as <c>claim.*</c>.
/// </summary>
public sealed class OfficeClaim : Claim
{
    public override string Kind => "office";

    /// <summary>Reference id of the person.</summary>
    public required string Person { get; init; }

    /// <summary>Reference id of the office the title names, or null for a bare "the late …".</summary>
    public string? Office { get; init; }

    /// <summary>"none", "former", "late", "then" or "future" ("incoming", "future").</summary>
    public required string Qualifier { get; init; }

    /// <summary>The title as written ("Iranian Foreign Minister"), empty if none.</summary>
    public string TitleText { get; init; } = "";

    /// <summary>The name as written.</summary>
    public required string NameText { get; init; }

    /// <summary>"title" (title before the name), "appositive" (name, title) or "qualifier" (the late …).</summary>
    public required string Form { get; init; }

    /// <summary>Where the title starts in the document (for suggestions that insert "former").</summary>
    public int TitleStart { get; init; }

    public bool HasOffice => Office is not null;
    public bool IsFormer => Qualifier == "former";
    public bool IsLate => Qualifier == "late";
    public bool IsThen => Qualifier == "then";
    public bool IsPlain => Qualifier == "none";
    public bool IsFuture => Qualifier == "future";

    /// <summary>The title is presented as held at <see cref="Claim.Time"/>: no qualifier, or "then-" with a time.</summary>
    public bool PresentedAsCurrent => HasOffice && HasTime && (IsPlain || IsThen);
}
