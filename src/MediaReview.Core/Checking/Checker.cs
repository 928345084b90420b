using System.Text.RegularExpressions;
using MediaReview.Claims;
using MediaReview.Documents;
using MediaReview.Reference;
using MediaReview.Rules;
using MediaReview.Text;

namespace MediaReview.Checking;

/// <summary>What checking one draft produced: its claims, each claim's verdict (same order), and the findings.</summary>
public sealed record FileResult(Document Document, IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimVerdict> Verdicts, IReadOnlyList<Finding> Findings)
{
    private sealed record ScoreOf(IReadOnlyList<Finding> Findings, DraftScore Score);

    private ScoreOf? _score;

    /// <summary>Verdict counts and the score, from the findings as they stand (after suppressions and a baseline).</summary>
    public DraftScore Score
    {
        get
        {
            // Computed once per list of findings: a copy made with other findings ("with { Findings = … }") computes its own.
            var cached = _score;
            if (cached is null || !ReferenceEquals(cached.Findings, Findings)) _score = cached = new ScoreOf(Findings, DraftScore.Of(Claims, Verdicts, Findings, Document));
            return cached.Score;
        }
    }
}

/// <summary>
/// The pipeline for one draft: claims from every extractor, every applicable rule on every claim,
/// findings sorted by offset then ID. Thread-safe; build once, use for every file.
/// </summary>
public sealed partial class Checker
{
    private readonly IReadOnlyList<IClaimExtractor> _extractors;
    private readonly RuleSet _rules;
    private readonly ReferenceSet _reference;
    private readonly Facts _facts;
    private readonly Dictionary<Type, CompiledRule[]> _rulesByClaimType;

    private readonly Configuration.EditorConfigSeverities? _severities;

    /// <param name="severities">Severities from .editorconfig files; null for the rules' defaults only.</param>
    public Checker(IEnumerable<IClaimExtractor> extractors, RuleSet rules, ReferenceSet reference, Configuration.EditorConfigSeverities? severities = null)
    {
        _severities = severities;
        _extractors = extractors.ToList();
        _rules = rules;
        _reference = reference;
        _facts = new Facts(reference);
        // Rules off by default stay listed: an .editorconfig may turn them on for some drafts.
        _rulesByClaimType = rules.Rules
            .GroupBy(r => r.Kind.ClaimType)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public RuleSet Rules => _rules;

    public ReferenceSet Reference => _reference;

    public FileResult Check(Document document) => Check(document, FindClaims(_extractors, document));

    /// <summary>
    /// Every extractor's claims in the draft, in the order of their spans. Needs the extractors only, not the rules: the
    /// CLI finds the first draft's claims while the rule files are still being compiled.
    /// </summary>
    internal static List<Claim> FindClaims(IEnumerable<IClaimExtractor> extractors, Document document)
    {
        var claims = new List<Claim>();
        foreach (var extractor in extractors) claims.AddRange(extractor.Extract(document));
        // The tokens go now, not with the document: a checked draft waits for its turn in the report, and what it keeps
        // alive then is promoted by every collection meanwhile (100 MB corpus, 9 interleaved runs: median 2.84 against
        // 2.89 s, 5 MB less). The ClaimReview report, which quotes sentences, makes them again.
        Claims.ProseBlocks.Forget(document);
        claims.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        return claims;
    }

    /// <summary>Checks a draft whose claims were found beforehand.</summary>
    /// <param name="claims">From <see cref="FindClaims"/> with this checker's extractors (the services' <see cref="IClaimExtractor"/>s).</param>
    internal FileResult Check(Document document, IReadOnlyList<Claim> claims)
    {
        var findings = new List<Finding>();
        var verdicts = new List<ClaimVerdict>(claims.Count);
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var checkedBy = new List<string>();
        var contradictedBy = new List<string>();
        foreach (var claim in claims)
        {
            checkedBy.Clear();
            contradictedBy.Clear();
            if (_rulesByClaimType.TryGetValue(claim.GetType(), out var rules))
            {
                foreach (var rule in rules)
                {
                    if (!severities.TryGetValue(rule.Descriptor.Id, out var severity))
                        severities[rule.Descriptor.Id] = severity = _severities?.For(document.Path, rule.Descriptor) ?? rule.Descriptor.DefaultSeverity;
                    if (severity == Severity.None) continue;
                    RuleOutcome outcome;
                    try
                    {
                        outcome = rule.Evaluate(claim, _facts);
                    }
                    catch (Exception e)
                    {
                        // The rule could not judge the claim: an engine error, not a verdict.
                        findings.Add(EngineError(document, claim, rule, e));
                        continue;
                    }
                    if (outcome == RuleOutcome.DoesNotApply) continue;
                    checkedBy.Add(rule.Descriptor.Id);
                    if (outcome == RuleOutcome.Fails)
                    {
                        contradictedBy.Add(rule.Descriptor.Id);
                        findings.Add(MarkOutsideArticle(document, CreateFinding(document, claim, rule) with { Severity = severity }));
                    }
                }
            }
            verdicts.Add(checkedBy.Count == 0 ? ClaimVerdict.Unverifiable
                : new ClaimVerdict(contradictedBy.Count > 0 ? Verdict.Contradicted : Verdict.Supported, [.. checkedBy], [.. contradictedBy]));
        }
        findings.Sort(CompareFindings);
        return new FileResult(document, claims, verdicts, InlineSuppressions.Apply(document, findings));
    }

    /// <summary>A finding in a page's related content is reported as such, and at most as a suggestion.</summary>
    private static Finding MarkOutsideArticle(Document document, Finding finding)
    {
        if (document.Parts.Count == 0 || document.OutsideArticle(finding.Span.Start) is not { } part) return finding;
        return finding with
        {
            OutsideArticle = part.Description,
            Severity = finding.Severity > Severity.Suggestion ? Severity.Suggestion : finding.Severity,
        };
    }

    public static int CompareFindings(Finding a, Finding b)
    {
        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0) return c;
        c = a.Span.Start.CompareTo(b.Span.Start);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Id, b.Id);
        return c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length);
    }

    private Finding CreateFinding(Document document, Claim claim, CompiledRule rule)
    {
        var d = rule.Descriptor;
        var message = RuleSet.FormatMessage(d.MessageFormat, rule.Kind.Arguments(claim, _reference));
        var confidence = claim.Confidence * d.Confidence;
        // Past the reference set's date nothing is vouched for: a term may have ended, a person may have died.
        var judgedAt = claim.HasTime ? claim.Time.End : claim.WrittenOn.End;
        if (claim.ChecksChangingFacts && _reference.AsOf is { } asOf && judgedAt > asOf)
        {
            confidence *= 0.8;
            message += $" (the reference set vouches for facts up to {asOf:yyyy-MM-dd})";
        }
        return new Finding
        {
            Id = d.Id,
            Title = d.Title,
            Category = d.Category,
            Severity = d.DefaultSeverity,
            Message = message,
            Path = document.Path,
            Span = claim.Span,
            Start = document.Lines.GetPosition(claim.Span.Start),
            End = document.Lines.GetPosition(claim.Span.End),
            Text = claim.Text,
            Confidence = Math.Round(confidence, 2, MidpointRounding.AwayFromZero),
            Suggestion = Suggest(document, claim, d.Fix),
            RuleName = d.RuleName,
        };
    }

    private static Finding EngineError(Document document, Claim claim, CompiledRule rule, Exception e)
    {
        var d = RuleDescriptor.EngineError;
        return new Finding
        {
            Id = d.Id,
            Title = d.Title,
            Category = d.Category,
            Severity = d.DefaultSeverity,
            Message = RuleSet.FormatMessage(d.MessageFormat, new Dictionary<string, string>
            {
                ["rule"] = $"{rule.Descriptor.Id} ({rule.Descriptor.RuleName})",
                ["error"] = $"{e.GetType().Name}: {e.Message}",
            }),
            Path = document.Path,
            Span = claim.Span,
            Start = document.Lines.GetPosition(claim.Span.Start),
            End = document.Lines.GetPosition(claim.Span.End),
            Text = claim.Text,
            Confidence = 1,
            RuleName = rule.Descriptor.RuleName,
        };
    }

    /// <summary>The corrected text for the claim's span, for the fixes rules can name.</summary>
    private static string? Suggest(Document document, Claim claim, string? fix)
    {
        if (fix == "correction") return claim.Correction;
        if (claim is WeekdayClaim weekday && fix == "weekday")
        {
            // Replace the written weekday (full or abbreviated) with the right one.
            var written = document.Text.Substring(claim.Span.Start, claim.Span.Length);
            var end = 0;
            while (end < written.Length && char.IsLetter(written[end])) end++;
            return weekday.ActualWeekday + written[end..];
        }
        if (claim is not OfficeClaim office || fix is null) return null;
        var text = document.Text.Substring(claim.Span.Start, claim.Span.Length);
        switch (fix)
        {
            case "add-former" when office.IsPlain && office.TitleStart >= claim.Span.Start && office.TitleStart < claim.Span.End:
            {
                var at = office.TitleStart - claim.Span.Start;
                // "Now President …", "Araghchi, the current foreign minister": the word that made the title current
                // gives way to "former" (not "Now former President …").
                var cut = CurrentQualifier().Match(text, 0, at) is { Success: true } current ? current.Index : at;
                var sentenceStart = cut == 0 && StartsSentence(document, claim.Span.Start);
                return text[..cut] + (sentenceStart ? "Former " : "former ") + text[at..];
            }
            case "remove-qualifier":
            {
                var result = Qualifier().Replace(text, "", 1);
                if (result.Length > 0 && char.IsLower(result[0]) && StartsSentence(document, claim.Span.Start))
                    result = char.ToUpperInvariant(result[0]) + result[1..];
                return result == text ? null : result;
            }
            default:
                return null;
        }
    }

    /// <summary>Nothing but white space or a sentence end stands between the offset and the start of its block.</summary>
    private static bool StartsSentence(Document document, int offset)
    {
        var regionStart = 0;
        foreach (var region in document.Regions)
        {
            if (region.Start > offset) break;
            regionStart = region.Start;
        }
        for (var i = offset - 1; i >= regionStart; i--)
        {
            var c = document.Prose[i];
            if (char.IsWhiteSpace(c)) continue;
            return c is '.' or '!' or '?' or '"' or '\u201C' or ':';
        }
        return true;
    }

    [GeneratedRegex(@"\b(?:(?:[Tt]he\s+)?[Ll]ate|[Ff]ormer|[Ee]x-|[Tt]hen-)\s*(?<=\s|-)", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    /// <summary>
    /// A word that says the title is held now, just before it: the words <c>OfficeClaimExtractor.QualifierOf</c> reads as
    /// "current" ("now", "current", "currently", "sitting"), which the claim records as no qualifier. Keep the two in step.
    /// </summary>
    [GeneratedRegex(@"\b(?:[Nn]ow|[Cc]urrent(?:ly)?|[Ss]itting)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentQualifier();
}
