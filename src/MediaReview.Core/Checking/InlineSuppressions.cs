using System.Text.RegularExpressions;
using MediaReview.Documents;
using MediaReview.Text;

namespace MediaReview.Checking;

/// <summary>
/// Suppressions written in the draft, as HTML comments (which Markdown and HTML keep out of the text):
/// <code>
/// &lt;!-- mediareview-disable MR1002 --&gt; … &lt;!-- mediareview-restore MR1002 --&gt;   a stretch (no IDs: every rule)
/// &lt;!-- mediareview-disable-next-line MR1002 --&gt;                                  the line after the comment
/// &lt;!-- mediareview-disable-next-line MR1002 "President Hassan Rouhani" --&gt;       only that text on that line
/// </code>
/// A suppressed finding is kept and marked: SARIF reports it with an in-source suppression, the
/// summary counts it, and it does not fail the run.
/// </summary>
public static partial class InlineSuppressions
{
    [GeneratedRegex("""<!--\s*mediareview-(?<verb>disable-next-line|disable|restore)\b(?<ids>(?:[\s,]+MR\d{4})*)(?:\s+"(?<text>[^"]+)")?\s*-->""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    private sealed record Rule(int Start, int End, IReadOnlySet<string>? Ids, string? Text, string Directive);

    /// <summary>The findings with those the draft suppresses marked as suppressed in source.</summary>
    public static IReadOnlyList<Finding> Apply(Document document, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0 || !HasDirective(document.Text)) return findings;
        var rules = Parse(document);
        if (rules.Count == 0) return findings;
        var result = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            var rule = rules.FirstOrDefault(r => f.Span.Start >= r.Start && f.Span.Start < r.End && (r.Ids is null || r.Ids.Contains(f.Id))
                && (r.Text is null || string.Equals(Whitespace.Collapse(f.Text), Whitespace.Collapse(r.Text), StringComparison.Ordinal)));
            result.Add(rule is null ? f : f with { Suppression = "inSource", SuppressionJustification = rule.Directive });
        }
        return result;
    }

    /// <summary>
    /// Whether an HTML comment opens with "mediareview-", as every directive does: a quick test before the
    /// regular expression, since most drafts have none (an ordinal search for "&lt;!--" is far cheaper).
    /// </summary>
    private static bool HasDirective(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOf("<!--", StringComparison.Ordinal); at >= 0; at = span.IndexOf("<!--", StringComparison.Ordinal))
        {
            span = span[(at + 4)..];
            if (span.TrimStart().StartsWith("mediareview-", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static List<Rule> Parse(Document document)
    {
        var text = document.Text;
        var rules = new List<Rule>();
        // Open stretches: the IDs (or "*" for every rule) and where each began.
        var open = new Dictionary<string, (int Start, string Directive)>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Directive().Matches(text))
        {
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            var ids = m.Groups["ids"].Value.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(i => i.ToUpperInvariant()).ToList();
            var quoted = m.Groups["text"].Success ? m.Groups["text"].Value : null;
            switch (verb)
            {
                case "disable-next-line":
                {
                    var line = document.Lines.GetPosition(m.Index + m.Length).Line + 1;
                    if (line > document.Lines.LineCount) break;
                    var span = document.Lines.GetLineSpan(line);
                    rules.Add(new Rule(span.Start, span.End, ids.Count == 0 ? null : ids.ToHashSet(), quoted, m.Value));
                    break;
                }
                case "disable":
                    if (quoted is not null)
                    {
                        // A text form of a stretch: to the end of the draft or a matching restore.
                        rules.Add(new Rule(m.Index, text.Length, ids.Count == 0 ? null : ids.ToHashSet(), quoted, m.Value));
                        break;
                    }
                    foreach (var id in ids.Count == 0 ? ["*"] : ids) open.TryAdd(id, (m.Index, m.Value));
                    break;
                case "restore":
                    foreach (var id in ids.Count == 0 ? open.Keys.ToList() : ids)
                    {
                        if (!open.Remove(id, out var began)) continue;
                        rules.Add(new Rule(began.Start, m.Index, id == "*" ? null : new HashSet<string>([id]), null, began.Directive));
                    }
                    break;
            }
        }
        foreach (var (id, began) in open) rules.Add(new Rule(began.Start, text.Length, id == "*" ? null : new HashSet<string>([id]), null, began.Directive));
        return rules;
    }
}
