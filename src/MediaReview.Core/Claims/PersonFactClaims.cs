namespace MediaReview.Claims;

/// <summary>An age given for a person: "the 86-year-old supreme leader", "Araghchi, 61,", "(86)", "aged 86".</summary>
public sealed class AgeClaim : Claim
{
    public override string Kind => "age";

    /// <summary>Reference id of the person.</summary>
    public required string Person { get; init; }

    /// <summary>The age as written.</summary>
    public required int Age { get; init; }
}

/// <summary>
/// How long a person has held an office: "has ruled since 1989", "in office since 2020", "has led the
/// country for 35 years", "the supreme leader since 1989".
/// </summary>
public sealed class TenureClaim : Claim
{
    public override string Kind => "tenure";

    /// <summary>Reference id of the person.</summary>
    public required string Person { get; init; }

    /// <summary>The office named with the tenure, or null for "has ruled since …" (the office held then).</summary>
    public string? Office { get; init; }

    /// <summary>The year after "since", or 0.</summary>
    public int SinceYear { get; init; }

    /// <summary>The number of years after "for", or 0.</summary>
    public int Years { get; init; }

    /// <summary>"nearly", "almost", "about", "decades": a count not meant exactly.</summary>
    public bool Approximate { get; init; }

    /// <summary>"more than", "over", "at least": a lower bound.</summary>
    public bool AtLeast { get; init; }
}

/// <summary>A known event given a date: "the first round of talks in Muscat on April 19".</summary>
public sealed class EventClaim : Claim
{
    public override string Kind => "event";

    /// <summary>Reference id of the event.</summary>
    public required string Event { get; init; }

    /// <summary>The date, month or year the text gives the event.</summary>
    public required DateRange Stated { get; init; }

    /// <summary>The text gives no year; it was taken from the draft's date.</summary>
    public required bool YearInferred { get; init; }

    /// <summary>The time as written: "April 19".</summary>
    public required string DateText { get; init; }

    /// <summary>"start" for "began on …", "end" for "ended on …", else "" (any time of the event).</summary>
    public string Part { get; init; } = "";
}
