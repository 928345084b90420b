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

    /// <summary>The regions of a page whose article is <paramref name="body"/> and a last paragraph, "Next.": the text after <paramref name="body"/> must still be read.</summary>
    private static List<string> ArticleRegions(string body) => Read(Page($"<article>{body}<p>Next.</p></article>")).Regions;

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

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_reference_before_a_line_break_keeps_the_text_in_step(string lineBreak)
    {
        // The parser reads any line break as "\n"; the source's CR after "&nbsp;" must still count as in step.
        var (_, _, regions) = Read(Page($"<p>Talks on Sunday&nbsp;{lineBreak}Hassan Rohani spoke &mdash;{lineBreak}briefly &amp;{lineBreak}well.</p>"));
        Assert.Equal(["Talks on Sunday Hassan Rohani spoke \u2014 briefly & well ."], regions);
    }

    [Theory]
    [InlineData("&copy2024 Reuters. Hassan Rouhani spoke.", "\u00A9 2024 Reuters . Hassan Rouhani spoke .")]   // "&copy" then "2024", not "&copy20"
    [InlineData("On Sunday&nbspHassan Rouhani spoke.", "On Sunday Hassan Rouhani spoke .")]
    [InlineData("Copyright&copyright; Hassan Rouhani spoke.", "Copyright \u00A9 right ; Hassan Rouhani spoke .")]
    [InlineData("Hassan&#10;Rouhani spoke.", "Hassan Rouhani spoke .")]                                         // an LF written as a reference
    [InlineData("Hassan Rouhani spoke on&nbspSunday", "Hassan Rouhani spoke on Sunday")]                       // the end tag right after the text
    [InlineData("Hassan Rouhani spoke on Sunday&copyright;", "Hassan Rouhani spoke on Sunday \u00A9 right ;")]
    public void A_reference_without_its_semicolon_or_for_a_line_break_keeps_the_text_in_step(string paragraph, string words)
    {
        Assert.Equal([words, "Next ."], ArticleRegions($"<p>{paragraph}</p>"));
    }

    [Theory]
    [InlineData("<p>Hassan Rouhani spoke.</p><?xml:namespace prefix = o ns = \"urn:schemas-microsoft-com:office:office\" /><p>He said <!-- x --> more.</p>")]   // pasted from Word
    [InlineData("<p>Hassan Rouhani spoke.</p><!--><p>He said <!-- x --> more.</p>")]
    [InlineData("<p>Hassan Rouhani spoke.</p><!-- a --!><p>He said <!-- x --> more.</p>")]
    [InlineData("<p>Hassan Rouhani spoke.</p><![CDATA[x]]><p>He said <!-- x --> more.</p>")]
    [InlineData("<p>Hassan Rouhani spoke.</p><!x><p>He said <!---> more.</p>")]
    public void Comments_of_every_form_end_where_the_parser_ends_them(string body)
    {
        Assert.Equal(["Hassan Rouhani spoke .", "He said more .", "Next ."], ArticleRegions(body));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_line_break_inside_an_inline_tag_does_not_split_a_word(string lineBreak)
    {
        var (_, _, regions) = Read(Page($"<article><p>Foreign Min<a{lineBreak}href=\"/m\">ister</a> Abbas Araghchi and <b>Rouhani</b><a{lineBreak}href=\"/r\">’s</a> aide.</p></article>"));
        Assert.Equal(["Foreign Minister Abbas Araghchi and Rouhani's aide ."], regions);
    }

    [Theory]
    [InlineData("<p><a title=Rouhani's href=/r>Hassan Rouhani</a> spoke.</p>")]          // an apostrophe in an unquoted value
    [InlineData("<p><a title = \"it's > 1\" href='/r'>Hassan Rouhani</a> spoke.</p>")]  // quoted values, with spaces around "="
    [InlineData("<p><a data-x=a\"b href=/r>Hassan Rouhani</a> spoke.</p>")]
    public void A_tag_ends_at_its_closing_bracket_outside_quoted_values(string paragraph)
    {
        Assert.Equal(["Hassan Rouhani spoke .", "Next ."], ArticleRegions(paragraph));
    }

    [Theory]
    [InlineData("<script>var s = \"</scripts>\";</script>")]
    [InlineData("<style>/* </styles> */ p { color: red }</STYLE >")]
    public void A_script_or_style_ends_at_its_own_end_tag(string element)
    {
        Assert.Equal(["Hassan Rouhani", "spoke .", "Next ."], ArticleRegions($"<p>Hassan Rouhani {element}spoke.</p>"));
    }

    [Fact]
    public void Text_right_inside_the_article_root_is_read()
    {
        // No <p>: the text sits in the root itself, after a title the cursor must not stop at.
        var html = "<html><head><title>Talks</title></head><body><div itemprop=\"articleBody\">President Hassan Rouhani spoke.<br><br>Second.</div></body></html>";
        var (_, _, regions) = Read(html);
        Assert.Equal(["President Hassan Rouhani spoke .", "Second ."], regions);
    }

    [Theory]
    [InlineData("<p>Later, Hassan </span>Rouhani spoke.</p>", "Later , Hassan Rouhani spoke .")]
    [InlineData("<p>Later, Hassan Rou</span>hani spoke.</p>", "Later , Hassan Rouhani spoke .")]   // inside a word: it runs on
    [InlineData("<p>Hassan Rouhani spoke.</span>\n</p>", "Hassan Rouhani spoke .")]
    public void Markup_the_parser_dropped_inside_a_text_is_stepped_over(string paragraph, string words)
    {
        Assert.Equal([words, "Next ."], ArticleRegions(paragraph));
    }

    [Fact]
    public void Without_an_article_the_body_is_read_less_its_furniture()
    {
        var (_, _, regions) = Read(Page("""
            <div class="newsletter-signup"><p>Subscribe now</p></div>
            <main><p>Khamenei spoke on Friday.</p><p>Second paragraph.<br>After a break.</p></main>
            <div id="related-stories"><p>More news</p></div>
            """));
        Assert.Equal(["Khamenei spoke on Friday .", "Second paragraph .", "After a break ."], regions);
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

    [Theory]
    [InlineData("&#146;")]      // Windows-1252 reference, read as ’ by browsers
    [InlineData("&#x1F600;")]   // an emoji: two UTF-16 characters
    [InlineData("&#x1F1EE;&#x1F1F7;")]
    [InlineData("&amp")]        // legacy names without their semicolon
    [InlineData("&copy")]
    [InlineData("&notanentity;")] // read as "&not" + "anentity;"
    [InlineData("&NotNestedLessLess;")] // a base character and a combining mark
    [InlineData("&#0;")]
    [InlineData("&#99999999;")]
    [InlineData("&unknownname;")]
    [InlineData("Q&A")]
    [InlineData("AT&amp;T")]
    [InlineData("Q&amp;amp;A")]      // a page that shows "&amp;" itself
    [InlineData("&amp;lt; &amp;#146;")]
    public void Character_references_never_lose_the_paragraph(string reference)
    {
        var html = Page($"<article><p>Item {reference} here. President Hassan Rouhani spoke on Monday.</p></article>");
        var findings = TestEngine.Checker.Check(TestEngine.Markdown(html, "2025-04-14", "page.html")).Findings;
        var finding = Assert.Single(findings);
        Assert.Equal("MR1002", finding.Id);
        Assert.Equal("President Hassan Rouhani", html.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void A_line_break_ends_a_line_of_text()
    {
        // "Iraq" on the dateline's first line is not the country of the president on the next.
        var html = Page("<article><p class=\"dateline\">BAGHDAD, Iraq<br>President Masoud Pezeshkian arrived on Wednesday for talks.</p></article>");
        Assert.Empty(TestEngine.Checker.Check(TestEngine.Markdown(html, "2024-09-12", "page.html")).Findings);
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": \"2024-08-12T09:30:00+03:30\"}</script>", "<p>Text.</p>")]
    [InlineData("", "<article><time class=\"entry-date published\" datetime=\"2024-08-12T09:30:00+03:30\">August 12</time><p>Text.</p></article>")]
    [InlineData("", "<article><time datetime=\"2024-08-12\">August 12</time><p>Text.</p></article>")]
    public void The_published_date_also_comes_from_json_ld_or_the_articles_time(string head, string body)
    {
        var html = $"<html><head>{head}</head><body>{body}</body></html>";
        Assert.Equal(new DateOnly(2024, 8, 12), new HtmlReader().Read("page.html", html).FrontMatterDate);
    }

    [Theory]
    [InlineData("<ul class=\"wp-block-latest-posts\"><li>The late Ali Khamenei at the shrine</li></ul>")]
    [InlineData("<div class=\"author-box\"><p>She interviewed the late Hassan Rouhani.</p></div>")]
    [InlineData("<div class=\"post-tags\">Tags: President Raisi</div>")]
    [InlineData("<blockquote class=\"twitter-tweet\"><p>President Hassan Rouhani is great</p></blockquote>")]
    [InlineData("<div class=\"also-read\"><strong>Also read:</strong> <a href=\"#\">Former President Masoud Pezeshkian visits Baghdad</a></div>")]
    [InlineData("<div id=\"disqus_thread\"><p>President Rouhani is wrong.</p></div>")]
    [InlineData("<marquee>President Hassan Rouhani, 90, spoke</marquee>")]
    public void Blocks_inside_an_article_that_are_not_the_article_are_skipped(string block)
    {
        var html = Page($"<article><p>Omani Foreign Minister Badr Albusaidi hosted the talks.</p>{block}</article>");
        Assert.Empty(TestEngine.Checker.Check(TestEngine.Markdown(html, "2025-04-13", "page.html")).Findings);
    }

    [Fact]
    public void A_paragraph_of_thousands_of_sentences_is_checked_without_exhausting_the_stack()
    {
        var text = string.Concat(Enumerable.Repeat("He spoke. ", 20000)) + "President Hassan Rouhani spoke on Monday.";
        var finding = Assert.Single(TestEngine.Check(text, "2025-04-14"));
        Assert.Equal("MR1002", finding.Id);
    }
}
