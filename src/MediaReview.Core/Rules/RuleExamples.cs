using System.Text;
using System.Text.RegularExpressions;
using MediaReview.Checking;
using MediaReview.Documents;

namespace MediaReview.Rules;

/// <summary>
/// An example of a rule, Roslyn style: <c>{|MR1002:President Hassan Rouhani|}</c> marks text that must be
/// flagged with that ID (<c>{|MR4001,MR4002:…|}</c> with both); text without markup must produce no finding.
/// </summary>
/// <param name="Markup">The example text with its marked spans.</param>
/// <param name="Date">The date the example is written on.</param>
/// <param name="Line">The line of the example in its rule file, for messages.</param>
public sealed record RuleExample(string Markup, DateOnly Date, int Line = 0)
{
    /// <summary>An example that marks a span: the rule must fire there.</summary>
    public bool MustFire => ExampleMarkup.Parse(Markup).Expected.Count > 0;
}

/// <summary>A finding expected or found in an example: diagnostic ID and span.</summary>
public readonly record struct ExampleFinding(string Id, int Start, int Length);

public static partial class ExampleMarkup
{
    /// <summary>The plain text and the expected findings of a markup string.</summary>
    public static (string Text, List<ExampleFinding> Expected) Parse(string markup)
    {
        var text = new StringBuilder();
        var expected = new List<ExampleFinding>();
        var position = 0;
        foreach (Match m in Span().Matches(markup))
        {
            text.Append(markup, position, m.Index - position);
            foreach (var id in m.Groups["id"].Value.Split(',')) expected.Add(new ExampleFinding(id, text.Length, m.Groups["text"].Length));
            text.Append(m.Groups["text"].Value);
            position = m.Index + m.Length;
        }
        text.Append(markup, position, markup.Length - position);
        return (text.ToString(), expected);
    }

    /// <summary>Markup that opens a span ("{|") but is not a well-formed one: a typo in an example.</summary>
    public static bool IsMalformed(string markup) => Span().Replace(markup, "").Contains("{|", StringComparison.Ordinal) || Span().Replace(markup, "").Contains("|}", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\|(?<id>MR\d{4}(?:,MR\d{4})*):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex Span();
}

/// <summary>The outcome of one example: what was expected and what the checker found.</summary>
public sealed record ExampleResult(RuleDescriptor Rule, RuleExample Example, string Text, IReadOnlyList<ExampleFinding> Expected,
    IReadOnlyList<ExampleFinding> Actual, IReadOnlyList<string> Messages)
{
    public bool Passed => Expected.SequenceEqual(Actual);

    /// <summary>"MR1002 'President Hassan Rouhani'@0; …"</summary>
    public string Describe(IEnumerable<ExampleFinding> findings)
    {
        var text = Text;
        var list = findings.Select(f => $"{f.Id} '{text.Substring(f.Start, f.Length)}'").ToList();
        return list.Count == 0 ? "no finding" : string.Join("; ", list);
    }
}

/// <summary>Runs every rule's examples through the whole checker (all rules, the reference set), as a draft would be.</summary>
public static class RuleExampleRunner
{
    public static IReadOnlyList<ExampleResult> Run(Checker checker, DocumentLoader loader)
    {
        var results = new List<ExampleResult>();
        foreach (var rule in checker.Rules.Descriptors)
        {
            foreach (var example in rule.Examples)
            {
                var (text, expected) = ExampleMarkup.Parse(example.Markup);
                var document = loader.Parse("example.md", Encoding.UTF8.GetBytes(text), example.Date, example.Date);
                var findings = checker.Check(document).Findings;
                var actual = findings.Select(f => new ExampleFinding(f.Id, f.Span.Start, f.Span.Length)).Order(Comparer).ToList();
                results.Add(new ExampleResult(rule, example, text, expected.Order(Comparer).ToList(), actual, findings.Select(f => $"{f.Id}: {f.Message}").ToList()));
            }
        }
        return results;
    }

    /// <summary>Rules that lack a must-fire or a must-not-fire example, with what is missing.</summary>
    public static IReadOnlyList<(RuleDescriptor Rule, string Missing)> Incomplete(IEnumerable<RuleDescriptor> rules)
    {
        var missing = new List<(RuleDescriptor, string)>();
        foreach (var rule in rules)
        {
            if (!rule.Examples.Any(e => e.MustFire)) missing.Add((rule, "no example where it must fire (mark the span: {|" + rule.Id + ":text|})"));
            if (!rule.Examples.Any(e => !e.MustFire)) missing.Add((rule, "no example where it must stay silent (an example without markup)"));
        }
        return missing;
    }

    private static readonly Comparer<ExampleFinding> Comparer = Comparer<ExampleFinding>.Create((a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id) is var c && c != 0 ? c : a.Length.CompareTo(b.Length));
}
