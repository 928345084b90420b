using MediaReview.Text;

namespace MediaReview.Documents;

public enum DocumentKind { Markdown, PlainText, Html }

/// <summary>Where the draft's date came from.</summary>
public enum DateSource { FrontMatter, Option, Today }

/// <summary>
/// A draft as read: the original text (every span points into it), a copy of it in which everything
/// that is not prose is blanked out with spaces (offsets unchanged), and the prose regions (blocks)
/// that claims are looked for in.
/// </summary>
public sealed class Document
{
    public Document(string path, string text, DocumentKind kind, string prose, IReadOnlyList<TextSpan> regions,
        DateOnly date, DateSource dateSource, IReadOnlyList<PagePart>? parts = null)
    {
        if (prose.Length != text.Length) throw new ArgumentException("The prose mask must keep every offset.", nameof(prose));
        Path = path;
        Text = text;
        Kind = kind;
        Prose = prose;
        Regions = regions;
        Date = date;
        DateSource = dateSource;
        Lines = new LineMap(text);
        Parts = parts ?? [];
    }

    /// <summary>Parts of a web page that are not the article: skipped (comments, furniture) or checked and marked as outside it.</summary>
    public IReadOnlyList<PagePart> Parts { get; }

    /// <summary>The part outside the article that holds the offset, if any.</summary>
    public PagePart? OutsideArticle(int offset)
    {
        foreach (var part in Parts)
        {
            if (part.Kind == PagePartKind.Outside && part.Span.Start <= offset && offset < part.Span.End) return part;
        }
        return null;
    }

    /// <summary>
    /// The text of a span as a reader sees it, for reports: markup left out, character references decoded, white
    /// space collapsed ("Vice&lt;/b&gt; President" reads "Vice President"; a line break reads as a space). A span
    /// outside the prose is its source text, white space collapsed.
    /// </summary>
    public string ReadableText(TextSpan span)
    {
        // Most claims quote plain words, which read as they are (and cost one string).
        if (IsPlain(Prose.AsSpan(span.Start, span.Length))) return Prose.Substring(span.Start, span.Length);
        var prose = Prose.Substring(span.Start, span.Length);
        if (prose.Contains(Claims.Tokenizer.Elided)) prose = prose.Replace(Claims.Tokenizer.Elided.ToString(), "");
        var readable = MediaReview.Text.Whitespace.Collapse(prose);
        // A span outside the prose (front matter, a title in markup) reads as its source.
        return readable.Length > 0 ? readable : MediaReview.Text.Whitespace.Collapse(Text.Substring(span.Start, span.Length));
    }

    /// <summary>Prose that collapsing white space and leaving out elided markup would not change.</summary>
    private static bool IsPlain(ReadOnlySpan<char> prose)
    {
        if (prose.IsEmpty || prose[0] == ' ' || prose[^1] == ' ') return false;
        for (var i = 0; i < prose.Length; i++)
        {
            var c = prose[i];
            if (c == ' ' ? prose[i - 1] == ' ' : c == Claims.Tokenizer.Elided || char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    /// <summary>The path as the user gave it (or as found under a folder they gave).</summary>
    public string Path { get; }

    /// <summary>The original text, exactly as read (BOM removed).</summary>
    public string Text { get; }

    public DocumentKind Kind { get; }

    /// <summary>The text with non-prose characters (markup, code, front matter, comments, URLs) replaced by spaces.</summary>
    public string Prose { get; }

    /// <summary>Blocks of prose (paragraphs, headings, list items); a claim never spans two of them.</summary>
    public IReadOnlyList<TextSpan> Regions { get; }

    /// <summary>The date the draft is written on: what "current" means for its claims.</summary>
    public DateOnly Date { get; }

    public DateSource DateSource { get; }

    public LineMap Lines { get; }

    /// <summary>"frontMatter", "option" or "today", as JSON and SARIF reports write it.</summary>
    public string DateSourceKey => DateSource switch
    {
        DateSource.FrontMatter => "frontMatter",
        DateSource.Option => "option",
        _ => "today",
    };

    public string DateSourceDescription => DateSource switch
    {
        DateSource.FrontMatter => Kind == DocumentKind.Html ? "the page's published date" : "front matter",
        DateSource.Option => "--date",
        _ => "today",
    };
}
