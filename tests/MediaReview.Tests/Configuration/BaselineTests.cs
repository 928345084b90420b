using System.Text.Json;
using MediaReview.Tests.Cli;

namespace MediaReview.Tests.Configuration;

/// <summary>`mediareview baseline` and `check --baseline`: accepted findings stay accepted through edits elsewhere.</summary>
public class BaselineTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private const string Draft = "---\ndate: 2025-02-11\n---\n\nVice President Marco Rubio said on Monday that talks should resume.\n\nPresident Hassan Rouhani agreed.\n";

    [Fact]
    public void Accepted_findings_do_not_fail_the_run_and_new_ones_do()
    {
        _cli.Write("a.md", Draft);
        var (code, stdout, _) = _cli.Run("baseline", "a.md", "--output", "accepted.json");
        Assert.Equal(0, code);
        Assert.StartsWith("accepted.json: 2 findings in 1 draft accepted", stdout);
        Assert.Empty(Directory.GetFiles(_cli.WorkingDirectory, "*.tmp"));

        (code, stdout, _) = _cli.Run("check", "a.md", "--baseline", "accepted.json");
        Assert.Equal(0, code);
        Assert.Contains("no findings (2 accepted in the baseline)", stdout);

        // Lines added above and a new error below: the accepted ones stay accepted, the new one fails the run.
        _cli.Write("a.md", Draft.Replace("\n\nVice", "\n\nA new first paragraph.\n\nAnd another.\n\nVice") + "\nVice President Antony Blinken spoke.\n");
        (code, stdout, _) = _cli.Run("check", "a.md", "--baseline", "accepted.json");
        Assert.Equal(1, code);
        Assert.Contains("error MR1001: Antony Blinken", stdout);
        Assert.DoesNotContain("Marco Rubio never", stdout);
        Assert.Contains("1 error (2 accepted in the baseline)", stdout);
    }

    [Fact]
    public void Rewrapping_a_paragraph_keeps_its_findings_accepted_and_rewording_around_one_does_not()
    {
        const string wrapped = "---\ndate: 2025-02-11\n---\n\nOn Monday, as the talks resumed in Muscat after a pause of some weeks, Vice President Marco Rubio said\nthat both sides were serious and that a deal was near.\n";
        _cli.Write("a.md", wrapped);
        Assert.Equal(0, _cli.Run("baseline", "a.md", "-o", "accepted.json").ExitCode);
        // The same words, wrapped at other places.
        _cli.Write("a.md", wrapped.Replace("some weeks, Vice", "some\nweeks, Vice").Replace("Rubio said\nthat both sides were", "Rubio said that both\nsides were"));
        var (code, stdout, _) = _cli.Run("check", "a.md", "--baseline", "accepted.json");
        Assert.Equal(0, code);
        Assert.Contains("(1 accepted in the baseline)", stdout);
        // Other words right around it: a person should look again.
        _cli.Write("a.md", wrapped.Replace("Rubio said", "Rubio denied"));
        Assert.Equal(1, _cli.Run("check", "a.md", "--baseline", "accepted.json").ExitCode);
    }

    [Fact]
    public void The_baseline_is_deterministic_and_sarif_marks_accepted_findings_as_external()
    {
        _cli.Write("a.md", Draft);
        _cli.Run("baseline", "a.md", "-o", "one.json");
        _cli.Run("baseline", "a.md", "-o", "two.json");
        Assert.Equal(File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "one.json")), File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "two.json")));

        var (code, stdout, _) = _cli.Run("check", "a.md", "--baseline", "one.json", "--format", "sarif");
        Assert.Equal(0, code);
        var results = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.All(results.EnumerateArray(), r => Assert.Equal("external", r.GetProperty("suppressions")[0].GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData(null, "baseline file not found")]
    [InlineData("{ \"version\": 2, \"findings\": [ { \"id\": \"MR1001\" } ] }", "needs \"path\", \"id\" and \"fingerprint\"")]
    [InlineData("{ \"tool\": \"mediareview 0.1.0\", \"findings\": [] }", "this baseline is in format 1, and this mediareview reads format 2; write it again with 'mediareview baseline <paths> --output b.json'")]
    [InlineData("{ not json", "is not valid JSON")]
    public void A_missing_or_broken_baseline_exits_2_naming_the_file(string? content, string message)
    {
        _cli.Write("a.md", Draft);
        if (content is not null) _cli.Write("b.json", content);
        var (code, _, stderr) = _cli.Run("check", "a.md", "--baseline", "b.json");
        Assert.Equal(2, code);
        Assert.StartsWith("b.json: error: ", stderr);
        Assert.Contains(message, stderr);
    }
}
