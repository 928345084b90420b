using System.Text;
using MediaReview.Checking;
using MediaReview.Documents;

namespace MediaReview.Tests.Documents;

/// <summary>Plain-text dumps of web pages: furniture, reader comments and footers are not the article.</summary>
public class PageDumpTests
{
    private const string Paragraph =
        "Foreign Minister Abbas Araghchi told reporters in Tehran on Sunday that the indirect talks would go on, though he gave no date for the next round.";

    private static FileResult Check(string text, string date = "2025-05-20") =>
        TestEngine.Checker.Check(TestEngine.Loader.Parse("page.txt", Encoding.UTF8.GetBytes(text), DateOnly.Parse(date), DateOnly.Parse(date)));

    private static string Dump(params string[] lines) => string.Join("\n\n", lines) + "\n";

    [Fact]
    public void Reader_comments_and_the_footer_are_skipped_and_reported_as_parts()
    {
        var text = Dump(
            "Subscribe", "By subscribing you agree to our Privacy Policy",
            "Talks Go On Without a Date", "5 min read", Paragraph,
            "12 Comments",
            "  1. Jane Doe on\n\n    President Hassan Rouhani will never agree to this.",
            "    • Reply from John: the late Ali Khamenei would have.",
            "Leave a Reply",
            "A newsroom that cares about facts.", "Newsroom LLC\n1 Main Street", "© 2025 Newsroom LLC. All rights reserved.");
        var result = Check(text);

        Assert.Empty(result.Findings);
        Assert.Contains(result.Claims, c => c.Text.Contains("Abbas Araghchi"));
        Assert.DoesNotContain(result.Claims, c => c.Text.Contains("Rouhani") || c.Text.Contains("Khamenei"));
        var parts = result.Document.Parts.Select(p => (p.Kind, p.Description, text.Substring(p.Span.Start, p.Span.Length).Split('\n')[0])).ToList();
        Assert.Equal(
        [
            (PagePartKind.Skipped, "page furniture", "Subscribe"),
            (PagePartKind.Skipped, "page furniture", "5 min read"),
            (PagePartKind.Skipped, "reader comments", "12 Comments"),
            (PagePartKind.Skipped, "the comment form", "Leave a Reply"),
            (PagePartKind.Skipped, "the site's footer", "© 2025 Newsroom LLC. All rights reserved."),
        ], parts);
        // Offsets are kept: the article's claims point into the original text.
        var claim = result.Claims.First(c => c.Text.Contains("Abbas Araghchi"));
        Assert.Equal(claim.Text, text.Substring(claim.Span.Start, claim.Span.Length));
    }

    [Fact]
    public void The_score_is_the_articles_related_content_counts_on_neither_side()
    {
        var article = Dump("Talks Go On Without a Date", Paragraph);
        var withRelated = Dump("Talks Go On Without a Date", Paragraph, "Related Articles",
            "In Muscat, President Hassan Rouhani praised Oman's mediation.", "Secretary of State Marco Rubio flew to Rome.", "View All");
        var alone = Check(article).Score;
        var result = Check(withRelated);
        Assert.Equal(100, alone.Value);
        // The related teasers' claims are counted and judged (one contradicted), but the score is still the article's.
        Assert.True(result.Score.Claims > alone.Claims);
        Assert.Equal(1, result.Score.Contradicted);
        Assert.Equal(100, result.Score.Value);
    }

    [Fact]
    public void Findings_in_related_content_are_marked_outside_the_article_and_at_most_suggestions()
    {
        var text = Dump(
            "Talks Go On Without a Date", Paragraph,
            "President Hassan Rouhani welcomed the talks in Muscat.",
            "Related Articles",
            "In Muscat, President Hassan Rouhani praised Oman's mediation.",
            "View All");
        var findings = Check(text).Findings;

        Assert.Collection(findings,
            inArticle =>
            {
                Assert.Equal(("MR1002", Severity.Warning, null), (inArticle.Id, inArticle.Severity, inArticle.OutsideArticle));
                Assert.Equal(5, inArticle.Start.Line);
            },
            outside =>
            {
                Assert.Equal(("MR1002", Severity.Suggestion, "related content after the article"), (outside.Id, outside.Severity, outside.OutsideArticle));
                Assert.Equal(9, outside.Start.Line);
            });
    }

    [Fact]
    public void An_end_marker_before_the_article_begins_is_the_page_header()
    {
        // "Related" in the navigation above the headline does not end an article that has not begun.
        var text = Dump("Menu", "Related", "Talks Go On Without a Date", Paragraph, "President Hassan Rouhani welcomed the talks in Muscat.");
        var findings = Check(text).Findings;
        var finding = Assert.Single(findings);
        Assert.Null(finding.OutsideArticle);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("Readers left 17 comments on the post, and President Hassan Rouhani was mentioned in most of them.")]
    [InlineData("Subscribe to the theory that President Hassan Rouhani still runs the government, and you will be disappointed.")]
    [InlineData("View all the evidence: President Hassan Rouhani no longer holds office.")]
    public void Furniture_words_inside_a_sentence_are_prose(string sentence)
    {
        var result = Check(Dump("Talks Go On Without a Date", Paragraph, sentence));
        Assert.Empty(result.Document.Parts);
        Assert.Contains(result.Claims, c => c.Text.Contains("Hassan Rouhani"));
    }

    [Fact]
    public void A_plain_draft_is_read_unchanged()
    {
        var text = Dump("Talks Go On Without a Date", Paragraph);
        var (prose, parts) = PageFurniture.Analyze(text);
        Assert.Same(text, prose);
        Assert.Empty(parts);
    }

    [Fact]
    public void Comments_with_no_reply_form_run_to_the_end()
    {
        var text = Dump("Talks Go On Without a Date", Paragraph, "Comments (2)", "President Hassan Rouhani is right.", "Ali Khamenei, 50, is wrong.");
        var result = Check(text);
        Assert.Empty(result.Findings);
        var part = Assert.Single(result.Document.Parts);
        Assert.Equal("reader comments", part.Description);
        Assert.Equal(text.TrimEnd().Length, part.Span.End);
    }

    [Fact]
    public void A_newsletter_form_with_its_pitch_is_skipped_wherever_it_stands()
    {
        var text = Dump("Talks Go On Without a Date", Paragraph,
            "Subscribe to our newsletter",
            "Analysis from experts who have briefed President Hassan Rouhani, every Monday.",
            "Email address", "First name", "Sign up",
            "By subscribing, you agree to our Privacy Policy.",
            "President Hassan Rouhani welcomed the talks in Muscat.");
        var result = Check(text);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(17, finding.Start.Line); // the article's sentence after the form, not the pitch
        var form = Assert.Single(result.Document.Parts, p => p.Description == "a newsletter sign-up form");
        Assert.StartsWith("Subscribe to our newsletter", text[form.Span.Start..]);
        Assert.EndsWith("Privacy Policy.", text[..form.Span.End]);
    }

    [Fact]
    public void A_newsletter_heading_without_a_form_is_prose()
    {
        // No "Sign up" or "Subscribe" button follows: a sentence about a newsletter, not a form.
        var text = Dump("Talks Go On Without a Date", Paragraph, "The ministry's newsletter", "President Hassan Rouhani welcomed the talks in Muscat.");
        Assert.Single(Check(text).Findings);
    }

    [Fact]
    public void Comments_under_other_headers_end_at_show_more_and_what_follows_is_outside_the_article()
    {
        var text = Dump("Talks Go On Without a Date", Paragraph,
            "Join the conversation (2)", "Amir", "President Hassan Rouhani is wrong.", "Reply", "Show more comments",
            "Most Popular", "1. President Hassan Rouhani to visit Muscat");
        var result = Check(text);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("related content after the article", finding.OutsideArticle);
        Assert.Contains(result.Document.Parts, p => p.Description == "reader comments");
    }

    [Fact]
    public void Teasers_above_the_headline_are_marked_and_the_headline_is_the_article()
    {
        var text = string.Join("\n", "Iran Daily Wire", "Trending", "President Hassan Rouhani's quiet comeback", "The late Ali Khamenei's will",
            "President Hassan Rouhani Names His Cabinet", "By Staff Writer", Paragraph) + "\n";
        var findings = Check(text).Findings;
        Assert.Equal([(3, Severity.Suggestion), (4, Severity.Suggestion), (5, Severity.Warning)], findings.Select(f => (f.Start.Line, f.Severity)));
        Assert.Equal("teasers above the article", findings[0].OutsideArticle);
        Assert.Null(findings[2].OutsideArticle);
    }
}
