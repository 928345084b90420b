using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MediaReview.Checking;
using MediaReview.Reporting;
using MediaReview.Text;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Tests.Reporting;

/// <summary>The HTML report: read back with AngleSharp, as a browser would build it.</summary>
public class HtmlFormatterTests
{
    private const string Sample = "samples/iran-talks.md";

    private static FileResult CheckSample()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestEngine.RepoRoot, "samples", "iran-talks.md"));
        return TestEngine.Checker.Check(TestEngine.Loader.Parse(Sample, bytes, null, new DateOnly(2030, 1, 1)));
    }

    private static FileResult Check(string text, string path = "draft.md", string date = "2025-02-11") =>
        TestEngine.Checker.Check(TestEngine.Markdown(text, date, path));

    private static string Write(params FileResult[] files) => Write(new Report { Files = files, Errors = [], Rules = TestEngine.Rules.Descriptors.ToList(), ToolVersion = "test" });

    private static string Write(Report report)
    {
        var writer = new StringWriter { NewLine = "\r\n" };
        new HtmlFormatter().Write(report, writer);
        return writer.ToString();
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Collapse(string text) => Whitespace.Collapse(text);

    /// <summary>An element's text as it reads, without the finding numbers set after highlights.</summary>
    private static string Shown(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var sup in copy.QuerySelectorAll("sup.fn").ToList()) sup.Remove();
        return copy.TextContent;
    }

    /// <summary>The pieces of text highlighted for a finding (one, unless another finding overlaps it).</summary>
    private static List<IElement> Highlights(IDocument page, string findingId) =>
        page.QuerySelectorAll("mark.hl").Where(m => m.GetAttribute("data-f")!.Split(' ').Contains(findingId)).ToList();

    [Fact]
    public void Each_finding_has_one_highlight_holding_exactly_the_flagged_text()
    {
        var result = CheckSample();
        Assert.Equal(7, result.Findings.Count);
        var page = Parse(Write(result));

        Assert.Equal(result.Findings.Count, page.QuerySelectorAll("mark.hl").Length);
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var f = result.Findings[i];
            var mark = Assert.Single(Highlights(page, $"d1-f{i + 1}"));
            Assert.Equal(Collapse(f.Text), Collapse(mark.TextContent));
            Assert.Equal($"d1-h{i + 1}", mark.Id);
            Assert.Equal("0", mark.GetAttribute("tabindex"));
            Assert.Contains($"k-{f.Severity.ToWord()}", mark.ClassList);
        }
    }

    [Fact]
    public void The_list_gives_each_finding_its_rule_severity_message_confidence_and_suggestion()
    {
        var result = CheckSample();
        var page = Parse(Write(result));
        var entries = page.QuerySelectorAll("ol.findings > li.fi");
        Assert.Equal(result.Findings.Count, entries.Length);
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var f = result.Findings[i];
            var entry = entries[i];
            Assert.Equal($"d1-f{i + 1}", entry.Id);
            Assert.Equal(f.Severity.ToWord(), entry.GetAttribute("data-kind"));
            Assert.Equal(f.Message, entry.QuerySelector(".msg")!.TextContent);
            Assert.Equal(f.Id, entry.QuerySelector(".rid")!.TextContent);
            Assert.Equal(f.Title, entry.QuerySelector(".rt")!.TextContent);
            Assert.Equal(Capitalize(f.Severity.ToWord()), entry.QuerySelector(".badge")!.TextContent);
            Assert.Contains(f.Confidence.ToString("0.00", CultureInfo.InvariantCulture), entry.TextContent);
            if (f.Suggestion is not null) Assert.Equal(f.Suggestion, entry.QuerySelector(".sugg q")!.TextContent);
            // The entry jumps to the highlight, which names the entry as its description.
            var link = entry.QuerySelector("a.loc")!;
            Assert.Equal($"{f.Start.Line}:{f.Start.Column}", link.TextContent);
            Assert.Equal($"#d1-h{i + 1}", link.GetAttribute("href"));
            Assert.Equal($"d1-f{i + 1}", page.GetElementById($"d1-h{i + 1}")!.GetAttribute("aria-describedby"));
        }

        static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];
    }

    [Fact]
    public void The_summary_gives_the_version_date_score_claims_and_findings_by_severity()
    {
        var result = CheckSample();
        var page = Parse(Write(result));
        Assert.Contains("mediareview test", page.QuerySelector(".tool")!.TextContent);
        var cells = page.QuerySelectorAll(".summary tbody tr")[0].Children.Select(c => Collapse(c.TextContent)).ToList();
        var score = result.Score;
        Assert.Equal([
            Sample, "2025-04-14 front matter", $"{score.Value}/100", $"{score.Claims}", $"{score.Supported}", $"{score.Contradicted}", $"{score.Unverifiable}",
            "5", "2", "0", "0",
        ], cells);
        Assert.Equal(Sample, page.QuerySelector("#d1 h2")!.TextContent);
    }

    [Fact]
    public void The_draft_cannot_inject_markup_or_script()
    {
        const string attack = "<script>alert(1)</script> <img src=x onerror=alert(2)> </p><b onclick=\"alert(3)\">";
        var plain = Check($"President Hassan Rouhani spoke. {attack}\n", "<img src=y onerror=alert(4)>.txt");
        var html = Check("<html><body><article><p>President Hassan Rouhani said &lt;script&gt;alert(5)&lt;/script&gt; on Monday.</p></article></body></html>", "page.html");
        Assert.NotEmpty(plain.Findings);
        var output = Write(plain, html);
        var page = Parse(output);

        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img, iframe, object, embed, link, base, b[onclick]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain("<script>alert", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", output, StringComparison.OrdinalIgnoreCase);
        // It reads as the text it is.
        Assert.Equal($"President Hassan Rouhani spoke. {attack}", Shown(page.QuerySelector("#d1 .blk")!));
        Assert.Equal("<img src=y onerror=alert(4)>.txt", page.QuerySelector("#d1 h2")!.TextContent);
        Assert.Equal("President Hassan Rouhani said <script>alert(5)</script> on Monday.", Shown(page.QuerySelector("#d2 .blk")!));
    }

    [Fact]
    public void The_page_is_self_contained_and_its_policy_allows_only_its_own_style_and_script()
    {
        var page = Parse(Write(CheckSample()));
        Assert.Empty(page.QuerySelectorAll("[src], link, iframe, img"));
        Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.StartsWith("#", a.GetAttribute("href")));
        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains($"'sha256-{Sha256(page.QuerySelector("style")!.TextContent)}'", policy);
        Assert.Contains($"'sha256-{Sha256(page.QuerySelector("script")!.TextContent)}'", policy);
        Assert.DoesNotContain("http", page.QuerySelector("style")!.TextContent);
        Assert.DoesNotContain("http", page.QuerySelector("script")!.TextContent);

        static string Sha256(string s) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_in_any_culture()
    {
        var first = Write(CheckSample(), Check("President Hassan Rouhani spoke on Monday.\n"));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A culture that writes 0,95 (the tests may run in globalization-invariant mode, without de-DE).
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "\u2212";
            CultureInfo.CurrentCulture = comma;
            var second = Write(CheckSample(), Check("President Hassan Rouhani spoke on Monday.\n"));
            Assert.Equal(first, second);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        Assert.DoesNotContain('\r', first);
        Assert.Contains("<dd>0.95</dd>", first);
    }

    [Fact]
    public void A_draft_with_nothing_to_check_says_it_is_not_scored()
    {
        var result = Check("The weather was mild and the talks went on.\n");
        Assert.Null(result.Score.Value);
        var page = Parse(Write(result));
        var score = page.QuerySelector(".summary tbody td.score")!;
        Assert.Equal("not scored", score.TextContent);
        Assert.Contains("Not scored: nothing in the draft could be checked against the reference set", Collapse(page.QuerySelector("#d1 .meta")!.TextContent));
        Assert.DoesNotContain("/100", page.QuerySelector("#d1 .meta")!.TextContent);
        Assert.DoesNotContain("/100", score.ParentElement!.TextContent);
    }

    [Fact]
    public void Suppressed_findings_are_marked_and_not_counted_as_standing()
    {
        var result = Check("<!-- mediareview-disable-next-line MR1002 -->\nPresident Hassan Rouhani spoke on Monday.\n\nVice President Marco Rubio agreed.\n");
        var suppressed = Assert.Single(result.Findings, f => f.IsSuppressed);
        var index = result.Findings.ToList().IndexOf(suppressed) + 1;
        var page = Parse(Write(result));

        var mark = Assert.Single(Highlights(page, $"d1-f{index}"));
        Assert.Contains("k-suppressed", mark.ClassList);
        Assert.Equal("President Hassan Rouhani", mark.TextContent);
        var entry = page.GetElementById($"d1-f{index}")!;
        Assert.Equal("suppressed", entry.GetAttribute("data-kind"));
        Assert.Equal("Suppressed", entry.QuerySelector(".badge")!.TextContent);
        Assert.Contains("in the draft: <!-- mediareview-disable-next-line MR1002 -->", Collapse(entry.QuerySelector(".supp")!.TextContent));
        // Standing: 1 error (MR1001), no warning; 1 suppressed.
        var cells = page.QuerySelectorAll(".summary tbody tr")[0].Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["1", "0", "0", "1"], cells[^4..]);
        Assert.NotNull(page.QuerySelector("input[data-kind='suppressed']"));
    }

    [Fact]
    public void Overlapping_findings_split_into_pieces_that_each_name_every_finding_covering_them()
    {
        var result = Check("President Hassan Rouhani spoke on Monday in Tehran.\n", "draft.txt");
        var f = result.Findings[0];
        var text = result.Document.Text;
        Finding At(int start, int end, string id) => f with
        {
            Id = id, Span = TextSpan.FromBounds(start, end), Text = text[start..end],
            Start = result.Document.Lines.GetPosition(start), End = result.Document.Lines.GetPosition(end),
        };
        // "President Hassan Rouhani" (0–24), "Rouhani spoke" (17–30), nested "Hassan" (10–16).
        var overlapping = result with { Findings = [At(0, 24, "MR1002"), At(10, 16, "MR9001"), At(17, 30, "MR9002")] };
        var page = Parse(Write(overlapping));

        var pieces = page.QuerySelectorAll("mark.hl").Select(m => (m.TextContent, m.GetAttribute("data-f"))).ToList();
        Assert.Equal([
            ("President ", "d1-f1"), ("Hassan", "d1-f1 d1-f2"), (" ", "d1-f1"), ("Rouhani", "d1-f1 d1-f3"), (" spoke", "d1-f3"),
        ], pieces);
        Assert.Equal("President Hassan Rouhani", string.Concat(Highlights(page, "d1-f1").Select(m => m.TextContent)));
        Assert.Equal("Rouhani spoke", string.Concat(Highlights(page, "d1-f3").Select(m => m.TextContent)));
        // Each finding's first piece carries its anchor, so the list can jump to it.
        foreach (var id in new[] { "d1-h1", "d1-h2", "d1-h3" }) Assert.NotNull(page.GetElementById(id));
        Assert.Equal("President Hassan Rouhani spoke on Monday in Tehran.", Shown(page.QuerySelector("#d1 .blk")!));
        Assert.Equal(["2", "1", "3"], page.QuerySelectorAll("sup.fn").Select(s => s.TextContent));
    }

    [Fact]
    public void A_finding_outside_the_prose_is_listed_under_the_text_with_its_line_and_column()
    {
        var result = Check("---\ntitle: President Hassan Rouhani\ndate: 2025-02-11\n---\n\nVice President Marco Rubio agreed.\n");
        var f = result.Findings[0];
        var start = result.Document.Text.IndexOf("President Hassan Rouhani", StringComparison.Ordinal);
        var outside = f with
        {
            Id = "MR1002", Span = new TextSpan(start, 24), Text = "President Hassan Rouhani",
            Start = result.Document.Lines.GetPosition(start), End = result.Document.Lines.GetPosition(start + 24),
        };
        var page = Parse(Write(result with { Findings = [outside, .. result.Findings] }));

        Assert.Empty(Highlights(page, "d1-f1"));
        var listed = Assert.Single(page.QuerySelectorAll(".unplaced li"));
        Assert.Equal("2:8", listed.QuerySelector("a")!.TextContent);
        Assert.Contains("MR1002", listed.TextContent);
        Assert.Contains("President Hassan Rouhani", listed.TextContent);
        Assert.Single(Highlights(page, "d1-f2"));
    }

    [Fact]
    public void Html_drafts_read_as_text_with_references_decoded_and_highlights_in_place()
    {
        var result = Check("<html><body><article><h1>Talks &amp; more</h1><p>MUSCAT &mdash; <a href=\"/r\">President Hassan Rouhani</a> said <b>Trump</b>&rsquo;s envoy &amp; aides met.</p></article></body></html>",
            "page.html", "2025-04-14");
        var page = Parse(Write(result));
        var blocks = page.QuerySelectorAll("#d1 .blk");
        Assert.Equal("Talks & more", blocks[0].TextContent);
        Assert.Contains("hd", blocks[0].ClassList);
        Assert.Equal("MUSCAT — President Hassan Rouhani said Trump’s envoy & aides met.", Shown(blocks[1]));
        var mark = Assert.Single(page.QuerySelectorAll("mark.hl"));
        Assert.Equal("President Hassan Rouhani", mark.TextContent);
    }

    [Fact]
    public void Markdown_markup_is_left_out_of_the_text()
    {
        var result = Check("# The talks\n\nOn Monday **Vice President Marco Rubio** met [the envoy](https://example.com/a \"a title\")'s aides,\nand AT&amp;T `code` stayed out.\n");
        var page = Parse(Write(result));
        var blocks = page.QuerySelectorAll("#d1 .blk");
        Assert.Equal("The talks", blocks[0].TextContent);
        Assert.Contains("hd", blocks[0].ClassList);
        Assert.Equal("On Monday Vice President Marco Rubio met the envoy's aides, and AT&T stayed out.", Shown(blocks[1]));
        Assert.Equal("Vice President Marco Rubio", Assert.Single(page.QuerySelectorAll("mark.hl")).TextContent);
    }

    [Fact]
    public void Drafts_that_could_not_be_read_are_listed()
    {
        var report = new Report
        {
            Files = [],
            Errors = [new InputException("drafts/<broken>.md", "the Markdown cannot be read", 3, 4), new InputException("gone.md", "no such file or folder")],
            Rules = [],
            ToolVersion = "test",
        };
        var page = Parse(Write(report));
        var items = page.QuerySelectorAll(".errors li").Select(li => li.TextContent).ToList();
        Assert.Equal(["drafts/<broken>.md(3,4): the Markdown cannot be read", "gone.md: no such file or folder"], items);
        Assert.Contains("2 drafts could not be read", page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void The_cli_writes_the_html_report()
    {
        var formatter = Assert.Single(new ServiceCollection()
            .AddMediaReview(o => { o.RulesDirectory = TestEngine.RulesDirectory; o.ReferenceDirectory = TestEngine.ReferenceDirectory; })
            .BuildServiceProvider().GetServices<IReportFormatter>(), f => f.Name == "html");
        Assert.IsType<HtmlFormatter>(formatter);
    }
}
