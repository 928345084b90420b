using System.Text;
using MediaReview.Reporting;

namespace MediaReview.Tests.Cli;

/// <summary>Inputs that once crashed or misled: each must give a finding, a clean result, or one line and exit 2.</summary>
public class RobustnessTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static void OneLineNoTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Unhandled", stderr);
    }

    [Fact]
    public void An_empty_output_name_is_a_usage_error_not_a_stack_trace()
    {
        _cli.Write("a.md", "President Hassan Rouhani said so.");
        var (exit, _, stderr) = _cli.Run("check", "a.md", "--date", "2025-02-11", "-o", "");
        Assert.Equal(2, exit);
        OneLineNoTrace(stderr);
        Assert.Contains("--output", stderr);
    }

    [Fact]
    public void A_failed_report_leaves_the_previous_report_and_no_temporary_file()
    {
        _cli.Write("a.md", "President Hassan Rouhani said so.");
        _cli.Write("report.json", "previous");
        Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "dir.json"));
        var (exit, _, stderr) = _cli.Run("check", "a.md", "--date", "2025-02-11", "--format", "json", "-o", "dir.json");
        Assert.Equal(2, exit);
        OneLineNoTrace(stderr);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "report.json")));
        Assert.Empty(Directory.GetFiles(_cli.WorkingDirectory, "*.tmp"));
    }

    [Theory]
    [InlineData("--date", "9999-06-01")]
    [InlineData("--date", "0001-01-01")]
    public void Dates_outside_1800_to_2100_are_usage_errors(string option, string value)
    {
        _cli.Write("a.md", "On March 3, President Hassan Rouhani spoke. Last year he did too.");
        var (exit, _, stderr) = _cli.Run("check", "a.md", option, value);
        Assert.Equal(2, exit);
        OneLineNoTrace(stderr);
    }

    [Fact]
    public void Absurd_nesting_is_an_input_error_for_that_draft_only()
    {
        _cli.Write("deep.md", new string('>', 5000) + " President Hassan Rouhani");
        _cli.Write("yaml.md", "---\na: " + new string('[', 200_000) + new string(']', 200_000) + "\n---\nText.");
        _cli.Write("ok.md", "President Hassan Rouhani said so.");
        var (exit, stdout, stderr) = _cli.Run("check", "deep.md", "yaml.md", "ok.md", "--date", "2025-02-11");
        Assert.Equal(2, exit);
        OneLineNoTrace(stderr);
        Assert.Equal(2, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("ok.md(1,1): warning MR1002", stdout);
    }

    [Fact]
    public void Problems_in_both_the_rules_and_the_reference_set_are_all_reported()
    {
        Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "rules"));
        Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "ref"));
        _cli.Write("rules/x.rules.json", "{ broken");
        _cli.Write("ref/people.json", "{ \"people\": [ { \"id\": \"a\", \"name\": \"A\", \"aliases\": [\"A1\", null] } ] }");
        _cli.Write("a.md", "Text.");
        var (exit, _, stderr) = _cli.Run("check", "a.md", "--rules", "rules", "--reference", "ref");
        Assert.Equal(2, exit);
        OneLineNoTrace(stderr);
        Assert.Contains("rules/x.rules.json(1,", stderr);
        Assert.Contains("ref/people.json(1,", stderr);
        Assert.Contains("aliases[1]", stderr);
        // The two load at once (the rules on another thread); the reference set's problems still come first, every run.
        Assert.True(stderr.IndexOf("ref/people.json(1,", StringComparison.Ordinal) < stderr.IndexOf("rules/x.rules.json(1,", StringComparison.Ordinal), stderr);
    }

    [Fact]
    public void Json_files_with_a_byte_order_mark_load()
    {
        var rules = Path.Combine(_cli.WorkingDirectory, "rules");
        Directory.CreateDirectory(rules);
        var shipped = File.ReadAllBytes(Path.Combine(TestEngine.RulesDirectory, "offices.rules.json"));
        File.WriteAllBytes(Path.Combine(rules, "offices.rules.json"), [0xEF, 0xBB, 0xBF, .. shipped]);
        _cli.Write("a.md", "President Hassan Rouhani said so.");
        var (exit, stdout, stderr) = _cli.Run("check", "a.md", "--rules", "rules", "--date", "2025-02-11");
        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.Contains("MR1002", stdout);
    }

    [Fact]
    public void A_finding_wider_than_the_excerpt_window_is_shown_from_its_start()
    {
        var text = "Iran's late Commander-in-Chief of the Islamic Revolutionary Guard Corps Lieutenant General Hossein Salami spoke.";
        var result = TestEngine.Checker.Check(TestEngine.Markdown(text, "2025-01-01"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("MR1005", finding.Id);
        Assert.True(finding.Span.Length > 100);
        var writer = new StringWriter();
        new TextFormatter().Write(new Report { Files = [result], Errors = [], Rules = [] }, writer);
        var lines = writer.ToString().Split('\n');
        var caret = lines.Single(l => l.TrimStart().StartsWith('^'));
        Assert.StartsWith("    ^", caret);
    }

    [Fact]
    public void Crlf_plain_text_keeps_paragraphs_whole()
    {
        var doc = TestEngine.Loader.Parse("a.txt", Encoding.UTF8.GetBytes("In 2018, Former\r\nPresident Donald Trump spoke.\r\n\r\nNext."), DateOnly.Parse("2025-03-10"), DateOnly.Parse("2025-03-10"));
        Assert.Equal(2, doc.Regions.Count);
        Assert.Equal("MR1004", Assert.Single(TestEngine.Checker.Check(doc).Findings).Id);
    }

    [Fact]
    public void A_suggestion_at_the_start_of_a_block_is_capitalised()
    {
        var finding = Assert.Single(TestEngine.Check("# Talks resume\n\nPresident Hassan Rouhani said it.", "2025-02-11"));
        Assert.Equal("Former President Hassan Rouhani", finding.Suggestion);
    }

    [Fact]
    public void A_claim_about_the_past_keeps_its_confidence_in_a_draft_dated_after_the_reference_set()
    {
        var finding = Assert.Single(TestEngine.Check("In 2018, President Masoud Pezeshkian said it.", "2025-08-01"));
        Assert.Equal("MR1003", finding.Id);
        Assert.Equal(0.95, finding.Confidence);
        Assert.DoesNotContain("vouches", finding.Message);
        var current = Assert.Single(TestEngine.Check("Former Vice President JD Vance said it.", "2025-08-01"));
        Assert.True(current.Confidence < 0.8);
        Assert.Contains("vouches for facts up to 2025-06-30", current.Message);
    }

    [Fact]
    public void An_inch_mark_opens_no_quotation()
    {
        Assert.Equal("MR1002", Assert.Single(TestEngine.Check("The screen was 27\" wide. President Hassan Rouhani spoke.", "2025-02-11")).Id);
    }
}
