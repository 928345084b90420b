using System.Text.Json;
using NJsonSchema;

namespace MediaReview.Tests.Cli;

/// <summary>End to end: the real program, its exit codes, its text and SARIF output.</summary>
public class CheckCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private const string Wrong = "---\ndate: 2025-02-11\n---\n\nPresident Hassan Rouhani said on Monday that Vice President Marco Rubio was wrong.\n";
    private const string Right = "---\ndate: 2025-02-11\n---\n\nFormer President Hassan Rouhani said on Monday that Secretary of State Marco Rubio was wrong.\n";

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Findings_at_the_fail_level_exit_1_with_compiler_style_text()
    {
        _cli.Write("drafts/wrong.md", Wrong);
        var (exit, stdout, stderr) = _cli.Run("check", "drafts/wrong.md");
        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        Assert.Contains("drafts/wrong.md(5,1): warning MR1002: Hassan Rouhani was President of Iran from 2013-08-03 to 2021-08-03; the draft is dated 2025-02-11", stdout);
        Assert.Contains("drafts/wrong.md(5,46): error MR1001: Marco Rubio never held the office of Vice President of the United States", stdout);
        Assert.Contains("    ^^^^^^^^^^^^^^^^^^^^^^^^", stdout);
        Assert.Contains("suggestion: Former President Hassan Rouhani", stdout);
        Assert.Contains("drafts/wrong.md: dated 2025-02-11 (front matter); 4 claims: 2 supported, 2 contradicted, 0 unverifiable; 1 error, 1 warning; score 29/100", stdout);
        Assert.Contains("1 draft checked, 1 error, 1 warning, 0 suggestions", stdout);
    }

    [Fact]
    public void Output_and_errors_sent_to_one_place_come_in_the_order_they_were_written()
    {
        // Standard output is written in blocks when redirected. An error about a draft must still come after the
        // reports of the drafts before it, and the line naming the JSON report file after the summary.
        _cli.Write("d/a.md", Wrong);
        _cli.Write("d/b.md", "---\ndate: 2025-13-45\n---\n\nText.\n");
        _cli.Write("d/c.md", Wrong);
        var (exit, output, _) = _cli.RunRedirected("2>&1", "check", "d", "-f", "text,json");
        Assert.Equal(2, exit);
        var order = new[]
        {
            "d/a.md: dated 2025-02-11", "d/b.md(2,7): error: front matter date '2025-13-45' is not a date", "d/c.md(5,1): warning MR1002",
            "2 drafts checked", "mediareview: wrote the json report to mediareview.json",
        }.Select(line => output.IndexOf(line, StringComparison.Ordinal)).ToList();
        Assert.True(order[0] >= 0 && order.Zip(order.Skip(1)).All(p => p.First < p.Second), output);
    }

    [Fact]
    public void Standard_output_that_cannot_be_written_is_one_error_and_the_report_files_are_still_written()
    {
        _cli.Write("d/a.md", Wrong);
        var (exit, _, stderr) = _cli.RunRedirected(">/dev/full", "check", "d", "-f", "text,json");
        Assert.Equal(2, exit);
        Assert.Contains("mediareview: error: cannot write the text report to standard output", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.True(File.Exists(Path.Combine(_cli.WorkingDirectory, "mediareview.json")), stderr);

        // A command whose output fits the buffer finds out only at the end: still one line and exit 2, no stack trace.
        (exit, _, stderr) = _cli.RunRedirected(">/dev/full", "rules", "catalogue");
        Assert.Equal(2, exit);
        Assert.StartsWith("mediareview: error: cannot write to standard output: ", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Fail_on_decides_which_findings_fail_the_run()
    {
        _cli.Write("warn.md", "President Hassan Rouhani said so.");
        Assert.Equal(0, _cli.Run("check", "warn.md", "--date", "2025-02-11").ExitCode);
        Assert.Equal(1, _cli.Run("check", "warn.md", "--date", "2025-02-11", "--fail-on", "warning").ExitCode);
        Assert.Equal(0, _cli.Run("check", "warn.md", "--date", "2025-02-11", "--fail-on", "none").ExitCode);
    }

    [Fact]
    public void A_clean_draft_exits_0_and_folders_are_searched_recursively()
    {
        _cli.Write("desk/a/right.md", Right);
        _cli.Write("desk/b/notes.txt", "Secretary of State Marco Rubio spoke.");
        _cli.Write("desk/b/image.png", "not a draft");
        var (exit, stdout, _) = _cli.Run("check", "desk", "--date", "2025-03-01");
        Assert.Equal(0, exit);
        Assert.Contains("2 drafts checked, 0 errors, 0 warnings, 0 suggestions", stdout);
    }

    [Fact]
    public void Bad_inputs_exit_2_with_one_line_each_and_the_others_are_still_checked()
    {
        _cli.Write("wrong.md", Wrong);
        _cli.Write("empty.md", "");
        _cli.WriteBytes("latin1.md", [0x48, 0xE9, 0x20, 0x6C, 0x61]);
        _cli.WriteBytes("binary.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "nothing-here"));
        var (exit, stdout, stderr) = _cli.Run("check", "wrong.md", "empty.md", "latin1.md", "binary.md", "missing.md", "nothing-here");
        Assert.Equal(2, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("empty.md: error:") && l.Contains("empty"));
        Assert.Contains(lines, l => l.StartsWith("latin1.md(1): error:") && l.Contains("UTF-8"));
        Assert.Contains(lines, l => l.StartsWith("binary.md: error:") && l.Contains("binary"));
        Assert.Contains(lines, l => l.StartsWith("missing.md: error:"));
        Assert.Contains(lines, l => l.StartsWith("nothing-here: error:") && l.Contains("no drafts"));
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains("wrong.md(5,1): warning MR1002", stdout);
    }

    [Fact]
    public void A_first_draft_that_cannot_be_read_is_reported_in_its_turn_and_the_others_are_checked()
    {
        // The first draft is read while the rules compile; what goes wrong with it is still said where the draft comes.
        _cli.WriteBytes("a-latin1.md", [0x48, 0xE9, 0x20, 0x6C, 0x61]);
        _cli.Write("b-wrong.md", Wrong);
        var (exit, stdout, stderr) = _cli.Run("check", "a-latin1.md", "b-wrong.md", "missing.md", "--date", "2025-03-01");
        Assert.Equal(2, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("missing.md: error:", lines[0]);
        Assert.StartsWith("a-latin1.md(1): error:", lines[1]);
        Assert.Contains("b-wrong.md(5,1): warning MR1002", stdout);
        Assert.DoesNotContain("a-latin1.md", stdout);
    }

    [Fact]
    public void A_suggestion_for_a_claim_over_a_line_break_is_shown_on_one_line()
    {
        _cli.Write("a.md", "---\ndate: 2025-05-20\n---\n\nHe met Secretary of\nState Antony Blinken on Monday.\n");
        var (exit, stdout, _) = _cli.Run("check", "a.md");
        Assert.Equal(0, exit); // a warning: below the default --fail-on error
        Assert.Contains("    suggestion: former Secretary of State Antony Blinken\n", stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("--date", "11/02/2025")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--no-such-option")]
    public void Usage_errors_exit_2(params string[] extra)
    {
        _cli.Write("a.md", Right);
        var (exit, stdout, stderr) = _cli.Run(["check", "a.md", .. extra]);
        Assert.Equal(2, exit);
        Assert.Contains("error", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_broken_rule_file_exits_2_naming_file_line_and_rule()
    {
        var rules = Path.Combine(_cli.WorkingDirectory, "my-rules");
        Directory.CreateDirectory(rules);
        var shipped = File.ReadAllText(Path.Combine(TestEngine.RulesDirectory, "offices.rules.json"));
        File.WriteAllText(Path.Combine(rules, "offices.rules.json"), shipped.Replace("facts.HeldEver(claim.Person, claim.Office)", "facts.HeldEver(claim.Person claim.Office)"));
        File.WriteAllText(Path.Combine(rules, "broken.rules.json"), "{ \"WorkflowName\": \"x\", \"Rules\": [ }");
        _cli.Write("a.md", Right);
        var (exit, stdout, stderr) = _cli.Run("check", "a.md", "missing.md", "--rules", "my-rules");
        Assert.Equal(2, exit);
        Assert.Contains("my-rules/offices.rules.json(8,", stderr);
        Assert.Contains("MR1001.OfficeNeverHeld", stderr);
        Assert.Contains("my-rules/broken.rules.json(1,", stderr);
        Assert.DoesNotContain("   at ", stderr);
        // Nothing is checked with broken rules, though the drafts were looked for and the first read meanwhile.
        Assert.DoesNotContain("missing.md", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_broken_reference_set_exits_2_naming_file_and_entry()
    {
        var reference = Path.Combine(_cli.WorkingDirectory, "ref");
        Directory.CreateDirectory(reference);
        foreach (var file in Directory.GetFiles(TestEngine.ReferenceDirectory, "*.json")) File.Copy(file, Path.Combine(reference, Path.GetFileName(file)));
        var terms = Path.Combine(reference, "terms.json");
        File.WriteAllText(terms, File.ReadAllText(terms).Replace("\"person\": \"rouhani\"", "\"person\": \"rohani\""));
        _cli.Write("a.md", Right);
        var (exit, _, stderr) = _cli.Run("check", "a.md", "--reference", "ref");
        Assert.Equal(2, exit);
        Assert.Contains("ref/terms.json(", stderr);
        Assert.Contains("unknown person 'rohani'", stderr);
    }

    [Fact]
    public void Help_explains_every_option()
    {
        var (exit, stdout, _) = _cli.Run("check", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--date", "--reference", "--rules", "--format", "--output", "--fail-on", "Exit codes" })
        {
            Assert.Contains(option, stdout);
        }
    }

    [Fact]
    public async Task Sarif_output_is_valid_SARIF_2_1_0_with_rules_regions_and_relative_uris()
    {
        _cli.Write("drafts/wrong draft.md", Wrong + "\nThe late Hassan Rouhani was not there.\n");
        var (exit, _, stderr) = _cli.Run("check", "drafts/wrong draft.md", "--format", "sarif", "--output", "out.sarif");
        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        var sarif = await File.ReadAllTextAsync(Path.Combine(_cli.WorkingDirectory, "out.sarif"));

        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json"));
        var errors = schema.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.NotEmpty(schema.Validate(sarif.Replace("\"level\": \"warning\"", "\"level\": \"fatal\"")));

        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["MR0001", "MR1001", "MR1002", "MR1003", "MR1004", "MR1005", "MR2001", "MR2002", "MR2003", "MR2004", "MR3001", "MR3002", "MR4001", "MR4002"], ruleIds);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["MR1002", "MR1001", "MR1005"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var first = results[0];
        Assert.Equal("warning", first.GetProperty("level").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("drafts/wrong%20draft.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(5, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(5, region.GetProperty("endLine").GetInt32());
        Assert.Equal(25, region.GetProperty("endColumn").GetInt32());
        Assert.Equal(Wrong.IndexOf("President Hassan", StringComparison.Ordinal), region.GetProperty("charOffset").GetInt32());
        Assert.Equal(24, region.GetProperty("charLength").GetInt32());
        var artifact = run.GetProperty("artifacts")[0].GetProperty("properties");
        Assert.Equal("2025-02-11", artifact.GetProperty("date").GetString());
        Assert.Equal("frontMatter", artifact.GetProperty("dateSource").GetString());
    }

    [Fact]
    public void Json_output_has_every_claim_and_finding()
    {
        _cli.Write("a.md", Wrong);
        var (exit, stdout, _) = _cli.Run("check", "a.md", "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(stdout);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal("frontMatter", file.GetProperty("dateSource").GetString());
        // Two office claims, and the two names as spelled.
        Assert.Equal(["office", "name", "office", "name"], file.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(2, file.GetProperty("findings").GetArrayLength());
        Assert.Equal(["contradicted", "supported", "contradicted", "supported"], file.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("verdict").GetString()));
        Assert.Equal(29, file.GetProperty("score").GetProperty("value").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("version").GetInt32());
    }
}
