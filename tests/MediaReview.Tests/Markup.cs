namespace MediaReview.Tests;

/// <summary>
/// Roslyn-style test markup: "{|MR1002:President Hassan Rouhani|}" marks text that must be flagged
/// with that ID ("{|MR4001,MR4002:Al Busaidi|}" with both). Returns the plain text and the expected (id, offset, length) triples.
/// The markup is parsed by <see cref="MediaReview.Rules.ExampleMarkup"/>, as the rule files' examples are.
/// </summary>
public static class Markup
{
    public static (string Text, List<(string Id, int Start, int Length)> Expected) Parse(string markup)
    {
        var (text, expected) = MediaReview.Rules.ExampleMarkup.Parse(markup);
        return (text, expected.Select(e => (e.Id, e.Start, e.Length)).ToList());
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
}
