using System.Text.RegularExpressions;
using MediaReview.Text;

namespace MediaReview.Documents;

public enum PagePartKind
{
    /// <summary>Not checked at all: forms, buttons, reader comments, the site's footer.</summary>
    Skipped,

    /// <summary>Checked, but not the article: teasers of other stories, author bios, captions after the article's end.</summary>
    Outside,
}

/// <summary>A stretch of a page that is not the article's prose, and what it is ("reader comments").</summary>
public sealed record PagePart(TextSpan Span, PagePartKind Kind, string Description);

/// <summary>
/// Finds the page furniture in a plain-text dump of a web page: a line at a time, since a dump keeps
/// each element of the page on its own line. Whole lines only are matched, so a sentence in the
/// article that mentions a subscription or comments is never mistaken for furniture.
/// <list type="bullet">
/// <item>Furniture lines anywhere ("Subscribe", "8 min read", "View All", "© 2026 …") are skipped.</item>
/// <item>Reader comments, from a header such as "17 Comments" to "Leave A Reply" (or the end), are skipped.</item>
/// <item>After the reply form or a copyright line, the rest of the page is the site's footer and is skipped.</item>
/// <item>After the article ends (a disclaimer, "Related", "More from …", "View All", "About the author"),
/// the rest is checked but its findings are marked as outside the article.</item>
/// </list>
/// </summary>
public static partial class PageFurniture
{
    /// <summary>The description of a skipped furniture line; the report counts these lines instead of listing them.</summary>
    public const string Furniture = "page furniture";

    /// <summary>Lines after which the article is over: what follows is about other pages. They are furniture too.</summary>
    private const string EndMarkers = """
        view\s+all | related(?:\s+(?:articles|posts|stories|content|coverage))? | recommended(?:\s+for\s+you)? | you\s+may\s+also\s+like
      | more\s+from\s+.{1,40} | read\s+next | up\s+next | about\s+the\s+authors? | most\s+(?:read|popular|viewed)
      | (?:the\s+)?(?:views|opinions)\s+(?:represented|expressed)\s+(?:herein|here|in\s+this\s+\w+)\b.*
      """;

    /// <summary>A copyright line: the site's footer starts here.</summary>
    private const string CopyrightMarkers = """(?:©|copyright\b|\(c\)\s*\d{4}).* | .*\ball\s+rights\s+reserved\.?""";

    [GeneratedRegex("""
        ^(?:
            "?\*"?\s*indicates\s+required\s+fields
          | subscribe(?:\s+now)? | sign\s+up(?:\s+now)? | sign\s+in | log\s+in | register | menu | search | close
          | share(?:\s+this(?:\s+(?:article|story|post|page))?)?(?:\s+on\s+\w+)? | tweet | print | e-?mail | copy\s+link | whatsapp | facebook | linkedin | telegram | x
          | listen\s+to\s+(?:the|this)\s+article | skip\s+to\s+(?:main\s+)?content | advertisement | sponsored(?:\s+content)?
          | load\s+more | show\s+more | see\s+all | read\s+more | continue\s+reading | back\s+to\s+top
          | subscription\s+settings | newsletter | follow\s+us | latest | trending
          | (?:tags|topics|filed\s+under|categories)\s*:.*
          | \d+\s+min(?:ute)?s?\s+read | \d{1,2}:\d{2}(?::\d{2})?
          | this\s+field\s+is\s+for\s+validation\s+purposes.* | by\s+(?:subscribing|signing\s+up|clicking).*
          | privacy\s+policy | terms\s+(?:of\s+(?:use|service)|and\s+conditions) | cookie\s+(?:policy|settings|preferences) | contact\s+us | about\s+us
          | 
        """ + CopyrightMarkers + " | " + EndMarkers + ")$", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureLine();

    [GeneratedRegex("^(?:" + EndMarkers + ")$", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleEnd();

    [GeneratedRegex("""^(?:(?:\d+|no|one)\s+(?:comments?|responses?|replies|thoughts\s+on\s+.+)|(?:comments?|join\s+the\s+(?:discussion|conversation)|(?:show|view)\s+(?:all\s+)?comments|reader\s+comments)(?:\s*\(\d+\))?)$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeader();

    [GeneratedRegex("""^(?:leave\s+(?:a|your)\s+(?:reply|comment)|post\s+(?:a\s+)?comment|add\s+(?:a\s+)?comment|cancel\s+reply|submit\s+(?:a\s+)?comment)$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyForm();

    [GeneratedRegex("^(?:" + CopyrightMarkers + ")$", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    /// <summary>A paragraph this long means the article has begun; end markers before it are the page's header.</summary>
    private const int ArticleParagraph = 120;

    [GeneratedRegex("""^(?:(?:subscribe|sign\s+up)\s+(?:to|for)\s+.{0,40}\bnewsletters?|.{0,40}\bnewsletters?|get\s+(?:our|the)\s+.{0,30}\bin\s+your\s+inbox)$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterHeading();

    [GeneratedRegex("""^(?:sign\s+(?:me\s+)?up|subscribe(?:\s+now)?|submit|join(?:\s+now)?|by\s+(?:subscribing|signing\s+up|clicking).*)$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterEnd();

    [GeneratedRegex("""^(?:(?:show|load|view)\s+(?:more|all|older|newer)\s+comments|(?:post|submit)\s+(?:a\s+)?(?:comment|reply))$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsEnd();

    /// <summary>Headers of teaser lists that sites put above an article too: "Trending", "Most Read", "Top Stories".</summary>
    [GeneratedRegex("""^(?:trending(?:\s+now)?|most\s+(?:read|popular|viewed)|top\s+stories|latest(?:\s+news)?|popular|recommended|related|editor'?s\s+picks?)$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserHeader();

    [GeneratedRegex(@"^by\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    private enum Zone { Article, Outside, Comments, ReplyForm, Footer }

    /// <summary>A reply form runs to its submit button, or at most this many lines (the page may end with it).</summary>
    private const int ReplyFormLines = 12;

    /// <summary>
    /// The prose of the text with furniture, comments and footer blanked out (offsets kept), and the page
    /// parts found. A text with none of these comes back unchanged with no parts.
    /// </summary>
    public static (string Prose, IReadOnlyList<PagePart> Parts) Analyze(string text)
    {
        var lines = new List<(TextSpan Span, string Text)>();
        var map = new LineMap(text);
        for (var n = 1; n <= map.LineCount; n++)
        {
            var (start, length) = map.GetLineSpan(n);
            var line = text.AsSpan(start, length);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty) continue;
            var lineStart = start + (line.Length - line.TrimStart().Length);
            lines.Add((new TextSpan(lineStart, trimmed.Length), trimmed.ToString()));
        }
        var parts = new List<PagePart>();
        char[]? prose = null;
        var zone = Zone.Article;
        var started = false;
        var formLines = 0;
        var newsletterEnd = -1;
        var teaserEnd = -1;
        var openOutside = -1; // the related-content part furniture lines do not interrupt
        for (var n = 0; n < lines.Count; n++)
        {
            var (span, trimmed) = lines[n];
            string? skipped = null;
            if (n <= teaserEnd)
            {
                // Teasers above the headline: checked, and marked as not the article.
                if (!FurnitureLine().IsMatch(trimmed)) parts.Add(new PagePart(span, PagePartKind.Outside, "teasers above the article"));
                else skipped = Furniture;
            }
            else if (n <= newsletterEnd) skipped = "a newsletter sign-up form";
            else if (zone == Zone.Footer) skipped = "the site's footer";
            else if (zone == Zone.Comments)
            {
                if (ReplyForm().IsMatch(trimmed)) { zone = Zone.ReplyForm; formLines = 0; skipped = "the comment form"; }
                else if (CommentsEnd().IsMatch(trimmed)) { zone = Zone.Outside; skipped = "reader comments"; }
                else skipped = "reader comments";
            }
            else if (zone == Zone.ReplyForm && !ArticleEnd().IsMatch(trimmed) && !Copyright().IsMatch(trimmed))
            {
                skipped = "the comment form";
                if (CommentsEnd().IsMatch(trimmed) || ++formLines >= ReplyFormLines) zone = Zone.Outside;
            }
            else if (CommentsHeader().IsMatch(trimmed)) { zone = Zone.Comments; skipped = "reader comments"; }
            else if (ReplyForm().IsMatch(trimmed)) { zone = Zone.ReplyForm; formLines = 0; skipped = "the comment form"; }
            else if (Copyright().IsMatch(trimmed)) { zone = Zone.Footer; skipped = "the site's footer"; }
            else if (trimmed.Length <= 60 && NewsletterHeading().IsMatch(trimmed) && NewsletterClosing(lines, n) is { } close)
            {
                // "Subscribe to our newsletter", its pitch, the e-mail field and "Sign up": a form, wherever it stands.
                newsletterEnd = close;
                skipped = "a newsletter sign-up form";
            }
            else if (!started && zone == Zone.Article && TeaserHeader().IsMatch(trimmed) && TeasersAbove(lines, n) is { } lastTeaser)
            {
                teaserEnd = lastTeaser;
                skipped = Furniture;
            }
            else
            {
                if (zone == Zone.ReplyForm) zone = Zone.Outside;
                if (started && zone == Zone.Article && ArticleEnd().IsMatch(trimmed)) zone = Zone.Outside;
                if (FurnitureLine().IsMatch(trimmed)) skipped = Furniture;
                else if (zone == Zone.Outside)
                {
                    if (openOutside >= 0) parts[openOutside] = parts[openOutside] with { Span = TextSpan.FromBounds(parts[openOutside].Span.Start, span.End) };
                    else { openOutside = parts.Count; parts.Add(new PagePart(span, PagePartKind.Outside, "related content after the article")); }
                }
                else if (trimmed.Length >= ArticleParagraph) started = true;
            }
            if (skipped is null) continue;
            if (skipped != Furniture) openOutside = -1;
            prose ??= text.ToCharArray();
            for (var i = span.Start; i < span.End; i++)
            {
                if (!char.IsWhiteSpace(prose[i])) prose[i] = ' ';
            }
            // Skipped lines with only blank lines between them are one part.
            if (parts.Count > 0 && parts[^1] is { Kind: PagePartKind.Skipped } last && last.Description == skipped
                && text.AsSpan(last.Span.End, span.Start - last.Span.End).IsWhiteSpace())
                parts[^1] = last with { Span = TextSpan.FromBounds(last.Span.Start, span.End) };
            else
                parts.Add(new PagePart(span, PagePartKind.Skipped, skipped));
        }
        parts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (prose is null ? text : new string(prose), parts);
    }

    /// <summary>
    /// The last teaser under a header above the article: the short lines up to the headline, which is the line
    /// before the byline ("By …") or before the first paragraph. Null when that is not the shape of the page.
    /// </summary>
    private static int? TeasersAbove(List<(TextSpan Span, string Text)> lines, int n)
    {
        for (var k = n + 1; k < lines.Count && k <= n + 12; k++)
        {
            var text = lines[k].Text;
            if (Byline().IsMatch(text) && text.Length <= 60 || text.Length >= ArticleParagraph) return k - 2 > n ? k - 2 : null;
            if (text.Length > 100) return null;
        }
        return null;
    }

    /// <summary>The line that closes a newsletter form opened at line n ("Sign up", "By subscribing …"), within six lines.</summary>
    private static int? NewsletterClosing(List<(TextSpan Span, string Text)> lines, int n)
    {
        int? close = null;
        for (var k = n + 1; k < lines.Count && k <= n + 6; k++)
        {
            if (NewsletterEnd().IsMatch(lines[k].Text)) close = k;
            else if (close is not null) break;
        }
        return close;
    }
}
