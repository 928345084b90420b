using System.Text.Json;
using MediaReview.Tests.Cli;

namespace MediaReview.Tests.Configuration;

/// <summary>Suppressions written in the draft: kept, marked, counted, and never failing the run.</summary>
public class SuppressionTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static IEnumerable<(string Id, int Line, bool Suppressed)> Findings(string body)
    {
        var findings = TestEngine.Check(body, "2025-02-11");
        return findings.Select(f => (f.Id, f.Start.Line, f.IsSuppressed));
    }

    [Fact]
    public void Disable_next_line_suppresses_that_line_only()
    {
        var body = "<!-- mediareview-disable-next-line MR1002 -->\nPresident Hassan Rouhani spoke on Monday.\n\nPresident Hassan Rouhani spoke again.\n";
        Assert.Equal([("MR1002", 2, true), ("MR1002", 4, false)], Findings(body));
    }

    [Fact]
    public void A_directive_is_found_after_other_comments_and_in_any_case()
    {
        // Other HTML comments come first, one of them naming the tool in passing; the directive has a line break and capitals.
        var body = "<!-- note for the desk -->\n<!-- checked with mediareview-disable? no -->\n<!--\n  MediaReview-Disable-Next-Line MR1002 -->\n"
            + "President Hassan Rouhani spoke on Monday.\n\nPresident Hassan Rouhani spoke again.\n";
        Assert.Equal([("MR1002", 5, true), ("MR1002", 7, false)], Findings(body));
    }

    [Fact]
    public void A_comment_that_only_mentions_the_tool_suppresses_nothing()
    {
        var body = "<!-- see mediareview-disable-next-line MR1002 in the docs -->\nPresident Hassan Rouhani spoke on Monday.\n";
        Assert.Equal([("MR1002", 2, false)], Findings(body));
    }

    [Fact]
    public void Disable_and_restore_bound_a_stretch_for_the_named_rules()
    {
        var body = "<!-- mediareview-disable MR1001 -->\nVice President Marco Rubio agreed. President Hassan Rouhani disagreed.\n<!-- mediareview-restore MR1001 -->\n\nVice President Marco Rubio spoke.\n";
        Assert.Equal([("MR1001", 2, true), ("MR1002", 2, false), ("MR1001", 5, false)], Findings(body));
    }

    [Fact]
    public void Disable_without_ids_covers_every_rule_to_the_end()
    {
        var body = "President Hassan Rouhani spoke.\n\n<!-- mediareview-disable -->\n\nVice President Marco Rubio agreed. President Hassan Rouhani disagreed.\n";
        Assert.Equal([("MR1002", 1, false), ("MR1001", 5, true), ("MR1002", 5, true)], Findings(body));
    }

    [Fact]
    public void The_text_form_suppresses_only_the_matched_text()
    {
        var body = "<!-- mediareview-disable-next-line MR1002 \"President Hassan Rouhani\" -->\nPresident Hassan Rouhani and Foreign Minister Mohammad Javad Zarif spoke on Monday.\n";
        Assert.Equal([("MR1002", 2, true), ("MR1002", 2, false)], Findings(body));
    }

    [Fact]
    public async Task Suppressed_findings_do_not_fail_the_run_are_counted_and_are_in_sarif_as_in_source()
    {
        _cli.Write("a.md", "---\ndate: 2025-02-11\n---\n\n<!-- mediareview-disable-next-line MR1001 -->\nVice President Marco Rubio agreed on Monday.\n");
        var (code, stdout, _) = _cli.Run("check", "a.md");
        Assert.Equal(0, code);
        Assert.DoesNotContain("MR1001", stdout);
        Assert.Contains("no findings (1 suppressed in the draft)", stdout);
        Assert.EndsWith("0 errors, 0 warnings, 0 suggestions, 1 suppressed", stdout.TrimEnd());

        (code, stdout, _) = _cli.Run("check", "a.md", "--format", "sarif");
        Assert.Equal(0, code);
        var result = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("MR1001", result.GetProperty("ruleId").GetString());
        var suppression = result.GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("<!-- mediareview-disable-next-line MR1001 -->", suppression.GetProperty("justification").GetString());
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json"));
        Assert.Empty(schema.Validate(stdout));
    }
}
