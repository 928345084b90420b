using MediaReview.Rules;
using MediaReview.Tests.Cli;

namespace MediaReview.Tests.Rules;

/// <summary>rules/README.md is generated from the rule files; `explain` prints one rule.</summary>
public class RuleCatalogueTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_rules_readme_is_the_catalogue_of_the_shipped_rules()
    {
        var expected = RuleCatalogue.Markdown(TestEngine.Rules.Descriptors);
        var actual = File.ReadAllText(Path.Combine(TestEngine.RulesDirectory, "README.md")).ReplaceLineEndings("\n");
        Assert.True(expected == actual,
            "rules/README.md is out of date: run 'dotnet run --project src/MediaReview.Cli -- rules catalogue --output rules/README.md'");
        foreach (var rule in TestEngine.Rules.Descriptors)
        {
            Assert.Contains($"| {rule.Id} | {rule.Title} | {rule.Category} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} |", actual);
        }
    }

    [Fact]
    public void Explain_prints_the_description_examples_severity_and_how_to_change_it()
    {
        var (code, stdout, _) = _cli.Run("explain", "mr2001");
        Assert.Equal(0, code);
        Assert.StartsWith("MR2001: ", stdout);
        Assert.Contains("Default severity:  error", stdout);
        Assert.Contains("flags MR2001: The memorandum was signed [[Wednesday, Feb. 4, 2025]].", stdout);
        Assert.Contains("silent: The memorandum was signed Tuesday, Feb. 4, 2025.", stdout);
        Assert.Contains("\"defaultSeverity\" in dates.rules.json", stdout);
        Assert.Contains("dotnet_diagnostic.MR2001.severity = none", stdout);
        Assert.Contains("dotnet_analyzer_diagnostic.category-Dates.severity = none", stdout);
    }

    [Fact]
    public void Explain_an_unknown_id_exits_2_and_lists_the_rules()
    {
        var (code, _, stderr) = _cli.Run("explain", "MR9999");
        Assert.Equal(2, code);
        Assert.Contains("no rule with ID 'MR9999'; the rules are MR1001, MR1002", stderr);
    }
}
