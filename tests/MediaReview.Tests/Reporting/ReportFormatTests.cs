using System.Text.Json;
using MediaReview.Tests.Cli;
using NJsonSchema;

namespace MediaReview.Tests.Reporting;

/// <summary>The report formats end to end, through the real program: several at once, scores, thresholds, terminals.</summary>
public sealed class ReportFormatTests : IDisposable
{
    private readonly CliRunner _cli = new();

    // Two wrong titles: MR1002 (warning) and MR1001 (error); the two names are spelled right. Score 29.
    private const string Wrong = "---\ndate: 2025-02-11\n---\n\nPresident Hassan Rouhani said on Monday that Vice President Marco Rubio was wrong.\n";
    private const string Right = "---\ndate: 2025-03-04\n---\n\nSecretary of State Marco Rubio met allies on Tuesday, March 4, 2025.\n";
    private const string Nothing = "---\ndate: 2025-03-04\n---\n\nThe weather in the capital was mild and markets were calm.\n";

    private static readonly Dictionary<string, string?> FixedDate = new() { ["SOURCE_DATE_EPOCH"] = "1764000000" };

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Several_formats_go_to_stdout_and_default_files()
    {
        _cli.Write("wrong.md", Wrong);
        var (exit, stdout, stderr) = _cli.Run("check", "wrong.md", "-f", "text,json", "--format", "sarif", "-f", "github", "-f", "html", "-f", "claimreview");
        Assert.Equal(1, exit);
        Assert.Contains("wrong.md(5,1): warning MR1002:", stdout);
        Assert.DoesNotContain("::warning", stdout);
        foreach (var name in new[] { "mediareview.json", "mediareview.sarif", "mediareview.github.txt", "mediareview.html", "mediareview.claimreview.jsonld" })
        {
            Assert.True(File.Exists(Path.Combine(_cli.WorkingDirectory, name)), name);
            Assert.Contains($"wrote the", stderr);
            Assert.Contains(name, stderr);
        }
        Assert.StartsWith("::warning file=wrong.md,line=5,col=1,endColumn=25,title=MR1002%3A Outdated title presented as current::", File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "mediareview.github.txt")));
    }

    [Fact]
    public void One_output_per_format_in_order_and_dash_for_stdout()
    {
        _cli.Write("wrong.md", Wrong);
        var (exit, stdout, stderr) = _cli.Run("check", "wrong.md", "-f", "github", "-f", "json", "-o", "-", "-o", "out/report.json");
        Assert.Equal(2, exit); // the folder "out" does not exist
        Assert.Contains("out/report.json: error: the folder for --output does not exist", stderr);
        Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "out"));
        (exit, stdout, stderr) = _cli.Run("check", "wrong.md", "-f", "github", "-f", "json", "-o", "-", "-o", "out/report.json");
        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        Assert.StartsWith("::warning file=wrong.md", stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "out", "report.json")));
        Assert.Equal(2, json.RootElement.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "-f", "text,json", "-o", "a.txt" }, "2 formats but 1 --output")]
    [InlineData(new[] { "-f", "text,github", "-o", "-", "-o", "-" }, "text and github would both go to standard output")]
    [InlineData(new[] { "-f", "json,json" }, "--format json is given twice")]
    [InlineData(new[] { "-f", "json,yaml" }, "--format 'yaml' is not a format; use text, json, sarif, github, html, claimreview")]
    [InlineData(new[] { "-f", "json,sarif", "-o", "same.out", "-o", "same.out" }, "two reports would be written to same.out")]
    [InlineData(new[] { "--min-score", "101" }, "--min-score must be a whole number from 0 to 100 (got '101')")]
    [InlineData(new[] { "--min-score", "abc" }, "--min-score must be a whole number from 0 to 100 (got 'abc')")]
    [InlineData(new[] { "--min-score", "80.5" }, "--min-score must be a whole number from 0 to 100 (got '80.5')")]
    [InlineData(new[] { "--parallel", "0" }, "--parallel must be a whole number 1 or more (got '0')")]
    [InlineData(new[] { "--parallel", "two" }, "--parallel must be a whole number 1 or more (got 'two')")]
    public void Format_and_output_mistakes_are_usage_errors_before_any_draft_is_read(string[] options, string message)
    {
        _cli.Write("wrong.md", Wrong);
        var (exit, stdout, stderr) = _cli.Run(["check", "wrong.md", .. options]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.Equal("", stdout);
        Assert.Empty(Directory.GetFiles(_cli.WorkingDirectory, "*.out"));
    }

    [Fact]
    public void A_report_or_baseline_is_never_written_over_a_draft_or_the_baseline_read()
    {
        _cli.Write("d/wrong.md", Wrong);
        _cli.Write("d/right.md", Right);
        Assert.Equal(0, _cli.Run("baseline", "d", "-o", "accepted.json").ExitCode);
        var baseline = File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "accepted.json"));

        var (exit, _, stderr) = _cli.Run("check", "d", "-f", "json", "-o", "d/right.md");
        Assert.Equal(2, exit);
        Assert.Contains("d/right.md: error: this is a draft being checked; write the report to another file", stderr);
        (exit, _, stderr) = _cli.Run("check", "d", "--baseline", "accepted.json", "-f", "text,json", "-o", "-", "-o", "accepted.json");
        Assert.Equal(2, exit);
        Assert.Contains("accepted.json: error: this is the baseline being checked", stderr);
        (exit, _, stderr) = _cli.Run("baseline", "d", "-o", "d/wrong.md");
        Assert.Equal(2, exit);
        Assert.Contains("write the baseline to another file", stderr);

        Assert.Equal(Right, File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "d", "right.md")));
        Assert.Equal(Wrong, File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "d", "wrong.md")));
        Assert.Equal(baseline, File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "accepted.json")));
    }

    [Fact]
    public void A_device_or_a_link_given_as_output_is_written_through_not_replaced()
    {
        _cli.Write("wrong.md", Wrong);
        Assert.Equal(1, _cli.Run("check", "wrong.md", "-f", "json", "-o", "/dev/null").ExitCode);
        // Still the device: a regular file put in its place would hold the report.
        Assert.Equal(0, new FileInfo("/dev/null").Length);
        var real = _cli.Write("reports/real.json", "");
        var link = Path.Combine(_cli.WorkingDirectory, "link.json");
        File.CreateSymbolicLink(link, real);
        Assert.Equal(1, _cli.Run("check", "wrong.md", "-f", "json", "-o", "link.json").ExitCode);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        var json = File.ReadAllText(real);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("version").GetInt32());
        // A machine's report: no indentation (it was 45% of a large report), one line and a line end.
        Assert.DoesNotContain('\n', json.TrimEnd('\n'));
    }

    [Fact]
    public void An_output_that_cannot_be_opened_costs_nothing_and_a_report_that_cannot_be_written_is_named()
    {
        _cli.Write("wrong.md", Wrong);
        var real = _cli.Write("real.json", "{\"precious\": 1}");
        File.CreateSymbolicLink(Path.Combine(_cli.WorkingDirectory, "link.json"), real);
        // The second file cannot be opened: nothing is written to standard output or through the link.
        var (exit, stdout, stderr) = _cli.Run("check", "wrong.md", "-f", "text,json,sarif", "-o", "-", "-o", "link.json", "-o", "missing/x.sarif");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("missing/x.sarif: error: the folder for --output does not exist", stderr);
        Assert.Equal("{\"precious\": 1}", File.ReadAllText(real));
        // A device that refuses the bytes: one line naming it, no internal error.
        (exit, _, stderr) = _cli.Run("check", "wrong.md", "-f", "json", "-o", "/dev/full");
        Assert.Equal(2, exit);
        Assert.Contains("/dev/full: error: cannot write the", stderr);
        Assert.DoesNotContain("internal error", stderr);
    }

    [Fact]
    public void Any_parallel_count_finishes_and_the_json_names_the_editorconfig_files()
    {
        _cli.Write("d/wrong.md", Wrong);
        _cli.Write("d/.editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.MR1002.severity = error\n");
        var (exit, stdout, _) = _cli.Run("check", "d", "-f", "json", "--parallel", "2000000000");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["d/.editorconfig"], json.RootElement.GetProperty("configuration").GetProperty("editorConfigFiles").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Reports_under_their_default_names_in_a_checked_folder_are_not_drafts()
    {
        _cli.Write("d/wrong.md", Wrong);
        // The reports land in the working folder, which is the folder checked.
        Assert.Equal(1, _cli.Run("check", ".", "-f", "text,github,html,json").ExitCode);
        Assert.True(File.Exists(Path.Combine(_cli.WorkingDirectory, "mediareview.github.txt")));
        Assert.True(File.Exists(Path.Combine(_cli.WorkingDirectory, "mediareview.html")));
        // The next run leaves them alone: one draft, the same findings.
        var (_, stdout, _) = _cli.Run("check", ".");
        Assert.EndsWith("1 draft checked, 1 error, 1 warning, 0 suggestions\n", stdout);
    }

    [Fact]
    public void Min_score_fails_a_draft_below_it_beside_fail_on()
    {
        _cli.Write("wrong.md", Wrong);
        // Score 29: below 30 fails even with --fail-on none; 29 passes.
        var (exit, stdout, _) = _cli.Run("check", "wrong.md", "--fail-on", "none", "--min-score", "30");
        Assert.Equal(1, exit);
        Assert.Contains("score 29/100 (below --min-score 30)", stdout);
        Assert.Contains("1 draft below --min-score 30", stdout);
        Assert.Equal(0, _cli.Run("check", "wrong.md", "--fail-on", "none", "--min-score", "29").ExitCode);
        // --fail-on still fails on its own.
        Assert.Equal(1, _cli.Run("check", "wrong.md", "--min-score", "0").ExitCode);
    }

    [Fact]
    public void A_draft_with_nothing_to_check_is_not_scored_and_does_not_fail_min_score()
    {
        _cli.Write("nothing.md", Nothing);
        var (exit, stdout, _) = _cli.Run("check", "nothing.md", "--min-score", "100");
        Assert.Equal(0, exit);
        Assert.Contains("nothing.md: dated 2025-03-04 (front matter); no claims; no findings; not scored: nothing in it could be checked against the reference set", stdout);
        (_, stdout, _) = _cli.Run("check", "nothing.md", "-f", "json");
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("files")[0].GetProperty("score").GetProperty("value").ValueKind);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("unscored").GetInt32());
    }

    [Fact]
    public void The_summary_gives_each_drafts_verdicts_findings_by_severity_and_score()
    {
        _cli.Write("a/wrong.md", Wrong);
        _cli.Write("a/right.md", Right);
        var (_, stdout, _) = _cli.Run("check", "a");
        Assert.Contains("a/right.md: dated 2025-03-04 (front matter); 3 claims: 3 supported, 0 contradicted, 0 unverifiable; no findings; score 100/100", stdout);
        Assert.Contains("a/wrong.md: dated 2025-02-11 (front matter); 4 claims: 2 supported, 2 contradicted, 0 unverifiable; 1 error, 1 warning; score 29/100", stdout);
        Assert.EndsWith("2 drafts checked, 1 error, 1 warning, 0 suggestions, lowest score 29 (a/wrong.md)\n", stdout);
    }

    [Fact]
    public async Task The_json_report_matches_its_published_schema()
    {
        _cli.Write("d/wrong.md", Wrong);
        _cli.Write("d/nothing.md", Nothing);
        _cli.Write("d/suppressed.md", "---\ndate: 2025-02-11\n---\n\n<!-- mediareview-disable-next-line MR1002 -->\nPresident Hassan Rouhani spoke.\n");
        _cli.Write("d/bad.md", "---\ndate: 2025-13-45\n---\n\nText.\n");
        File.Copy(Path.Combine(TestEngine.RepoRoot, "samples", "iran-talks.md"), Path.Combine(_cli.WorkingDirectory, "d", "sample.md"));
        var (exit, stdout, _) = _cli.Run("check", "d", "-f", "json", "--min-score", "50", "--date", "2025-02-11");
        Assert.Equal(2, exit);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestEngine.RepoRoot, "src", "MediaReview.Core", "Reporting", "json-report.schema.json"));
        Assert.Empty(schema.Validate(stdout));
        using var json = JsonDocument.Parse(stdout);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("drafts").GetInt32());
        Assert.Equal(1, summary.GetProperty("unreadable").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
        Assert.True(summary.GetProperty("failed").GetBoolean());
        // A broken report would not pass: the schema is strict about unknown fields.
        Assert.NotEmpty(schema.Validate(stdout.Replace("\"verdict\":", "\"verdikt\":")));
    }

    [Fact]
    public async Task Sarif_records_the_configuration_scores_and_verdicts_and_stays_valid()
    {
        _cli.Write("wrong.md", Wrong);
        _cli.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.MR1002.severity = error\n");
        var (_, stdout, _) = _cli.Run("check", "wrong.md", "-f", "sarif", "--min-score", "40", "--date", "2025-02-11");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json"));
        Assert.Empty(schema.Validate(stdout));
        using var sarif = JsonDocument.Parse(stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var configuration = run.GetProperty("invocations")[0].GetProperty("properties");
        Assert.Equal("built-in", configuration.GetProperty("rules").GetString());
        Assert.Equal("2025-02-11", configuration.GetProperty("date").GetString());
        Assert.Equal(40, configuration.GetProperty("minScore").GetInt32());
        Assert.Equal([".editorconfig"], configuration.GetProperty("editorConfigFiles").EnumerateArray().Select(e => e.GetString()));
        var artifact = run.GetProperty("artifacts")[0].GetProperty("properties");
        // MR1002 raised to an error by .editorconfig weighs more: 2 / (2 + 3 × 0.95 × 2) = 25.9.
        Assert.Equal(25, artifact.GetProperty("score").GetInt32());
        Assert.Equal(2, artifact.GetProperty("contradicted").GetInt32());
        Assert.True(artifact.GetProperty("belowMinScore").GetBoolean());
        var properties = run.GetProperty("properties");
        Assert.Equal(4, properties.GetProperty("claims").GetInt32());
        Assert.Equal(2, properties.GetProperty("supported").GetInt32());
        Assert.Equal(25, properties.GetProperty("lowestScore").GetInt32());
    }

    [Fact]
    public void Github_commands_escape_what_would_end_a_property_or_the_message()
    {
        _cli.Write("news, 100%.md", Wrong);
        var (_, stdout, _) = _cli.Run("check", "news, 100%.md", "-f", "github");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // two findings and the draft's score
        Assert.StartsWith("::warning file=news%2C 100%25.md,line=5,col=1,endColumn=25,title=MR1002%3A Outdated title presented as current::Hassan Rouhani was President of Iran from 2013-08-03 to 2021-08-03; the draft is dated 2025-02-11%0ASuggestion: Former President Hassan Rouhani%0AConfidence 0.95", lines[0]);
        Assert.StartsWith("::error file=news%2C 100%25.md,line=5,col=46,endColumn=72,title=MR1001%3A", lines[1]);
        Assert.Equal("::notice file=news%2C 100%25.md,title=MediaReview::score 29/100; 4 claims: 2 supported, 2 contradicted, 0 unverifiable", lines[2]);
    }

    [Fact]
    public void Claimreview_publishes_one_review_per_contradicted_claim_with_standing_findings()
    {
        _cli.Write("wrong.md", Wrong + "\n<!-- mediareview-disable-next-line MR1001 -->\nVice President Antony Blinken spoke.\n");
        var (_, stdout, _) = _cli.RunWith(FixedDate, "check", "wrong.md", "-f", "claimreview");
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        var reviews = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        // The suppressed MR1001 on Blinken was judged by a person: no review.
        Assert.Equal(2, reviews.Count);
        Assert.All(reviews, r =>
        {
            Assert.Equal("ClaimReview", r.GetProperty("@type").GetString());
            Assert.Equal("2025-11-24", r.GetProperty("datePublished").GetString()); // SOURCE_DATE_EPOCH
            Assert.Equal("President Hassan Rouhani said on Monday that Vice President Marco Rubio was wrong.", r.GetProperty("claimReviewed").GetString());
            var appearance = r.GetProperty("itemReviewed").GetProperty("appearance");
            Assert.Equal("wrong.md", appearance.GetProperty("url").GetString());
            Assert.Equal("2025-02-11", appearance.GetProperty("datePublished").GetString());
            Assert.Equal(1, r.GetProperty("reviewRating").GetProperty("worstRating").GetInt32());
            Assert.Equal(5, r.GetProperty("reviewRating").GetProperty("bestRating").GetInt32());
        });
        Assert.Equal(("President Hassan Rouhani", 2, "Mostly false"), Rating(reviews[0]));
        Assert.Equal(("Vice President Marco Rubio", 1, "False"), Rating(reviews[1]));
        Assert.Contains("Suggested correction: \"Former President Hassan Rouhani\"", reviews[0].GetProperty("reviewBody").GetString());

        static (string?, int, string?) Rating(JsonElement review) => (review.GetProperty("itemReviewed").GetProperty("text").GetString(),
            review.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32(), review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
    }

    [Fact]
    public void Reviews_and_annotations_quote_an_html_draft_as_it_reads_not_its_markup()
    {
        _cli.Write("page.html", "<html><head><meta property=\"article:published_time\" content=\"2025-04-14\"></head><body><article><p><b>Vice</b> President <a href=\"#\">Marco Rubio</a> spoke. "
            + "Then President Hassan Rouhani&rsquo;s remarks\non Sunday were welcomed.</p></article></body></html>");
        var (_, stdout, _) = _cli.Run("check", "page.html", "-f", "claimreview");
        using var json = JsonDocument.Parse(stdout);
        var reviews = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(["Vice President Marco Rubio spoke.", "Then President Hassan Rouhani\u2019s remarks on Sunday were welcomed."],
            reviews.Select(r => r.GetProperty("claimReviewed").GetString()));
        Assert.Equal(["Vice President Marco Rubio", "President Hassan Rouhani"], reviews.Select(r => r.GetProperty("itemReviewed").GetProperty("text").GetString()));
        (_, stdout, _) = _cli.Run("check", "page.html", "-f", "github");
        Assert.Contains("flagged text: \"Vice President Marco Rubio\"", stdout);
        Assert.DoesNotContain("</b>", stdout);
    }

    /// <summary>
    /// The same input gives byte-identical reports in every format: across runs and across thread counts.
    /// The corpus mixes Markdown, HTML and text, findings, suppressions, an unscored and an unreadable draft.
    /// </summary>
    [Fact]
    public void Every_format_is_byte_identical_across_runs_and_thread_counts()
    {
        var sample = File.ReadAllText(Path.Combine(TestEngine.RepoRoot, "samples", "iran-talks.md"));
        for (var i = 0; i < 12; i++)
        {
            _cli.Write($"corpus/md/{i:00}-sample.md", sample.Replace("April 19", $"April {10 + i}"));
            _cli.Write($"corpus/md/{i:00}-wrong.md", Wrong.Replace("said on Monday", $"said {i} times"));
        }
        _cli.Write("corpus/right.md", Right);
        _cli.Write("corpus/nothing.txt", "The weather was mild.\n");
        _cli.Write("corpus/page.html", "<html><head><meta property=\"article:published_time\" content=\"2025-02-11\"></head><body><article><p>President Hassan Rouhani said it&amp;more.</p></article></body></html>");
        _cli.Write("corpus/suppressed.md", "---\ndate: 2025-02-11\n---\n\n<!-- mediareview-disable-next-line MR1002 -->\nPresident Hassan Rouhani spoke.\n");
        _cli.Write("corpus/bad.md", "---\ndate: 2025-13-45\n---\n\nText.\n");
        var formats = new[] { "text", "json", "sarif", "github", "html", "claimreview" };

        Dictionary<string, byte[]> Reports(string folder, string parallel)
        {
            Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, folder));
            var outputs = formats.SelectMany(f => new[] { "-o", $"{folder}/report.{f}" }).ToArray();
            var (exit, stdout, stderr) = _cli.RunWith(FixedDate, ["check", "corpus", "--date", "2025-02-11", "--parallel", parallel, .. formats.SelectMany(f => new[] { "-f", f }), .. outputs]);
            Assert.Equal(2, exit); // bad.md cannot be read; the others are still reported
            Assert.Contains("bad.md(2,7): error: front matter date '2025-13-45' is not a date", stderr);
            return formats.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_cli.WorkingDirectory, folder, $"report.{f}")));
        }

        var first = Reports("one-thread", "1");
        var again = Reports("one-thread-again", "1");
        var parallel = Reports("four-threads", "4");
        foreach (var format in formats)
        {
            Assert.True(first[format].Length > 100, $"{format} report is empty");
            Assert.True(first[format].AsSpan().SequenceEqual(again[format]), $"{format} differs between two runs");
            Assert.True(first[format].AsSpan().SequenceEqual(parallel[format]), $"{format} differs between 1 and 4 threads");
        }
    }

    [Fact]
    public void Redirected_output_has_no_colours_and_no_progress_bar()
    {
        for (var i = 0; i < 200; i++) _cli.Write($"many/{i:000}.md", Wrong);
        var (_, stdout, stderr) = _cli.Run("check", "many", "--parallel", "1");
        Assert.DoesNotContain('\u001b', stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void A_terminal_gets_colours_unless_no_color_or_NO_COLOR_says_otherwise()
    {
        _cli.Write("wrong.md", Wrong);
        var (exit, output) = _cli.RunInTerminal(new Dictionary<string, string?>(), "check", "wrong.md");
        Assert.Equal(1, exit);
        Assert.Contains("\u001b[1;31merror MR1001\u001b[0m", output);
        Assert.Contains("\u001b[1;33mwarning MR1002\u001b[0m", output);
        // Colour codes (SGR: ESC [ … m); .NET itself may still set the terminal's keypad mode (ESC [ ? 1 h).
        var sgr = new System.Text.RegularExpressions.Regex(@"\u001b\[[0-9;]*m");
        Assert.Matches(sgr, output);
        Assert.DoesNotMatch(sgr, _cli.RunInTerminal(new Dictionary<string, string?>(), "check", "wrong.md", "--no-color").Output);
        Assert.DoesNotMatch(sgr, _cli.RunInTerminal(new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, "check", "wrong.md").Output);
    }

    [Fact]
    public async Task A_long_batch_on_a_terminal_shows_a_progress_bar_that_is_cleared()
    {
        // The first two drafts are named pipes that the test fills a second apart, so the batch runs past the
        // half-second before the bar appears, and goes on while the bar is drawn, however fast checking is.
        var sample = File.ReadAllText(Path.Combine(TestEngine.RepoRoot, "samples", "iran-talks.md"));
        _cli.Write("many/00002.md", sample);
        string[] pipes = [Path.Combine(_cli.WorkingDirectory, "many", "00000.md"), Path.Combine(_cli.WorkingDirectory, "many", "00001.md")];
        foreach (var pipe in pipes) MakeFifo(pipe);
        var filled = 0;
        var writer = Task.Run(() =>
        {
            foreach (var pipe in pipes)
            {
                Thread.Sleep(1000);
                File.WriteAllText(pipe, sample); // opening waits until the checker opens the pipe to read it
                Interlocked.Increment(ref filled);
            }
        });

        var (_, output) = _cli.RunInTerminal(new Dictionary<string, string?>(), "check", "many", "--parallel", "1", "--no-color");

        // Had the checker stopped without reading every pipe, the writer would wait for it forever: read the rest here.
        for (var i = Volatile.Read(ref filled); i < pipes.Length && !writer.IsCompleted; i++) File.ReadAllText(pipes[i]);
        await writer.WaitAsync(TimeSpan.FromSeconds(30)); // throws if the pipes were not all read
        Assert.Contains("Checking 3 drafts", output);
        Assert.Contains("3 drafts checked", output);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
