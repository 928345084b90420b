using MediaReview.Claims;
using MediaReview.Documents;

namespace MediaReview.Tests.Documents;

public class HtmlReaderTests
{
    private static string Page(string body) => $"<!DOCTYPE html>\n<html><head><title>President Hassan Rouhani</title><script>var x = \"President Hassan Rouhani\";</script></head>\n<body>{body}</body></html>";

    private static (string Text, ReadResult Result, List<string> Regions) Read(string html)
    {
        var result = new HtmlReader().Read("page.html", html);
        var regions = result.Regions.Select(r => Words(result.Prose.Substring(r.Start, r.Length))).ToList();
        return (html, result, regions);
    }

    /// <summary>What the tokenizer reads in a region: its words joined by single spaces.</summary>
    private static string Words(string prose) =>
        string.Join(' ', Tokenizer.Tokenize(prose, 0, prose.Length).Select(t => t.ToString()));

    [Fact]
    public void Reads_the_article_prose_and_nothing_else()
    {
        var (_, _, regions) = Read(Page("""
            <nav><a href="/">Home</a> President Hassan Rouhani</nav>
            <header class="site"><p>Breaking: President Hassan Rouhani</p></header>
            <article>
              <header><h1>Talks in Muscat</h1></header>
              <p>Iran&rsquo;s <a href="/r">President Hassan Rouhani</a> said on <em>Sunday</em> that it went well.</p>
              <div class="share-bar"><p>Share this</p></div>
              <figure><img src="x.jpg" alt="Alt text"><figcaption>Abbas Araghchi in Muscat.</figcaption></figure>
              <!-- a comment -->
              <table><tr><td>2019</td><td>Rouhani spoke.</td></tr></table>
            </article>
            <aside><p>Related story</p></aside>
            <section id="comments"><p>Reader comment</p></section>
            <footer><p>Copyright News Co.</p></footer>
            """));
        Assert.Equal(["Talks in Muscat", "Iran's President Hassan Rouhani said on Sunday that it went well .", "Abbas Araghchi in Muscat .", "2019 Rouhani spoke ."], regions);
    }

    [Fact]
    public void Spans_map_back_to_the_source_through_entities_and_inline_markup()
    {
        var html = Page("<p>Ant&oacute;nio Guterres met <b>Trump</b>&rsquo;s envoy &amp; aides.</p>");
        var (_, result, regions) = Read(html);
        Assert.Equal(["António Guterres met Trump's envoy & aides ."], regions);
        var tokens = Tokenizer.Tokenize(result.Prose, result.Regions[0].Start, result.Regions[0].End);
        var antonio = tokens[0];
        Assert.Equal("António", antonio.Text);
        Assert.Equal("Ant&oacute;nio", html[antonio.Start..antonio.End]);
        var trump = tokens.Single(t => t.Text == "Trump");
        Assert.True(trump.Possessive);
        Assert.Equal("Trump</b>&rsquo;s", html[trump.Start..trump.End]);
    }

    [Fact]
    public void Without_an_article_the_body_is_read_less_its_furniture()
    {
        var (_, _, regions) = Read(Page("""
            <div class="newsletter-signup"><p>Subscribe now</p></div>
            <main><p>Khamenei spoke on Friday.</p><p>Second paragraph.<br>After a break.</p></main>
            <div id="related-stories"><p>More news</p></div>
            """));
        Assert.Equal(["Khamenei spoke on Friday .", "Second paragraph . After a break ."], regions);
    }

    [Fact]
    public void The_published_date_comes_from_the_page_meta_tags()
    {
        var html = "<html><head><meta property=\"article:published_time\" content=\"2025-04-14T09:30:00Z\"></head><body><p>Text.</p></body></html>";
        Assert.Equal(new DateOnly(2025, 4, 14), new HtmlReader().Read("page.html", html).FrontMatterDate);
        Assert.Null(new HtmlReader().Read("page.html", "<p>No date.</p>").FrontMatterDate);
    }

    [Fact]
    public void Findings_in_an_html_page_point_at_the_source()
    {
        var html = Page("<article><p>MUSCAT &mdash; <a href=\"/r\">President Hassan Rouhani</a> said the talks went well.</p></article>");
        var findings = TestEngine.Checker.Check(TestEngine.Markdown(html, "2025-04-14", "page.html")).Findings;
        var finding = Assert.Single(findings);
        Assert.Equal("MR1002", finding.Id);
        Assert.Equal("President Hassan Rouhani", html.Substring(finding.Span.Start, finding.Span.Length));
    }
}
