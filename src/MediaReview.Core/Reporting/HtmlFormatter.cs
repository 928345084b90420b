using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using MediaReview.Checking;
using MediaReview.Claims;
using MediaReview.Documents;
using MediaReview.Text;

namespace MediaReview.Reporting;

/// <summary>
/// One self-contained HTML page for a fact-checker (inline CSS and script, nothing fetched): a summary of
/// the run, then each draft's prose with every finding highlighted where it stands (hover, click or focus a
/// highlight for the rule, the message, the confidence and the suggested correction), filters by severity,
/// and a list of the findings that jumps to each one. Every character of a draft is escaped, and a
/// Content-Security-Policy lets only the page's own style and script (by hash) run. The same report gives
/// the same bytes: no timestamps, ids from positions, invariant culture, "\n" line endings.
/// </summary>
public sealed partial class HtmlFormatter : IReportFormatter
{
    public string Name => "html";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string Css = Normalize(CssText);
    private static readonly string Script = Normalize(ScriptText);

    /// <summary>Only the page's own style and script may run, and nothing may be fetched.</summary>
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{Hash(Css)}'; script-src '{Hash(Script)}'; img-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Filter keys, most severe first: a highlight covering several findings is coloured as the first shown.</summary>
    private static readonly string[] Kinds = ["error", "warning", "suggestion", "silent", "suppressed"];

    /// <summary>The page opens with the summary of every draft, so the drafts are kept until the end.</summary>
    public IReportWriter Begin(Report run, TextWriter writer) => new Buffered(writer);

    private sealed class Buffered(TextWriter writer) : IReportWriter
    {
        private readonly List<FileResult> _files = [];

        public void Add(FileResult file) => _files.Add(file);

        public void End(Report run) => Render(run with { Files = _files }, writer);
    }

    private static void Render(Report report, TextWriter writer)
    {
        var h = new StringBuilder(64 * 1024);
        var title = report.Files.Count == 1 ? $"MediaReview report: {report.Files[0].Document.Path}" : $"MediaReview report: {TextFormatter.Plural(report.Files.Count, "draft")}";
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Encode(ContentSecurityPolicy)).Append("\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        h.Append("<meta name=\"generator\" content=\"").Append(Encode($"{ToolInfo.Name} {report.ToolVersion}")).Append("\">\n");
        h.Append("<title>").Append(Encode(title)).Append("</title>\n");
        h.Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n");

        WriteHeader(h, report);
        WriteToolbar(h, report);
        h.Append("<main>\n");
        WriteSummary(h, report);
        for (var i = 0; i < report.Files.Count; i++) WriteDraft(h, report.Files[i], $"d{i + 1}");
        h.Append("</main>\n");
        h.Append("<div id=\"pop\" class=\"pop\" role=\"tooltip\" hidden></div>\n");
        h.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        writer.Write(h.ToString());
    }

    private static void WriteHeader(StringBuilder h, Report report)
    {
        h.Append("<header class=\"top\">\n<h1>Fact-check report</h1>\n");
        h.Append("<p class=\"tool\">").Append(Encode($"{ToolInfo.Name} {report.ToolVersion}")).Append("</p>\n");
        h.Append("<p class=\"totals\">").Append(Encode(TextFormatter.Summary(report))).Append(".</p>\n");
        // What the run's exit code says: findings at the --fail-on level fail it, so does a draft below --min-score,
        // and so does a draft that could not be read.
        var failing = report.Totals.FailingFindings;
        var below = report.Totals.BelowMinScore;
        var reasons = new List<string>();
        if (failing > 0) reasons.Add($"{TextFormatter.Plural(failing, "standing finding")} at or above {report.FailOn.ToWord()}");
        if (below > 0) reasons.Add($"{TextFormatter.Plural(below, "draft")} below --min-score {report.MinScore}");
        if (report.Errors.Count > 0) reasons.Add($"{TextFormatter.Plural(report.Errors.Count, "draft")} could not be read");
        var (verdict, style) = reasons.Count > 0 ? ($"The check fails: {string.Join("; ", reasons)}.", "fail")
            : report.FailOn == Severity.None ? ("Findings do not fail the check (--fail-on none).", "neutral")
            : ($"The check passes: no standing finding at or above {report.FailOn.ToWord()}{(report.MinScore is { } min ? $" and no draft below --min-score {min}" : "")}.", "pass");
        h.Append("<p class=\"verdict ").Append(style).Append("\">").Append(Encode(verdict)).Append("</p>\n");
        h.Append("</header>\n");
    }

    /// <summary>Severity filters and the claim marks switch; hidden until the script runs, since only it can apply them.</summary>
    private static void WriteToolbar(StringBuilder h, Report report)
    {
        var counts = KindCounts(report.Findings);
        h.Append("<nav class=\"toolbar\" aria-label=\"Filters\" hidden>\n<span class=\"tl\">Show</span>\n");
        foreach (var kind in Kinds)
        {
            if (kind == "silent" && counts[kind] == 0) continue;
            h.Append("<label class=\"flt k-").Append(kind).Append("\"><input type=\"checkbox\" data-kind=\"").Append(kind).Append("\" checked> ")
                .Append(KindLabel(kind, plural: true)).Append(" <span class=\"n\">").Append(Number(counts[kind])).Append("</span></label>\n");
        }
        h.Append("<label class=\"flt claims\"><input type=\"checkbox\" id=\"show-claims\" checked> Claim verdicts</label>\n");
        h.Append("<span class=\"legend\" aria-hidden=\"true\"><span class=\"cl v-supported\">supported</span> <span class=\"cl v-contradicted\">contradicted</span> <span class=\"cl v-unverifiable\">unverifiable</span></span>\n");
        h.Append("</nav>\n");
    }

    private static void WriteSummary(StringBuilder h, Report report)
    {
        h.Append("<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
        if (report.Files.Count > 0)
        {
            h.Append("<div class=\"tablewrap\"><table>\n<thead><tr><th scope=\"col\">Draft</th><th scope=\"col\">Dated</th><th scope=\"col\" class=\"num\">Score</th>");
            h.Append("<th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\" class=\"num\">Supported</th><th scope=\"col\" class=\"num\">Contradicted</th><th scope=\"col\" class=\"num\">Unverifiable</th>");
            h.Append("<th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Suggestions</th><th scope=\"col\" class=\"num\">Suppressed</th></tr></thead>\n<tbody>\n");
            for (var i = 0; i < report.Files.Count; i++)
            {
                var file = report.Files[i];
                var d = file.Document;
                var score = file.Score;
                h.Append("<tr><th scope=\"row\"><a href=\"#d").Append(Number(i + 1)).Append("\">").Append(EncodePath(d.Path)).Append("</a></th>");
                h.Append("<td class=\"date\">").Append(Encode(Date(d.Date))).Append(" <span class=\"src\">").Append(Encode(d.DateSourceDescription)).Append("</span></td>");
                h.Append(score.Value is { } value
                    ? $"<td class=\"num score\">{Number(value)}<span class=\"of\">/100</span>{(report.IsBelowMinScore(file) ? " <span class=\"below\">below minimum</span>" : "")}</td>"
                    : "<td class=\"num score none\">not scored</td>");
                h.Append("<td class=\"num\">").Append(Number(score.Claims)).Append("</td><td class=\"num\">").Append(Number(score.Supported))
                    .Append("</td><td class=\"num\">").Append(Number(score.Contradicted)).Append("</td><td class=\"num\">").Append(Number(score.Unverifiable)).Append("</td>");
                foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Suggestion })
                    h.Append("<td class=\"num\">").Append(Number(file.Findings.Count(f => f.Severity == severity && !f.IsSuppressed))).Append("</td>");
                h.Append("<td class=\"num\">").Append(Number(file.Findings.Count(f => f.IsSuppressed))).Append("</td></tr>\n");
            }
            h.Append("</tbody>\n</table></div>\n");
            if (report.Totals.Unscored > 0)
                h.Append("<p class=\"note\">Not scored: nothing in the draft could be checked against the reference set. That is not the same as everything in it being right.</p>\n");
        }
        else
        {
            h.Append("<p>No draft was checked.</p>\n");
        }
        if (report.Errors.Count > 0)
        {
            h.Append("<h3>").Append(Encode(TextFormatter.Plural(report.Errors.Count, "draft"))).Append(" could not be read</h3>\n<ul class=\"errors\">\n");
            foreach (var e in report.Errors)
            {
                h.Append("<li>");
                if (e.Location is { } location) h.Append("<code>").Append(Encode(location)).Append("</code>: ");
                h.Append(Encode(e.Message)).Append("</li>\n");
            }
            h.Append("</ul>\n");
        }
        h.Append("</section>\n");
    }

    private static void WriteDraft(StringBuilder h, FileResult file, string id)
    {
        var d = file.Document;
        var score = file.Score;
        h.Append("<section class=\"draft\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n");
        h.Append("<h2 id=\"").Append(id).Append("-h\">").Append(EncodePath(d.Path)).Append("</h2>\n<p class=\"meta\">");
        h.Append("Dated ").Append(Encode(Date(d.Date))).Append(" (").Append(Encode(d.DateSourceDescription)).Append(") · ");
        h.Append(score.Value is { } value
            ? $"Score <b>{Number(value)}</b>/100"
            : "<b>Not scored</b>: nothing in the draft could be checked against the reference set");
        h.Append(" · ").Append(Encode(TextFormatter.Verdicts(score)));
        var standing = file.Findings.Where(f => !f.IsSuppressed).ToList();
        h.Append(" · ").Append(Encode(string.Join(", ",
            TextFormatter.Plural(standing.Count(f => f.Severity == Severity.Error), "error"),
            TextFormatter.Plural(standing.Count(f => f.Severity == Severity.Warning), "warning"),
            TextFormatter.Plural(standing.Count(f => f.Severity == Severity.Suggestion), "suggestion"))));
        var suppressed = file.Findings.Count(f => f.IsSuppressed);
        if (suppressed > 0) h.Append(Encode($", {Number(suppressed)} suppressed"));
        h.Append("</p>\n");
        WriteParts(h, d);

        var layout = Layout(file);
        h.Append("<div class=\"text\">\n");
        if (layout.Blocks.Count == 0) h.Append("<p class=\"empty\">No prose was found in this draft.</p>\n");
        string? part = null;
        foreach (var block in layout.Blocks)
        {
            var outside = d.OutsideArticle(block.Region.Start);
            if (outside?.Description != part)
            {
                part = outside?.Description;
                if (part is not null) h.Append("<p class=\"partnote\">Outside the article: ").Append(Encode(part)).Append("</p>\n");
            }
            WriteBlock(h, file, block, layout, id, outside is not null);
        }
        h.Append("</div>\n");

        var unplaced = Enumerable.Range(0, file.Findings.Count).Where(i => !layout.Placed[i]).ToList();
        if (unplaced.Count > 0)
        {
            h.Append("<div class=\"unplaced\">\n<h3>Not in the text above</h3>\n<p class=\"note\">These findings lie outside the prose shown (for example in a title or in markup).</p>\n<ul>\n");
            foreach (var i in unplaced)
            {
                var f = file.Findings[i];
                h.Append("<li class=\"ref\" data-f=\"").Append(FindingId(id, i)).Append("\" data-kind=\"").Append(Kind(f)).Append("\">");
                h.Append("<a href=\"#").Append(FindingId(id, i)).Append("\">").Append(Location(f)).Append("</a> ");
                h.Append("<span class=\"badge k-").Append(Kind(f)).Append("\">").Append(KindLabel(Kind(f), plural: false)).Append("</span> ");
                h.Append("<b>").Append(Encode(f.Id)).Append("</b> <q>").Append(Encode(d.ReadableText(f.Span))).Append("</q></li>\n");
            }
            h.Append("</ul>\n</div>\n");
        }

        h.Append("<h3 class=\"fh\">").Append(file.Findings.Count == 0 ? "No findings" : Encode($"Findings ({Number(file.Findings.Count)})")).Append("</h3>\n");
        if (file.Findings.Count > 0)
        {
            h.Append("<ol class=\"findings\">\n");
            for (var i = 0; i < file.Findings.Count; i++) WriteFinding(h, d, file.Findings[i], i, id, layout.Placed[i]);
            h.Append("</ol>\n");
        }
        h.Append("</section>\n");
    }

    /// <summary>What a page dump left out or marked: "Not checked: reader comments (lines 42–89), 3 lines of page furniture".</summary>
    private static void WriteParts(StringBuilder h, Document d)
    {
        var skipped = PagePartsText.NotChecked(d);
        var outside = PagePartsText.Outside(d);
        if (skipped.Count > 0) h.Append("<p class=\"meta\">Not checked: ").Append(Encode(string.Join(", ", skipped))).Append("</p>\n");
        if (outside.Count > 0) h.Append("<p class=\"meta\">Checked but outside the article: ").Append(Encode(string.Join(", ", outside))).Append("</p>\n");
    }

    private static void WriteFinding(StringBuilder h, Document d, Finding f, int index, string draftId, bool placed)
    {
        var kind = Kind(f);
        h.Append("<li class=\"fi\" id=\"").Append(FindingId(draftId, index)).Append("\" data-kind=\"").Append(kind).Append("\">\n");
        h.Append("<span class=\"no\">").Append(Number(index + 1)).Append("</span>");
        if (placed)
            h.Append("<a class=\"loc\" href=\"#").Append(HighlightId(draftId, index)).Append("\" title=\"Show in the text\">").Append(Location(f)).Append("</a>\n");
        else
            h.Append("<span class=\"loc\" title=\"Not in the text shown\">").Append(Location(f)).Append("</span>\n");
        WriteCard(h, d, f);
        h.Append("</li>\n");
    }

    /// <summary>A finding's details: in the list, and copied into the pop-up of its highlight (so it holds no ids).</summary>
    private static void WriteCard(StringBuilder h, Document d, Finding f)
    {
        var kind = Kind(f);
        h.Append("<div class=\"card\">\n<p class=\"ch\"><span class=\"badge k-").Append(kind).Append("\">").Append(KindLabel(kind, plural: false)).Append("</span> ");
        if (f.IsSuppressed) h.Append("<span class=\"was\">").Append(Encode(Capitalize(f.Severity.ToWord()))).Append("</span> ");
        h.Append("<b class=\"rid\">").Append(Encode(f.Id)).Append("</b> <span class=\"rt\">").Append(Encode(f.Title)).Append("</span></p>\n");
        h.Append("<p class=\"msg\">").Append(Encode(f.Message)).Append("</p>\n<dl>");
        h.Append("<div><dt>Flagged</dt><dd><q>").Append(Encode(d.ReadableText(f.Span))).Append("</q></dd></div>");
        if (f.Suggestion is not null) h.Append("<div class=\"sugg\"><dt>Suggested correction</dt><dd><q>").Append(Encode(f.Suggestion)).Append("</q></dd></div>");
        h.Append("<div><dt>Confidence</dt><dd>").Append(f.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</dd></div>");
        if (f.OutsideArticle is not null) h.Append("<div><dt>Outside the article</dt><dd>").Append(Encode(f.OutsideArticle)).Append("</dd></div>");
        if (f.Suppression is not null)
        {
            var how = f.Suppression switch
            {
                "inSource" => "in the draft",
                "external" => "accepted in the baseline",
                _ => f.Suppression,
            };
            h.Append("<div class=\"supp\"><dt>Suppressed</dt><dd>").Append(Encode(how));
            if (f.SuppressionJustification is not null) h.Append(": <code>").Append(Encode(f.SuppressionJustification)).Append("</code>");
            h.Append("</dd></div>");
        }
        h.Append("</dl>\n</div>\n");
    }

    private static void WriteBlock(StringBuilder h, FileResult file, Block block, DraftLayout layout, string draftId, bool outside)
    {
        var d = file.Document;
        var line = d.Lines.GetPosition(block.Region.Start).Line;
        h.Append("<p class=\"blk").Append(block.Heading ? " hd" : "").Append(outside ? " outside" : "").Append("\" data-line=\"").Append(Number(line)).Append("\">");
        foreach (var segment in block.Segments)
        {
            var text = Encode(segment.Text);
            if (segment.Findings.Length > 0)
            {
                var ids = string.Join(' ', segment.Findings.Select(i => FindingId(draftId, i)));
                var first = segment.Findings.Where(i => layout.FirstSegment[i] == segment).ToList();
                // Every finding's first piece carries its anchor; the mark takes the first, the rest stand just before it.
                foreach (var i in first.Skip(1)) h.Append("<span class=\"anchor\" id=\"").Append(HighlightId(draftId, i)).Append("\"></span>");
                var shown = segment.Findings.Select(i => Kind(file.Findings[i])).OrderBy(k => Array.IndexOf(Kinds, k)).First();
                h.Append("<mark class=\"hl k-").Append(shown).Append("\" tabindex=\"0\" data-f=\"").Append(ids).Append("\" aria-describedby=\"").Append(ids).Append('"');
                if (first.Count > 0) h.Append(" id=\"").Append(HighlightId(draftId, first[0])).Append('"');
                h.Append('>').Append(text).Append("</mark>");
                foreach (var i in segment.Findings.Where(i => layout.LastSegment[i] == segment))
                {
                    h.Append("<sup class=\"fn k-").Append(Kind(file.Findings[i])).Append("\" data-f=\"").Append(FindingId(draftId, i)).Append("\" aria-hidden=\"true\">")
                        .Append(Number(i + 1)).Append("</sup>");
                }
            }
            else if (segment.Claims.Length > 0)
            {
                // Overlapping claims: the least favourable verdict shows.
                var verdict = segment.Claims.Select(i => i < file.Verdicts.Count ? file.Verdicts[i].Verdict : Verdict.Unverifiable).OrderBy(v => v switch { Verdict.Contradicted => 0, Verdict.Unverifiable => 1, _ => 2 }).First();
                var kinds = string.Join(", ", segment.Claims.Select(i => file.Claims[i].Kind).Distinct());
                h.Append("<span class=\"cl v-").Append(verdict.ToWord()).Append("\" title=\"").Append(Encode($"Claim ({kinds}): {verdict.ToWord()}")).Append("\">")
                    .Append(text).Append("</span>");
            }
            else
            {
                h.Append(text);
            }
        }
        h.Append("</p>\n");
    }

    // ---- Layout: the prose of each region as display text, cut where the findings and claims covering it change.

    private sealed record Segment(string Text, int[] Findings, int[] Claims);

    private sealed record Block(TextSpan Region, bool Heading, List<Segment> Segments);

    private sealed record DraftLayout(List<Block> Blocks, bool[] Placed, Segment?[] FirstSegment, Segment?[] LastSegment);

    private readonly record struct Atom(int Offset, string Text);

    private static DraftLayout Layout(FileResult file)
    {
        var d = file.Document;
        var findings = file.Findings;
        var blocks = new List<Block>();
        var placed = new bool[findings.Count];
        var firstSegment = new Segment?[findings.Count];
        var lastSegment = new Segment?[findings.Count];
        foreach (var region in d.Regions.Where(r => r.Length > 0).OrderBy(r => r.Start).ThenBy(r => r.Length))
        {
            var atoms = Atoms(d, region);
            if (atoms.Count == 0) continue;
            var inFindings = Enumerable.Range(0, findings.Count).Where(i => Overlaps(findings[i].Span, region)).ToList();
            var inClaims = Enumerable.Range(0, file.Claims.Count).Where(i => Overlaps(file.Claims[i].Span, region)).ToList();
            var segments = new List<Segment>();
            var text = new StringBuilder();
            int[] currentFindings = [], currentClaims = [];
            // What covers an atom changes only where a span starts or ends: work it out again only there.
            int[] f = [], c = [];
            var validUntil = -1;
            foreach (var atom in atoms)
            {
                if (atom.Offset >= validUntil)
                {
                    f = inFindings.Where(i => findings[i].Span.Contains(atom.Offset)).ToArray();
                    c = f.Length > 0 ? [] : inClaims.Where(i => file.Claims[i].Span.Contains(atom.Offset)).ToArray();
                    validUntil = int.MaxValue;
                    foreach (var span in inFindings.Select(i => findings[i].Span).Concat(inClaims.Select(i => file.Claims[i].Span)))
                    {
                        if (span.Start > atom.Offset) validUntil = Math.Min(validUntil, span.Start);
                        else if (span.End > atom.Offset) validUntil = Math.Min(validUntil, span.End);
                    }
                }
                if (text.Length > 0 && (!f.AsSpan().SequenceEqual(currentFindings) || !c.AsSpan().SequenceEqual(currentClaims)))
                {
                    segments.Add(new Segment(text.ToString(), currentFindings, currentClaims));
                    text.Clear();
                }
                currentFindings = f;
                currentClaims = c;
                text.Append(atom.Text);
            }
            if (text.Length > 0) segments.Add(new Segment(text.ToString(), currentFindings, currentClaims));
            foreach (var segment in segments)
            {
                foreach (var i in segment.Findings)
                {
                    placed[i] = true;
                    firstSegment[i] ??= segment;
                    lastSegment[i] = segment;
                }
            }
            blocks.Add(new Block(region, IsHeading(d, region), segments));
        }
        return new DraftLayout(blocks, placed, firstSegment, lastSegment);
    }

    private static bool Overlaps(TextSpan span, TextSpan region) => span.Length > 0 && span.Start < region.End && span.End > region.Start;

    /// <summary>
    /// The region's prose as it reads: runs of white space (and markup between words) as one space, ends trimmed;
    /// markup glued to a word ("Trump&lt;/b&gt;’s", "[Rouhani](…)’s", an HTML entity's elided rest) as nothing;
    /// character references decoded. Each piece keeps the offset it came from, so highlights stay in place.
    /// </summary>
    private static List<Atom> Atoms(Document d, TextSpan region)
    {
        var text = d.Text;
        var prose = d.Prose;
        var end = Math.Min(region.End, text.Length);
        var atoms = new List<Atom>();
        var pendingSpace = -1;
        void Emit(int offset, string s)
        {
            if (pendingSpace >= 0 && atoms.Count > 0) atoms.Add(new Atom(pendingSpace, " "));
            pendingSpace = -1;
            atoms.Add(new Atom(offset, s));
        }
        void Space(int offset)
        {
            if (pendingSpace < 0) pendingSpace = offset;
        }

        var i = Math.Max(0, region.Start);
        while (i < end)
        {
            var p = prose[i];
            var t = text[i];
            if (p == Tokenizer.Elided)
            {
                i++;
                continue;
            }
            if (char.IsWhiteSpace(p))
            {
                if (d.Kind != DocumentKind.Markdown)
                {
                    // White space, or markup an HTML reader left as a separator (a line break, a cell).
                    Space(i);
                    i++;
                    continue;
                }
                // Markup blanked out of Markdown: an entity reads as its character; other markup ("**", "](url)")
                // as a space where the stretch has white space of its own, else as nothing ("[Rouhani](…)’s").
                if (t == '&' && Reference(text, i, end) is var (length, decoded) && IsBlank(prose, i, length))
                {
                    Emit(i, decoded);
                    i += length;
                    continue;
                }
                var j = i + 1;
                while (j < end && char.IsWhiteSpace(prose[j]) && !(text[j] == '&' && Reference(text, j, end) is var (l, _) && IsBlank(prose, j, l))) j++;
                if (Separates(text, i, j)) Space(i);
                i = j;
                continue;
            }
            // A character reference an HTML reader kept as written.
            if (p == '&' && t == '&' && d.Kind == DocumentKind.Html && Reference(text, i, end) is var (refLength, refDecoded)
                && string.CompareOrdinal(prose, i, text, i, refLength) == 0)
            {
                Emit(i, refDecoded);
                i += refLength;
                continue;
            }
            if (char.IsHighSurrogate(p) && i + 1 < end && char.IsLowSurrogate(prose[i + 1]))
            {
                Emit(i, prose.Substring(i, 2));
                i += 2;
                continue;
            }
            Emit(i, p.ToString());
            i++;
        }
        return atoms;
    }

    /// <summary>Whether blanked Markdown has white space of its own, not counting a link's destination and title or a tag's attributes.</summary>
    private static bool Separates(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c)) return true;
            var close = c == ']' && k + 1 < end && text[k + 1] == '(' ? ')' : c == '<' ? '>' : '\0';
            if (close == '\0') continue;
            var skip = text.IndexOf(close, k + 1, end - k - 1);
            if (skip < 0) continue;
            k = skip;
        }
        return false;
    }

    private static bool IsBlank(string prose, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (prose[i] != ' ') return false;
        }
        return true;
    }

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex CharacterReference();

    /// <summary>The character reference at <paramref name="start"/> and what it stands for, when it is one.</summary>
    private static (int Length, string Decoded)? Reference(string text, int start, int end)
    {
        var match = CharacterReference().Match(text, start, Math.Min(end, text.Length) - start);
        if (!match.Success) return null;
        var decoded = WebUtility.HtmlDecode(match.Value);
        return decoded == match.Value || decoded.Length == 0 ? null : (match.Length, decoded);
    }

    [GeneratedRegex(@"\G<h[1-6][\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingTag();

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeading();

    /// <summary>A heading: a Markdown line starting with "#" or underlined with "=" or "-", an HTML block in &lt;h1&gt;–&lt;h6&gt;.</summary>
    private static bool IsHeading(Document d, TextSpan region)
    {
        var text = d.Text;
        if (d.Kind == DocumentKind.Markdown)
        {
            var line = d.Lines.GetPosition(region.Start).Line;
            if (AtxHeading().IsMatch(d.Lines.GetLineText(line))) return true;
            var last = d.Lines.GetPosition(Math.Max(region.Start, region.End - 1)).Line;
            if (last < d.Lines.LineCount)
            {
                var next = d.Lines.GetLineText(last + 1).Trim();
                return next.Length > 0 && (next.All(c => c == '=') || next.Length >= 2 && next.All(c => c == '-'));
            }
            return false;
        }
        if (d.Kind != DocumentKind.Html) return false;
        // Back over the tags (and white space) that open the region: is one of them a heading's?
        var i = region.Start;
        while (i > 0)
        {
            var c = text[i - 1];
            if (char.IsWhiteSpace(c)) { i--; continue; }
            if (c != '>') return false;
            var open = text.LastIndexOf('<', i - 1);
            if (open < 0) return false;
            if (HeadingTag().Match(text, open).Success) return true;
            i = open;
        }
        return false;
    }

    // ---- Small helpers.

    private static string Kind(Finding f) => f.IsSuppressed ? "suppressed" : f.Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        _ => "silent",
    };

    private static string KindLabel(string kind, bool plural) => kind switch
    {
        "error" => plural ? "Errors" : "Error",
        "warning" => plural ? "Warnings" : "Warning",
        "suggestion" => plural ? "Suggestions" : "Suggestion",
        "silent" => "Silent",
        _ => "Suppressed",
    };

    private static Dictionary<string, int> KindCounts(IEnumerable<Finding> findings)
    {
        var counts = Kinds.ToDictionary(k => k, _ => 0);
        foreach (var f in findings) counts[Kind(f)]++;
        return counts;
    }

    private static string FindingId(string draftId, int index) => $"{draftId}-f{Number(index + 1)}";

    private static string HighlightId(string draftId, int index) => $"{draftId}-h{Number(index + 1)}";

    private static string Location(Finding f) => $"{Number(f.Start.Line)}:{Number(f.Start.Column)}";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Encode(string text) => Encoder.Encode(text);

    /// <summary>A path that may break after each folder: "drafts/<wbr>2025/<wbr>talks.md".</summary>
    private static string EncodePath(string path) => string.Join("/<wbr>", path.Split('/').Select(Encode));

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private const string CssText = """

        :root {
          --ink: #1f2328; --muted: #5b636d; --rule: #d8dde3; --paper: #ffffff; --tint: #f6f8fa; --link: #0b5cad;
          --error: #b42318; --error-bg: #fde8e6; --warning: #9a5b00; --warning-bg: #fff1cf;
          --suggestion: #1f5fa8; --suggestion-bg: #e4eefb; --suppressed: #6b7280; --suppressed-bg: #eef0f2;
          --silent: #6b7280; --silent-bg: #f1f2f4; --supported: #2f7d4f;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: var(--paper); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main, header.top { max-width: 64rem; margin: 0 auto; padding: 0 1.5rem; }
        header.top { padding-top: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; font-weight: 650; letter-spacing: -.01em; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .4rem; font-weight: 650; overflow-wrap: anywhere; }
        h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; font-weight: 650; }
        a { color: var(--link); }
        p { margin: .3rem 0; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; background: var(--tint); padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
        .tool, .meta, .note, .src, .partnote { color: var(--muted); }
        .tool { margin: 0; font-size: .9rem; }
        .totals { margin: .2rem 0; }
        .verdict { display: inline-block; margin: .3rem 0 0; padding: .15rem .6rem; border-radius: 4px; font-size: .9rem; border: 1px solid; }
        .verdict.fail { color: var(--error); background: var(--error-bg); border-color: #f3b9b2; }
        .verdict.neutral { color: var(--muted); background: var(--tint); border-color: var(--rule); }
        .verdict.pass { color: var(--supported); background: #e7f4ec; border-color: #b5dbc3; }
        .toolbar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: .35rem .9rem; max-width: 64rem; margin: 1rem auto 0; padding: .5rem 1.5rem; background: rgba(255,255,255,.96); border-bottom: 1px solid var(--rule); font-size: .9rem; }
        .toolbar[hidden] { display: none; }
        .toolbar .tl { font-weight: 600; color: var(--muted); }
        .flt { display: inline-flex; align-items: center; gap: .3rem; cursor: pointer; white-space: nowrap; }
        .flt input { margin: 0; accent-color: var(--ink); }
        .flt .n { color: var(--muted); font-variant-numeric: tabular-nums; }
        .flt.k-error { border-bottom: 2px solid var(--error); } .flt.k-warning { border-bottom: 2px dashed var(--warning); }
        .flt.k-suggestion { border-bottom: 2px dotted var(--suggestion); } .flt.k-suppressed, .flt.k-silent { border-bottom: 2px dotted var(--suppressed); }
        .legend { color: var(--muted); font-size: .85rem; }
        .tablewrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .35rem .4rem; border-bottom: 1px solid var(--rule); vertical-align: baseline; }
        th:first-child, td:first-child { padding-left: 0; } th:last-child, td:last-child { padding-right: 0; }
        thead th { font-weight: 600; color: var(--muted); font-size: .75rem; border-bottom-width: 2px; vertical-align: bottom; }
        tbody th { font-weight: 500; overflow-wrap: break-word; }
        td.date { white-space: nowrap; }
        td.date .src { display: block; font-size: .8rem; white-space: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .score { font-weight: 650; font-size: 1rem; white-space: nowrap; }
        .score .of { font-weight: 400; color: var(--muted); font-size: .8rem; }
        .score .below { display: block; font-weight: 600; color: var(--error); font-size: .75rem; }
        .score.none { font-weight: 500; font-size: .85rem; color: var(--muted); font-style: italic; }
        .errors li { margin: .2rem 0; }
        section.draft { border-top: 1px solid var(--rule); margin-top: 2rem; }
        .text { margin: 1rem 0; padding: .25rem 0 .25rem 3rem; font: 1.08rem/1.75 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; }
        .blk { position: relative; margin: 0 0 .9rem; max-width: 42rem; overflow-wrap: break-word; }
        .blk::before { content: attr(data-line); position: absolute; left: -3rem; width: 2.3rem; text-align: right; color: #9aa1a9; font: .72rem/2.4 system-ui, sans-serif; font-variant-numeric: tabular-nums; }
        .blk.hd { font-weight: 700; font-size: 1.2rem; line-height: 1.4; margin-top: .3rem; }
        .blk.outside { color: #4b525a; border-left: 3px solid var(--rule); padding-left: .6rem; }
        .partnote { font: italic .85rem system-ui, sans-serif; margin: 1.2rem 0 .4rem; }
        .empty { color: var(--muted); font-style: italic; }
        mark.hl { color: inherit; border-radius: 2px; padding: 0 .05em; cursor: pointer; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .2em; text-decoration-skip-ink: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        mark.k-error { background: var(--error-bg); text-decoration-color: var(--error); text-decoration-style: solid; }
        mark.k-warning { background: var(--warning-bg); text-decoration-color: var(--warning); text-decoration-style: dashed; }
        mark.k-suggestion { background: var(--suggestion-bg); text-decoration-color: var(--suggestion); text-decoration-style: dotted; }
        mark.k-suppressed, mark.k-silent { background: var(--suppressed-bg); text-decoration-color: var(--suppressed); text-decoration-style: dotted; }
        mark.hl:hover, mark.hl.open { filter: saturate(1.6) brightness(.96); }
        mark.hl:focus-visible, mark.hl.open { outline: 2px solid var(--ink); outline-offset: 1px; }
        mark.hl.off { background: none; text-decoration: none; cursor: text; padding: 0; outline: none; filter: none; }
        mark.hl:target { outline: 2px solid var(--link); }
        mark.hl, .anchor, .fi, section.draft { scroll-margin-top: 4.5rem; }
        sup.fn { font: 600 .65rem system-ui, sans-serif; margin-left: .1em; padding: 0 .25em; border-radius: 3px; color: #fff; vertical-align: super; line-height: 1; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        sup.fn.k-error { background: var(--error); } sup.fn.k-warning { background: var(--warning); } sup.fn.k-suggestion { background: var(--suggestion); }
        sup.fn.k-suppressed, sup.fn.k-silent { background: var(--suppressed); }
        .cl { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 1px; text-underline-offset: .25em; }
        .cl.v-supported { text-decoration-color: var(--supported); }
        .cl.v-contradicted { text-decoration-color: var(--error); }
        .cl.v-unverifiable { text-decoration-color: #a0a6ad; }
        .noclaims .text .cl { text-decoration: none; }
        .noclaims .legend { display: none; }
        .unplaced { margin: 1rem 0; padding: .5rem 1rem; background: var(--tint); border-radius: 6px; }
        .unplaced h3 { margin: .2rem 0; }
        .unplaced ul { margin: .3rem 0; padding-left: 1.2rem; }
        .fh { margin-top: 1.5rem; }
        ol.findings { list-style: none; margin: 0; padding: 0; }
        .fi { display: grid; grid-template-columns: 2rem 4.5rem 1fr; align-items: baseline; padding: .6rem 0; border-top: 1px solid var(--rule); break-inside: avoid; }
        .fi .no { color: var(--muted); font-variant-numeric: tabular-nums; }
        .fi .loc { font: .85rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--link); }
        span.loc { color: var(--muted); }
        .fi:target { background: #f3f7fc; }
        .badge { display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; padding: .05rem .4rem; border-radius: 3px; border: 1px solid; vertical-align: 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .badge.k-error { color: var(--error); background: var(--error-bg); }
        .badge.k-warning { color: var(--warning); background: var(--warning-bg); }
        .badge.k-suggestion { color: var(--suggestion); background: var(--suggestion-bg); }
        .badge.k-suppressed, .badge.k-silent { color: var(--suppressed); background: var(--suppressed-bg); }
        .was { font-size: .8rem; color: var(--muted); }
        .card .ch { margin: 0; }
        .card .rid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
        .card .rt { color: var(--muted); }
        .card .msg { margin: .25rem 0; }
        .card dl { display: flex; flex-wrap: wrap; gap: .1rem 1.2rem; margin: .2rem 0 0; font-size: .85rem; }
        .card dl div { display: flex; gap: .35rem; }
        .card dt { color: var(--muted); }
        .card dd { margin: 0; }
        .card .sugg dd { font-weight: 600; color: var(--supported); }
        q { quotes: "\201C" "\201D"; }
        .pop { position: absolute; z-index: 10; max-width: min(30rem, calc(100vw - 1rem)); padding: .6rem .8rem; background: #fff; border: 1px solid #c9d0d8; border-radius: 6px; box-shadow: 0 6px 24px rgba(16,24,40,.16); font-size: .9rem; }
        .pop[hidden] { display: none; }
        .pop .card + .card { margin-top: .6rem; padding-top: .6rem; border-top: 1px solid var(--rule); }
        [hidden] { display: none !important; }
        @media (max-width: 40rem) { .toolbar { position: static; } .text { padding-left: 0; } .blk::before { display: none; } .fi { grid-template-columns: 2rem 1fr; } .fi .card { grid-column: 1 / -1; } }
        @media print {
          body { font-size: 10.5pt; }
          .toolbar, .pop { display: none !important; }
          main, header.top { max-width: none; padding: 0; }
          .text { font-size: 11pt; }
          mark.hl { outline: none !important; filter: none !important; }
          a { color: inherit; text-decoration: none; }
          section.draft { break-before: auto; }
          .fi, tr { break-inside: avoid; }
        }

        """;

    private const string ScriptText = """

        (function () {
          'use strict';
          var RANK = ['error', 'warning', 'suggestion', 'silent', 'suppressed'];
          var pop = document.getElementById('pop');
          var toolbar = document.querySelector('.toolbar');
          var marks = Array.prototype.slice.call(document.querySelectorAll('mark.hl'));
          var shown = {};
          var open = null, pinned = false, hideTimer = 0;
          RANK.forEach(function (k) { shown[k] = true; });

          function entry(id) { return document.getElementById(id); }
          function kindOf(id) { var li = entry(id); return li ? li.getAttribute('data-kind') : 'error'; }
          function active(mark) {
            return mark.getAttribute('data-f').split(' ').filter(function (id) { return shown[kindOf(id)]; });
          }

          function place(mark) {
            var r = mark.getBoundingClientRect();
            var doc = document.documentElement;
            pop.style.left = '0px';
            pop.style.top = '0px';
            var w = pop.offsetWidth, h = pop.offsetHeight;
            var left = Math.max(8, Math.min(r.left, doc.clientWidth - w - 8));
            var top = r.bottom + 6;
            if (top + h > doc.clientHeight - 8 && r.top - h - 6 > 8) top = r.top - h - 6;
            pop.style.left = (left + window.scrollX) + 'px';
            pop.style.top = (top + window.scrollY) + 'px';
          }

          function show(mark, pin) {
            var ids = active(mark);
            if (!ids.length) return;
            clearTimeout(hideTimer);
            if (open && open !== mark) open.classList.remove('open');
            pop.textContent = '';
            ids.forEach(function (id) {
              var card = entry(id).querySelector('.card');
              if (card) pop.appendChild(card.cloneNode(true));
            });
            open = mark;
            pinned = !!pin;
            mark.classList.add('open');
            mark.setAttribute('aria-expanded', 'true');
            pop.hidden = false;
            place(mark);
          }

          function hide() {
            clearTimeout(hideTimer);
            if (open) { open.classList.remove('open'); open.setAttribute('aria-expanded', 'false'); }
            open = null;
            pinned = false;
            pop.hidden = true;
          }

          function later() {
            clearTimeout(hideTimer);
            hideTimer = setTimeout(function () { if (!pinned) hide(); }, 180);
          }

          marks.forEach(function (mark) {
            mark.setAttribute('role', 'button');
            mark.setAttribute('aria-expanded', 'false');
            mark.addEventListener('mouseenter', function () { if (!pinned || open === mark) show(mark, pinned && open === mark); });
            mark.addEventListener('mouseleave', function () { if (!pinned) later(); });
            mark.addEventListener('focus', function () { if (open !== mark) show(mark, false); });
            mark.addEventListener('blur', function () { if (!pinned) later(); });
            mark.addEventListener('click', function (e) {
              e.stopPropagation();
              if (mark.classList.contains('off')) return;
              if (open === mark && pinned) hide(); else show(mark, true);
            });
            mark.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                if (open === mark && pinned) hide(); else show(mark, true);
              }
            });
          });
          pop.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
          pop.addEventListener('mouseleave', function () { if (!pinned) later(); });
          pop.addEventListener('click', function (e) { e.stopPropagation(); });
          document.addEventListener('click', function () { if (open) hide(); });
          document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && open) { var m = open; hide(); m.focus({ preventScroll: true }); }
          });
          window.addEventListener('resize', function () { if (open) place(open); });

          // The list's links: scroll to the highlight and open it.
          Array.prototype.forEach.call(document.querySelectorAll('.fi a.loc'), function (a) {
            a.addEventListener('click', function (e) {
              var mark = document.getElementById(a.getAttribute('href').slice(1));
              // A finding that starts where another does has an anchor just before their shared highlight.
              while (mark && mark.tagName !== 'MARK') mark = mark.nextElementSibling;
              if (!mark) return;
              e.preventDefault();
              if (history.replaceState) history.replaceState(null, '', a.getAttribute('href'));
              mark.scrollIntoView({ block: 'center' });
              mark.focus({ preventScroll: true });
              show(mark, true);
              e.stopPropagation();
            });
          });

          function apply() {
            Array.prototype.forEach.call(document.querySelectorAll('.fi, .unplaced li.ref'), function (li) {
              li.hidden = !shown[li.getAttribute('data-kind')];
            });
            Array.prototype.forEach.call(document.querySelectorAll('sup.fn'), function (sup) {
              sup.hidden = !shown[kindOf(sup.getAttribute('data-f'))];
            });
            marks.forEach(function (mark) {
              var ids = active(mark);
              RANK.forEach(function (k) { mark.classList.remove('k-' + k); });
              if (ids.length) {
                var kinds = ids.map(kindOf).sort(function (a, b) { return RANK.indexOf(a) - RANK.indexOf(b); });
                mark.classList.add('k-' + kinds[0]);
                mark.classList.remove('off');
                mark.setAttribute('tabindex', '0');
                mark.setAttribute('role', 'button');
              } else {
                mark.classList.add('off');
                mark.setAttribute('tabindex', '-1');
                mark.removeAttribute('role');
              }
            });
            if (open && !active(open).length) hide();
          }

          Array.prototype.forEach.call(toolbar.querySelectorAll('input[data-kind]'), function (box) {
            box.addEventListener('change', function () { shown[box.getAttribute('data-kind')] = box.checked; apply(); });
          });
          var claims = document.getElementById('show-claims');
          claims.addEventListener('change', function () { document.body.classList.toggle('noclaims', !claims.checked); });
          toolbar.hidden = false;
        })();

        """;
}
