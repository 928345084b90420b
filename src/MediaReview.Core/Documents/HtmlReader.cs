using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MediaReview.Claims;
using MediaReview.Text;

namespace MediaReview.Documents;

/// <summary>
/// HTML via AngleSharp. Only the article's prose is checked: the page's &lt;article&gt; (the one with the
/// most text), else &lt;main&gt;, else the body; never navigation, headers and footers outside the article,
/// asides, forms, scripts, styles, code, reader comments, or blocks whose class or id marks them as
/// sharing, newsletter, related-content or advertising furniture. Spans point into the HTML source:
/// AngleSharp gives each element's source position, and the text between is aligned with the source,
/// entities included ("&amp;rsquo;" keeps its place; the tokenizer reads it as one character).
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "form", "button", "select", "textarea", "iframe",
        "object", "embed", "canvas", "dialog", "menu", "code", "pre", "kbd", "samp", "var", "head", "title", "marquee",
    };

    /// <summary>Outside the article these are page furniture; inside it, a header holds the headline.</summary>
    private static readonly HashSet<string> FurnitureOutsideArticle = new(StringComparer.OrdinalIgnoreCase) { "header", "footer" };

    /// <summary>Elements whose text the tokenizer must not glue to their neighbours'.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "table", "thead", "tbody",
        "tfoot", "tr", "section", "article", "header", "footer", "figure", "figcaption", "main", "address", "hr", "caption", "details",
        "summary", "body", "html", "br",
    };

    /// <summary>Separate words without separating regions: table cells of one row, images. (A line break ends a region: "BAGHDAD, Iraq&lt;br&gt;President …" is two lines.)</summary>
    private static readonly HashSet<string> Separators = new(StringComparer.OrdinalIgnoreCase) { "td", "th", "img" };

    /// <summary>Class or id words that mark furniture: "share-bar", "newsletter-signup", "related-stories", "comments".</summary>
    private static readonly string[] FurnitureMarks =
    [
        "comment", "share", "social", "related", "newsletter", "subscribe", "promo", "advert", "sponsor", "cookie", "breadcrumb",
        "sidebar", "footer", "navbar", "menu", "paywall", "signup", "sign-up", "recommend", "trending", "most-read", "popular",
        // Blocks inside many articles that are not the article: post lists, author boxes, tag lists, embedded posts, tickers, polls.
        "latest-posts", "more-stories", "author-box", "author-bio", "about-author", "sabox", "post-tags", "tag-list", "tags-links",
        "twitter-tweet", "instagram-media", "tiktok-embed", "ticker", "poll", "mc4wp", "disqus", "also-read", "read-more", "readmore",
        // Site navigation and teaser columns of pages without an <article>: "leftnav", "navbox", "morestories", "mostread".
        "nav", "morestories", "mostread", "rightcol", "right-col", "leftcol", "left-col",
    ];

    public DocumentKind Kind => DocumentKind.Html;

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ReadResult Read(string path, string text)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(text);
        var prose = new char[text.Length];
        ProseMask.Blank(text, prose);

        var root = ArticleRoot(document);
        var walker = new Walker(text, prose, root);
        if (root is not null) walker.WalkRoot(root);
        var regions = walker.Finish();
        return new ReadResult(new string(prose), regions, PublishedDate(document, root));
    }

    /// <summary>
    /// The page's publication date: the meta tags news sites write ("article:published_time", "datePublished"),
    /// else the JSON-LD "datePublished", else the first &lt;time datetime&gt; of the article marked as published (or the only one).
    /// </summary>
    private static DateOnly? PublishedDate(AngleSharp.Html.Dom.IHtmlDocument document, IElement? root)
    {
        var meta = document.QuerySelector("meta[property='article:published_time'], meta[itemprop='datePublished'], meta[name='date'], meta[name='pubdate']")
            ?.GetAttribute("content");
        if (IsoDate(meta) is { } fromMeta) return fromMeta;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var match = JsonLdPublished().Match(script.TextContent);
            if (match.Success && IsoDate(match.Groups[1].Value) is { } fromJsonLd) return fromJsonLd;
        }
        var times = (root ?? document.DocumentElement).QuerySelectorAll("time[datetime]").ToList();
        var published = times.FirstOrDefault(t => t.HasAttribute("pubdate") || (t.ClassName ?? "").Contains("publish", StringComparison.OrdinalIgnoreCase)
            || (t.GetAttribute("itemprop") ?? "") == "datePublished");
        return IsoDate((published ?? (times.Count == 1 ? times[0] : null))?.GetAttribute("datetime"));
    }

    private static DateOnly? IsoDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date) && date.Year is >= 1800 and <= 2100 ? date : null;

    [System.Text.RegularExpressions.GeneratedRegex("\"datePublished\"\\s*:\\s*\"([0-9]{4}-[0-9]{2}-[0-9]{2})")]
    private static partial System.Text.RegularExpressions.Regex JsonLdPublished();

    /// <summary>The element holding the article: the &lt;article&gt; with the most text, else &lt;main&gt;, else the body.</summary>
    private static IElement? ArticleRoot(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var article = document.QuerySelectorAll("article, [itemprop=articleBody]")
            .Where(e => !IsFurniture(e))
            .OrderByDescending(e => e.QuerySelectorAll("p").Sum(p => p.TextContent.Length))
            .FirstOrDefault();
        return article ?? document.QuerySelector("main") ?? document.Body;
    }

    private static bool IsFurniture(IElement e)
    {
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        var marks = (e.ClassName ?? "") + " " + e.Id;
        if (marks.Length <= 1) return false;
        foreach (var mark in FurnitureMarks)
        {
            if (marks.Contains(mark, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Walks the DOM in source order, keeping a cursor in the source to place each text node. Without a prose
    /// array it only moves the cursor (to step over an element that is not read).
    /// </summary>
    private sealed class Walker(string source, char[]? prose, IElement? root)
    {
        private readonly List<TextSpan> _regions = [];
        private int _cursor;
        private int _regionStart = -1;
        private int _regionEnd = -1;
        private int _lastMapped = -1;
        private bool _separate;

        /// <summary>Walks the article's root from its own start tag: text right inside it ("&lt;div itemprop=articleBody&gt;President …") is placed after it, not looked for from the top of the page.</summary>
        public void WalkRoot(IElement root)
        {
            if (root.SourceReference is { } reference && reference.Position.Index >= _cursor) _cursor = EndOfTag(reference.Position.Index);
            Walk(root);
        }

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IElement element:
                        Element(element);
                        break;
                    case IComment:
                        _cursor = PastComment(_cursor);
                        _separate = true;
                        break;
                    case IText textNode:
                        Text(textNode.Data);
                        break;
                }
            }
        }

        private void Element(IElement element)
        {
            var name = element.LocalName;
            if (element.SourceReference is { } reference && reference.Position.Index >= _cursor)
            {
                _cursor = reference.Position.Index;
                _cursor = EndOfTag(_cursor);
            }
            var skip = Skipped.Contains(name) || IsFurniture(element)
                || FurnitureOutsideArticle.Contains(name) && !IsInsideRoot(element);
            if (skip)
            {
                SkipPast(element);
                Break();
                return;
            }
            var block = Blocks.Contains(name);
            if (block) Break();
            if (Separators.Contains(name)) _separate = true;
            Walk(element);
            if (block) Break();
            if (Separators.Contains(name)) _separate = true;
        }

        private bool IsInsideRoot(IElement element) => root is not null && root != element && root.Contains(element) && root.LocalName != "body";

        /// <summary>Moves the cursor past an element not read: to its end tag for raw text, else to where its last text ends.</summary>
        private void SkipPast(IElement element)
        {
            if (element.LocalName is "script" or "style" or "textarea" or "title" or "noscript" or "template" or "iframe" or "xmp")
            {
                // Its end tag: the name, then a space, "/" or ">" ("</scripts>" in a script's string is not one).
                var end = "</" + element.LocalName;
                for (var close = source.IndexOf(end, _cursor, StringComparison.OrdinalIgnoreCase); close >= 0;
                     close = source.IndexOf(end, close + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var after = close + end.Length;
                    if (after >= source.Length || char.IsWhiteSpace(source[after]) || source[after] is '/' or '>')
                    {
                        _cursor = EndOfTag(close);
                        break;
                    }
                }
                return;
            }
            // Other elements: align their text silently so the cursor ends after them.
            var probe = new Walker(source, null, root) { _cursor = _cursor };
            probe.Walk(element);
            _cursor = Math.Max(_cursor, probe._cursor);
        }

        private void Break()
        {
            if (_regionStart >= 0 && _regionEnd > _regionStart) _regions.Add(TextSpan.FromBounds(_regionStart, _regionEnd));
            _regionStart = -1;
            _regionEnd = -1;
            _lastMapped = -1;
            _separate = false;
        }

        /// <summary>Places a text node in the source from the cursor; a node that cannot be aligned is left out.</summary>
        private void Text(string data)
        {
            var p = _cursor;
            // Markup the DOM dropped (stray end tags, processing instructions) may stand before the text.
            while (IsMarkupStart(p)) p = PastMarkup(p);
            var map = new List<(int Offset, int Length, char Char)>(data.Length);
            var k = 0;
            while (k < data.Length)
            {
                if (p >= source.Length) return;
                var c = source[p];
                var d = data[k];
                if (c == '\r' && d == '\n')
                {
                    // A CRLF keeps both characters in the prose, as a line break and nothing elided.
                    var length = p + 1 < source.Length && source[p + 1] == '\n' ? 2 : 1;
                    if (length == 2) map.Add((p, 1, '\r'));
                    map.Add((p + length - 1, 1, '\n'));
                    p += length;
                    k++;
                    continue;
                }
                // A character reference the parser decoded: "&rsquo;", "&#146;" (read as ’, as browsers do), "&amp"
                // without its semicolon, "&#x1F600;" (two UTF-16 characters). The DOM says what it decoded to;
                // the source only has to say where it ends. A lone "&", or an unknown "&name;", is itself.
                if (c == '&' && !LiteralAmpersand(p, data, k))
                {
                    if (Reference(p, data, k) is not var (length, decoded)) return;
                    // The decoded characters (one, or two: a surrogate pair or a base and a combining mark) take the reference's last places.
                    if (decoded == 2)
                    {
                        map.Add((p, length - 1, d));
                        map.Add((p + length - 1, 1, data[k + 1]));
                    }
                    else
                    {
                        map.Add((p, length, d));
                    }
                    k += decoded;
                    p += length;
                    continue;
                }
                // Markup the DOM dropped inside the text (a stray "</span>" in "Hassan </span>Rouhani"): stepped over.
                if (c != d && IsMarkupStart(p))
                {
                    p = PastMarkup(p);
                    continue;
                }
                if (c != d) return;
                map.Add((p, 1, d));
                p++;
                k++;
            }
            _cursor = p;
            if (prose is null) return;
            if (string.IsNullOrWhiteSpace(data)) { _separate = true; return; }
            foreach (var (offset, length, ch) in map)
            {
                // An entity's character takes its last place, the rest are elided: "Trump&rsquo;s" reads "Trump’s".
                for (var i = offset; i < offset + length - 1; i++) prose[i] = Tokenizer.Elided;
                var at = offset + length - 1;
                // A line break keeps its own character (CR or LF); one written as a reference ("&#10;") reads as LF.
                prose[at] = ch == '\n' && length == 1 ? source[at] : ch;
                if (char.IsWhiteSpace(ch))
                {
                    _separate = true;
                    continue;
                }
                if (_regionStart < 0) _regionStart = offset;
                // Inline markup between two pieces of text ("<a>Trump</a>’s") is elided, line breaks inside its tags too
                // ("min<a\nhref=…>ister"); a cell or line break separates.
                else if (_lastMapped >= 0 && !_separate)
                {
                    for (var i = _lastMapped + 1; i < offset; i++)
                    {
                        if (prose[i] is ' ' or '\n' or '\r') prose[i] = Tokenizer.Elided;
                    }
                }
                _separate = false;
                _lastMapped = at;
                _regionEnd = at + 1;
            }
        }

        /// <summary>The "&" at p stands for itself in the DOM text ("Q&A", "AT&T", an unknown "&name;" kept as written).</summary>
        private bool LiteralAmpersand(int p, string data, int k)
        {
            if (data[k] != '&') return false;
            var i = 1;
            while (p + i < source.Length && (char.IsAsciiLetterOrDigit(source[p + i]) || source[p + i] == '#')) i++;
            if (p + i < source.Length && source[p + i] == ';')
            {
                i++;
                // A known reference is always decoded, even where the text goes on as if it were not: "&amp;amp;" is "&amp;".
                if (System.Net.WebUtility.HtmlDecode(source.Substring(p, i)).Length < i) return false;
            }
            return k + i <= data.Length && string.CompareOrdinal(source, p, data, k, i) == 0;
        }

        /// <summary>
        /// Where the character reference at p ends in the source, and how many characters of data[k..] it decoded to
        /// (1, or 2 for a surrogate pair or a base with a combining mark): up to its ";", or, without one (or when the
        /// parser matched a shorter legacy name such as "&not" in "&notin;"), the length that keeps the source in step with the text.
        /// </summary>
        private (int Length, int Decoded)? Reference(int p, string data, int k)
        {
            var end = Math.Min(source.Length, p + 40);
            var i = p + 1;
            while (i < end && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '#')) i++;
            if (i == p + 1) return null;
            var lengths = new List<int>(i - p);
            if (i < source.Length && source[i] == ';') lengths.Add(i - p + 1);
            for (var length = i - p; length >= 2; length--) lengths.Add(length);
            // A surrogate pair is two characters; otherwise one, unless only two keep the text in step. The first pass
            // wants the text to go on as the source does ("&copy2024" is "&copy" and "2024", not "&copy20" and "24");
            // the second takes any length after which markup or another reference follows.
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var decoded in char.IsHighSurrogate(data[k]) ? (ReadOnlySpan<int>)[2, 1] : [1, 2])
                {
                    if (k + decoded > data.Length) continue;
                    var next = k + decoded;
                    foreach (var length in lengths)
                    {
                        if (length >= decoded && InStep(data, p + length, next, lenient: pass == 1)) return (length, decoded);
                    }
                }
            }
            return null;
        }

        /// <summary>
        /// Whether the source from <paramref name="s"/> reads as the text from <paramref name="n"/>: the text ends, or
        /// the next characters agree (a CR of the source is the parser's line feed) up to markup, another reference or
        /// sixteen characters. Markup right after the reference while the text goes on counts only when lenient: the
        /// text node would have ended there, unless the parser dropped that markup.
        /// </summary>
        private bool InStep(string data, int s, int n, bool lenient)
        {
            for (var m = 0; m < 16; m++, s++, n++)
            {
                if (n >= data.Length || s >= source.Length) return n >= data.Length || lenient;
                var c = source[s];
                if (c == '&') return true;
                if (c == '<') return m > 0 || lenient;
                if (c == '\r' && data[n] == '\n')
                {
                    if (s + 1 < source.Length && source[s + 1] == '\n') s++;
                    continue;
                }
                if (c != data[n]) return false;
            }
            return true;
        }

        /// <summary>A "&lt;" that starts a tag, an end tag, a comment or a processing instruction, as the parser reads it.</summary>
        private bool IsMarkupStart(int p) => p + 1 < source.Length && source[p] == '<' && (char.IsLetter(source[p + 1]) || source[p + 1] is '/' or '!' or '?');

        /// <summary>Past the tag or "&lt;!--" comment at <paramref name="p"/>.</summary>
        private int PastMarkup(int p) => source.AsSpan(p).StartsWith("<!--") ? CommentEnd(p) : EndOfTag(p);

        /// <summary>Past the tag at <paramref name="p"/>: its "&gt;", outside quoted attribute values. A quote opens a value
        /// only as the first character after "=" (`title=Rouhani's` is unquoted, and its apostrophe is just a character).</summary>
        private int EndOfTag(int p)
        {
            char quote = '\0';
            var valueStarts = false;
            for (var i = p + 1; i < source.Length; i++)
            {
                var c = source[i];
                if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
                if (c == '>') return i + 1;
                if (valueStarts && char.IsWhiteSpace(c)) continue;
                if (valueStarts && c is '"' or '\'') quote = c;
                valueStarts = c == '=';
            }
            return source.Length;
        }

        /// <summary>
        /// The end of the comment at <paramref name="p"/> as the parser reads it: "&lt;!-- … --&gt;" (or "--!&gt;", or
        /// closed at once as "&lt;!--&gt;" and "&lt;!---&gt;"), else a bogus comment ("&lt;?xml …&gt;", "&lt;!x&gt;",
        /// "&lt;/ x&gt;") up to the first "&gt;".
        /// </summary>
        private int CommentEnd(int p)
        {
            var rest = source.AsSpan(p);
            if (!rest.StartsWith("<!--")) return source.IndexOf('>', p + 1) is var gt and >= 0 ? gt + 1 : source.Length;
            if (rest[4..].StartsWith(">")) return p + 5;
            if (rest[4..].StartsWith("->")) return p + 6;
            for (var dashes = source.IndexOf("--", p + 4, StringComparison.Ordinal); dashes >= 0; dashes = source.IndexOf("--", dashes + 1, StringComparison.Ordinal))
            {
                if (dashes + 2 < source.Length && source[dashes + 2] == '>') return dashes + 3;
                if (source.AsSpan(dashes + 2).StartsWith("!>")) return dashes + 4;
            }
            return source.Length;
        }

        /// <summary>Past the comment the walk has come to: at the cursor after any end tags the parser dropped, else the next "&lt;!--".</summary>
        private int PastComment(int p)
        {
            while (p + 2 < source.Length && source[p] == '<' && source[p + 1] == '/' && char.IsLetter(source[p + 2])) p = EndOfTag(p);
            if (p + 1 < source.Length && source[p] == '<' && source[p + 1] is '!' or '?' or '/') return CommentEnd(p);
            var open = source.IndexOf("<!--", p, StringComparison.Ordinal);
            return open < 0 ? p : CommentEnd(open);
        }

        public List<TextSpan> Finish()
        {
            Break();
            return _regions;
        }
    }
}
