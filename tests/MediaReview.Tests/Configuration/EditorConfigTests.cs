using MediaReview.Checking;
using MediaReview.Configuration;
using MediaReview.Rules;
using MediaReview.Tests.Cli;

namespace MediaReview.Tests.Configuration;

/// <summary>Severities from .editorconfig files, with Roslyn's semantics (AnalyzerConfigSet).</summary>
public class EditorConfigTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static RuleDescriptor Rule(string id) => TestEngine.Rules.Descriptors.Single(d => d.Id == id);

    private Severity For(string draft, string id) => new EditorConfigSeverities().For(Path.Combine(_cli.WorkingDirectory, draft), Rule(id));

    [Fact]
    public void Without_a_file_the_defaults_hold() =>
        Assert.Equal((Severity.Warning, Severity.Error), (For("a.md", "MR1002"), For("a.md", "MR1001")));

    [Fact]
    public void A_rule_key_beats_its_category_which_beats_all_rules()
    {
        _cli.Write(".editorconfig", """
            root = true
            [*.md]
            dotnet_analyzer_diagnostic.severity = suggestion
            dotnet_analyzer_diagnostic.category-Offices.severity = none
            dotnet_diagnostic.MR1002.severity = error
            """);
        Assert.Equal(Severity.Error, For("a.md", "MR1002"));
        Assert.Equal(Severity.None, For("a.md", "MR1001"));
        Assert.Equal(Severity.Suggestion, For("a.md", "MR2001"));
        Assert.Equal(Severity.Error, For("a.txt", "MR2001")); // the section selects Markdown only
    }

    [Fact]
    public void The_deeper_file_wins_and_root_stops_the_search()
    {
        _cli.Write(".editorconfig", "[*]\ndotnet_diagnostic.MR1002.severity = none\ndotnet_diagnostic.MR2001.severity = none\n");
        _cli.Write("desk/.editorconfig", "[*]\ndotnet_diagnostic.MR1002.severity = error\n");
        _cli.Write("wire/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.MR1004.severity = error\n");
        Assert.Equal(Severity.None, For("a.md", "MR1002"));
        Assert.Equal(Severity.Error, For("desk/a.md", "MR1002"));
        Assert.Equal(Severity.None, For("desk/a.md", "MR2001")); // inherited from the folder above
        Assert.Equal(Severity.Warning, For("wire/a.md", "MR1002")); // root: the file above does not count
        Assert.Equal(Severity.Error, For("wire/a.md", "MR1004"));
    }

    [Fact]
    public void Section_globs_select_folders()
    {
        _cli.Write(".editorconfig", "root = true\n[opinion/**.md]\ndotnet_analyzer_diagnostic.category-Names.severity = none\n");
        Assert.Equal(Severity.None, For("opinion/2025/a.md", "MR4002"));
        Assert.Equal(Severity.Suggestion, For("news/a.md", "MR4002"));
    }

    [Fact]
    public void Check_applies_the_severities_and_none_turns_a_rule_off()
    {
        _cli.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.MR1002.severity = error\ndotnet_diagnostic.MR1001.severity = none\n");
        _cli.Write("a.md", "---\ndate: 2025-02-11\n---\n\nPresident Hassan Rouhani said on Monday that Vice President Marco Rubio was wrong.\n");
        var (code, stdout, _) = _cli.Run("check", "a.md");
        Assert.Equal(1, code);
        Assert.Contains("a.md(5,1): error MR1002:", stdout);
        Assert.DoesNotContain("MR1001", stdout);
    }
}
