using System.Text;
using System.Text.RegularExpressions;

namespace MediaReview.Tests;

/// <summary>
/// Roslyn-style test markup: "{|MR1002:President Hassan Rouhani|}" marks text that must be flagged
/// with that ID ("{|MR4001,MR4002:Al Busaidi|}" with both). Returns the plain text and the expected (id, offset, length) triples.
/// </summary>
public static partial class Markup
{
    public static (string Text, List<(string Id, int Start, int Length)> Expected) Parse(string markup)
    {
        var text = new StringBuilder();
        var expected = new List<(string, int, int)>();
        var position = 0;
        foreach (Match m in Span().Matches(markup))
        {
            text.Append(markup, position, m.Index - position);
            foreach (var id in m.Groups["id"].Value.Split(',')) expected.Add((id, text.Length, m.Groups["text"].Length));
            text.Append(m.Groups["text"].Value);
            position = m.Index + m.Length;
        }
        text.Append(markup, position, markup.Length - position);
        return (text.ToString(), expected);
    }

    /// <summary>Checks the markup's text on the date and asserts exactly the marked findings (ID and span) come out.</summary>
    public static void Verify(string markup, string date)
    {
        var (text, expected) = Parse(markup);
        var findings = TestEngine.Check(text, date);
        var actual = findings.Select(f => (f.Id, f.Span.Start, f.Span.Length)).OrderBy(x => x.Start).ThenBy(x => x.Id).ToList();
        var want = expected.OrderBy(x => x.Start).ThenBy(x => x.Id).ToList();
        if (!actual.SequenceEqual(want))
        {
            string Show(IEnumerable<(string Id, int Start, int Length)> items) =>
                string.Join("; ", items.Select(x => $"{x.Id} '{text.Substring(x.Start, x.Length)}'@{x.Start}"));
            Assert.Fail($"on {date}: \"{text}\"\n expected: [{Show(want)}]\n   actual: [{Show(actual)}]\n messages: {string.Join(" | ", findings.Select(f => f.Message))}");
        }
    }

    [GeneratedRegex(@"\{\|(?<id>MR\d{4}(?:,MR\d{4})*):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex Span();
}
