using MediaReview.Rules;

namespace MediaReview.Tests.Rules;

/// <summary>The examples every shipped rule carries in its rule file, run as `mediareview rules test` runs them.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in TestEngine.Rules.Descriptors)
        {
            for (var i = 0; i < rule.Examples.Count; i++) data.Add(rule.Id, i);
        }
        return data;
    }

    private static readonly Lazy<IReadOnlyList<ExampleResult>> Results = new(() => RuleExampleRunner.Run(TestEngine.Checker, TestEngine.Loader));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_shipped_example_gives_exactly_its_marked_findings(string id, int index)
    {
        var result = Results.Value.Where(r => r.Rule.Id == id).ElementAt(index);
        Assert.True(result.Passed, $"{id} example {index + 1} on {result.Example.Date:yyyy-MM-dd}: \"{result.Text}\"\n expected: {result.Describe(result.Expected)}\n   actual: {result.Describe(result.Actual)}");
    }

    [Fact]
    public void Every_shipped_rule_has_examples_that_must_fire_and_must_stay_silent() =>
        Assert.Empty(RuleExampleRunner.Incomplete(TestEngine.Rules.Descriptors).Select(x => $"{x.Rule.Id}: {x.Missing}"));

    [Theory]
    [InlineData("{|MR1002:President Hassan Rouhani|} spoke.", "President Hassan Rouhani spoke.", "MR1002", 0, 24)]
    [InlineData("Aides to {|MR4001,MR4002:Al Busaidi|} spoke.", "Aides to Al Busaidi spoke.", "MR4001", 9, 10)]
    public void Markup_gives_the_text_and_the_spans(string markup, string text, string id, int start, int length)
    {
        var (plain, expected) = ExampleMarkup.Parse(markup);
        Assert.Equal(text, plain);
        Assert.Equal(new ExampleFinding(id, start, length), expected[0]);
    }

    [Theory]
    [InlineData("{|MR1002:President Hassan Rouhani spoke.")]
    [InlineData("{|MR102:President|} spoke.")]
    [InlineData("President Hassan Rouhani|} spoke.")]
    public void Broken_markup_is_detected(string markup) => Assert.True(ExampleMarkup.IsMalformed(markup));
}
