using System.Text;
using MediaReview.Documents;

namespace MediaReview.Tests.Documents;

public class DocumentTests
{
    private static Document Parse(string text, string path = "draft.md", string? option = null) =>
        TestEngine.Loader.Parse(path, Encoding.UTF8.GetBytes(text), option is null ? null : DateOnly.Parse(option), DateOnly.Parse("2030-01-01"));

    [Fact]
    public void Markdown_prose_excludes_code_comments_urls_and_front_matter_but_keeps_offsets()
    {
        var text = "---\ndate: 2025-02-11\ntitle: President Rouhani\n---\n\n# Heading text\n\nSome *emphasis* and [link text](https://example.org/url-text) and `code`.\n\n```\nfenced code\n```\n\n<!-- a comment -->\n\n> quoted prose\n";
        var doc = Parse(text);
        Assert.Equal(text.Length, doc.Prose.Length);
        foreach (var kept in new[] { "Heading text", "emphasis", "link text", "quoted prose" })
        {
            var at = text.IndexOf(kept, StringComparison.Ordinal);
            Assert.Equal(kept, doc.Prose.Substring(at, kept.Length));
        }
        foreach (var blanked in new[] { "President Rouhani", "url-text", "code`", "fenced code", "a comment", "date: 2025" })
        {
            var at = text.IndexOf(blanked, StringComparison.Ordinal);
            Assert.True(string.IsNullOrWhiteSpace(doc.Prose.Substring(at, blanked.Length)), $"'{blanked}' should not be prose");
        }
    }

    [Fact]
    public void Markdown_prose_is_the_literal_text_with_every_line_break_kept_and_the_rest_spaces()
    {
        // Line breaks of all three kinds, including inside markup that is blanked and at the very end.
        var text = "# Head *line*\r\n\r\nSome **bold**\rand `code`\nand <b>html</b>\n[a link](https://x.org/a).\r\n```\r\nfenced\r\n```\r";
        var prose = Parse(text).Prose;
        Assert.Equal(
            "  Head  line \r\n\r\nSome   bold  \rand       \nand    html    \n a link                  .\r\n   \r\n      \r\n   \r",
            prose);
    }

    [Fact]
    public void Line_map_finds_the_same_lines_as_reading_character_by_character()
    {
        var random = new Random(7);
        var alphabet = "ab \r\n";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var map = new MediaReview.Text.LineMap(text);
            // The line starts as a plain loop finds them: after \n, after \r\n, after a lone \r.
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (text[i] is '\r' or '\n') starts.Add(i + 1);
            }
            Assert.Equal(starts.Count, map.LineCount);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var line = starts.FindLastIndex(s => s <= offset);
                Assert.Equal(new MediaReview.Text.LinePosition(line + 1, offset - starts[line] + 1), map.GetPosition(offset));
            }
        }
    }

    [Fact]
    public void The_date_comes_from_front_matter_first_then_the_option_then_today()
    {
        Assert.Equal((new DateOnly(2025, 2, 11), DateSource.FrontMatter), Dates(Parse("---\ndate: 2025-02-11\n---\nText.", option: "2024-01-01")));
        Assert.Equal((new DateOnly(2024, 1, 1), DateSource.Option), Dates(Parse("Text.", option: "2024-01-01")));
        Assert.Equal((new DateOnly(2030, 1, 1), DateSource.Today), Dates(Parse("Text.")));
        Assert.Equal((new DateOnly(2025, 2, 11), DateSource.FrontMatter), Dates(Parse("---\ndate: 2025-02-11T09:30:00Z\n---\nText.")));

        static (DateOnly, DateSource) Dates(Document d) => (d.Date, d.DateSource);
    }

    [Fact]
    public void A_malformed_front_matter_date_names_the_line()
    {
        var e = Assert.Throws<InputException>(() => Parse("---\ntitle: x\ndate: 11/02/2025\n---\nText."));
        Assert.Equal("draft.md", e.Path);
        Assert.Equal(3, e.Line);
        Assert.Contains("YYYY-MM-DD", e.Message);
    }

    [Fact]
    public void Plain_text_is_all_prose_split_at_blank_lines()
    {
        var doc = Parse("First paragraph\ncontinues here.\n\n\nSecond one.", path: "draft.txt");
        Assert.Equal(DocumentKind.PlainText, doc.Kind);
        Assert.Equal(["First paragraph\ncontinues here.", "Second one."], doc.Regions.Select(r => doc.Text.Substring(r.Start, r.Length)));
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "white space")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x48, 0x69, 0x20, 0xE9, 0x74, 0xE9 }, "UTF-8")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00 }, "the file is UTF-16 text; save it as UTF-8")]
    [InlineData(new byte[] { 0x48, 0x00, 0x69, 0x00, 0x21, 0x00 }, "the file is UTF-16 text; save it as UTF-8")]
    public void Unreadable_drafts_are_input_errors(byte[] bytes, string expected)
    {
        var e = Assert.Throws<InputException>(() => TestEngine.Loader.Parse("bad.md", bytes, null, DateOnly.Parse("2025-01-01")));
        Assert.Contains(expected, e.Message);
        Assert.Equal("bad.md", e.Path);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error_not_prose()
    {
        var e = Assert.Throws<InputException>(() => TestEngine.Loader.Parse("draft.md", "---\ndate: 2025-04-14\n\nPresident Hassan Rouhani spoke.\n"u8.ToArray(), null, DateOnly.Parse("2025-01-01")));
        Assert.Equal(1, e.Line);
        Assert.Contains("never closed", e.Message);
        e = Assert.Throws<InputException>(() => TestEngine.Loader.Parse("draft.md", "---\ntitle: Talks\ndate: 2025-04-14\n\nText.\n"u8.ToArray(), null, DateOnly.Parse("2025-01-01")));
        Assert.Contains("never closed", e.Message);
        // A rule followed by prose is no front matter.
        TestEngine.Loader.Parse("draft.md", "---\nNote: the talks resumed.\n\nDate: unknown.\n"u8.ToArray(), null, DateOnly.Parse("2025-01-01"));
    }

    [Fact]
    public void A_byte_that_is_not_utf8_is_placed_on_its_line()
    {
        var e = Assert.Throws<InputException>(() => TestEngine.Loader.Parse("bad.md", "Line one.\nCaf\u00e9"u8.ToArray()[..14].Concat(new byte[] { 0xE9, 0x0A }).ToArray(), null, DateOnly.Parse("2025-01-01")));
        Assert.Equal(2, e.Line);
        Assert.Contains("not valid UTF-8", e.Message);
    }

    [Fact]
    public void Line_map_gives_one_based_lines_and_columns_for_every_line_ending()
    {
        var map = new MediaReview.Text.LineMap("ab\ncd\r\nef\rgh");
        Assert.Equal(new MediaReview.Text.LinePosition(1, 1), map.GetPosition(0));
        Assert.Equal(new MediaReview.Text.LinePosition(2, 2), map.GetPosition(4));
        Assert.Equal(new MediaReview.Text.LinePosition(3, 1), map.GetPosition(7));
        Assert.Equal(new MediaReview.Text.LinePosition(4, 2), map.GetPosition(11));
        Assert.Equal("cd", map.GetLineText(2));
    }

    /// <summary>"~" stands for elided markup in the prose.</summary>
    [Theory]
    [InlineData("Ali Khamenei", "Ali Khamenei")]
    [InlineData("Ali  Khamenei", "Ali Khamenei")]
    [InlineData("Ali\nKhamenei", "Ali Khamenei")]
    [InlineData("Ali\r\n\tKhamenei", "Ali Khamenei")]
    [InlineData("Ali\u00A0Khamenei", "Ali Khamenei")]
    [InlineData("  Ali Khamenei ", "Ali Khamenei")]
    [InlineData("Rouh~~~ani", "Rouhani")]
    [InlineData("x", "x")]
    public void A_span_reads_on_one_line_with_single_spaces_and_without_markup(string prose, string readable)
    {
        prose = prose.Replace('~', MediaReview.Claims.Tokenizer.Elided);
        var text = prose.Replace(MediaReview.Claims.Tokenizer.Elided, '*');
        var doc = new Document("draft.md", text, DocumentKind.Markdown, prose, [], new DateOnly(2025, 1, 1), DateSource.Today);
        Assert.Equal(readable, doc.ReadableText(new MediaReview.Text.TextSpan(0, prose.Length)));
    }

    [Fact]
    public void A_span_outside_the_prose_reads_as_its_source()
    {
        const string text = "---\ntitle:  Talks\n---";
        var doc = new Document("draft.md", text, DocumentKind.Markdown, new string(' ', text.Length), [], new DateOnly(2025, 1, 1), DateSource.Today);
        Assert.Equal("--- title: Talks ---", doc.ReadableText(new MediaReview.Text.TextSpan(0, text.Length)));
    }
}
