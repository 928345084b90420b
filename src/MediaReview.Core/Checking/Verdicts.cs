using MediaReview.Claims;

namespace MediaReview.Checking;

/// <summary>What the reference set says of a claim.</summary>
public enum Verdict
{
    /// <summary>At least one rule judged the claim and none found it wrong.</summary>
    Supported,

    /// <summary>A rule found the claim wrong: there is a finding for it (it may be suppressed).</summary>
    Contradicted,

    /// <summary>No rule could judge the claim: the reference set has nothing to say about it.</summary>
    Unverifiable,
}

/// <summary>A claim's verdict and the rules behind it (diagnostic IDs, in rule order).</summary>
public sealed record ClaimVerdict(Verdict Verdict, IReadOnlyList<string> CheckedBy, IReadOnlyList<string> ContradictedBy)
{
    public static readonly ClaimVerdict Unverifiable = new(Verdict.Unverifiable, [], []);
}

public static class Verdicts
{
    public static string ToWord(this Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        _ => "unverifiable",
    };
}

/// <summary>
/// A draft's score, 0–100: the share of what could be judged in it that holds up. Each claim of fact counts
/// once, and each person named counts once for the spelling of their name, however often they are named. A
/// contradicted one weighs as much as its most severe standing finding (error 3, warning 2, suggestion 0.5)
/// times that finding's confidence: score = floor(100 × supported / (supported + Σ weights)). Claims whose
/// findings are all suppressed or accepted in a baseline, or only silent, count on neither side, and so do
/// the claims a web page has outside its article (related content after it). A draft with nothing judged
/// has no score (<see cref="Value"/> is null): nothing in it could be checked, which is not the same as
/// everything in it being right. The claim counts (<see cref="Claims"/> …) are of every claim and mention.
/// </summary>
public sealed record DraftScore(int Claims, int Supported, int Contradicted, int Unverifiable, int? Value, double Penalty)
{
    public const double ErrorWeight = 3, WarningWeight = 2, SuggestionWeight = 0.5;

    public bool IsScored => Value is not null;

    public static double Weight(Severity severity) => severity switch
    {
        Severity.Error => ErrorWeight,
        Severity.Warning => WarningWeight,
        Severity.Suggestion => SuggestionWeight,
        _ => 0,
    };

    /// <param name="document">The draft, when it is a web page with parts outside the article: claims there count on neither side.</param>
    public static DraftScore Of(IReadOnlyList<Claim> claims, IReadOnlyList<ClaimVerdict> verdicts, IReadOnlyList<Finding> findings, Documents.Document? document = null)
    {
        // The weight of each standing finding, by its span and rule: a claim's findings have its span.
        var weights = new Dictionary<(Text.TextSpan, string), double>();
        foreach (var f in findings)
        {
            if (f.IsSuppressed) continue;
            var weight = Weight(f.Severity) * f.Confidence;
            weights[(f.Span, f.Id)] = Math.Max(weight, weights.GetValueOrDefault((f.Span, f.Id)));
        }
        int supported = 0, contradicted = 0, unverifiable = 0;
        double penalty = 0, scored = 0;
        // Per person named: whether a mention holds up, and the weight of the worst standing finding on one.
        var names = new Dictionary<string, (bool Holds, double Worst)>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var verdict = verdicts[i];
            var worst = 0.0;
            switch (verdict.Verdict)
            {
                case Verdict.Supported: supported++; break;
                case Verdict.Unverifiable: unverifiable++; continue;
                default:
                    contradicted++;
                    foreach (var id in verdict.ContradictedBy) worst = Math.Max(worst, weights.GetValueOrDefault((claims[i].Span, id)));
                    break;
            }
            // Related content after a page's article is not the article: its claims are counted, not scored.
            if (document is not null && document.Parts.Count > 0 && document.OutsideArticle(claims[i].Span.Start) is not null) continue;
            if (claims[i] is NameClaim name)
            {
                var (holds, worstSoFar) = names.GetValueOrDefault(name.Person);
                names[name.Person] = (holds || verdict.Verdict == Verdict.Supported, Math.Max(worstSoFar, worst));
            }
            else if (verdict.Verdict == Verdict.Supported) scored++;
            else penalty += worst;
        }
        foreach (var (holds, worst) in names.Values)
        {
            if (worst > 0) penalty += worst;
            else if (holds) scored++;
        }
        var judged = scored + penalty;
        int? value = judged == 0 ? null : (int)Math.Floor(100 * scored / judged);
        return new DraftScore(claims.Count, supported, contradicted, unverifiable, value, Math.Round(penalty, 2, MidpointRounding.AwayFromZero));
    }
}
