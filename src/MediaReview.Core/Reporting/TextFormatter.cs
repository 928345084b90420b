using System.Globalization;
using MediaReview.Checking;

namespace MediaReview.Reporting;

/// <summary>
/// Compiler-style text: "path(line,col): warning MR1002: message", then the source line with the
/// span underlined and the suggested correction; a line per draft and a summary at the end.
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    private const int Window = 100;

    public string Name => "text";

    public void Write(Report report, TextWriter w)
    {
        foreach (var file in report.Files)
        {
            foreach (var f in file.Findings.Where(f => f.Severity > Severity.Silent && !f.IsSuppressed))
            {
                var outside = f.OutsideArticle is null ? "" : $" [outside the article: {f.OutsideArticle}]";
                w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{f.Path}({f.Start.Line},{f.Start.Column}): {f.Severity.ToWord()} {f.Id}: {f.Message} [confidence {f.Confidence:0.00}]{outside}"));
                WriteExcerpt(w, file.Document, f);
                if (f.Suggestion is not null) w.WriteLine($"    suggestion: {f.Suggestion}");
            }
            var d = file.Document;
            w.WriteLine($"{d.Path}: dated {d.Date:yyyy-MM-dd} ({d.DateSourceDescription}); {Checked(file.Claims)} checked, {Plural(file.Findings.Count(f => !f.IsSuppressed), "finding")}{Suppressed(file.Findings)}{NotChecked(d)}");
        }
        w.WriteLine(Summary(report));
    }

    public static string Summary(Report report)
    {
        var parts = new List<string>
        {
            Plural(report.Files.Count, "draft") + " checked",
            Plural(report.Count(Severity.Error), "error"),
            Plural(report.Count(Severity.Warning), "warning"),
            Plural(report.Count(Severity.Suggestion), "suggestion"),
        };
        if (report.SuppressedCount > 0) parts.Add($"{report.SuppressedCount} suppressed");
        if (report.Errors.Count > 0) parts.Add($"{Plural(report.Errors.Count, "draft")} could not be read");
        return string.Join(", ", parts);
    }

    /// <summary>The lines the span covers (at most three), each cut to a window around the span and underlined.</summary>
    private static void WriteExcerpt(TextWriter w, Documents.Document document, Finding f)
    {
        var lastLine = Math.Min(f.End.Line, f.Start.Line + 2);
        for (var line = f.Start.Line; line <= lastLine; line++)
        {
            var lineSpan = document.Lines.GetLineSpan(line);
            var spanStart = Math.Max(f.Span.Start, lineSpan.Start);
            var spanEnd = Math.Min(f.Span.End, lineSpan.End);
            if (spanEnd <= spanStart && line != f.Start.Line) continue;
            // Show a window of the line around the span: paragraphs are often one long line. A span wider
            // than the window is shown from its start.
            var spanLength = spanEnd - spanStart;
            var from = spanLength >= Window ? spanStart : Math.Max(lineSpan.Start, spanStart - (Window - spanLength) / 2);
            var to = Math.Min(lineSpan.End, from + Math.Max(Window, spanLength));
            from = Math.Max(lineSpan.Start, Math.Min(from, Math.Min(spanStart, to - Window)));
            var prefix = from > lineSpan.Start ? "…" : "";
            var suffix = to < lineSpan.End ? "…" : "";
            var excerpt = document.Text[from..to].Replace('\t', ' ');
            w.WriteLine($"    {prefix}{excerpt}{suffix}");
            w.WriteLine($"    {new string(' ', prefix.Length + spanStart - from)}{new string('^', Math.Max(1, spanEnd - spanStart))}");
        }
    }

    /// <summary>"; not checked: reader comments (lines 42–89), the site's footer (lines 90–101)": what a page dump left out.</summary>
    private static string NotChecked(Documents.Document d)
    {
        var groups = d.Parts.Where(p => p.Kind == Documents.PagePartKind.Skipped && p.Description != Documents.PageFurniture.Furniture)
            .Select(p => $"{p.Description} ({Lines(d, p.Span)})").ToList();
        var furniture = d.Parts.Where(p => p.Kind == Documents.PagePartKind.Skipped && p.Description == Documents.PageFurniture.Furniture)
            .Sum(p => LineRange(d, p.Span) is var (first, last) ? last - first + 1 : 0);
        if (furniture > 0) groups.Add(Plural(furniture, "line") + " of page furniture");
        var outside = d.Parts.Where(p => p.Kind == Documents.PagePartKind.Outside).Select(p => Lines(d, p.Span)).ToList();
        var text = groups.Count == 0 ? "" : "; not checked: " + string.Join(", ", groups);
        if (outside.Count > 0) text += $"; outside the article: {string.Join(", ", outside)}";
        return text;
    }

    private static string Lines(Documents.Document d, Text.TextSpan span)
    {
        var (first, last) = LineRange(d, span);
        return first == last ? $"line {first}" : $"lines {first}\u2013{last}";
    }

    private static (int First, int Last) LineRange(Documents.Document d, Text.TextSpan span) =>
        (d.Lines.GetPosition(span.Start).Line, d.Lines.GetPosition(Math.Max(span.Start, span.End - 1)).Line);

    /// <summary>" (1 suppressed in the draft, 2 accepted in the baseline)"</summary>
    private static string Suppressed(IReadOnlyList<Finding> findings)
    {
        var inDraft = findings.Count(f => f.Suppression == "inSource");
        var inBaseline = findings.Count(f => f.Suppression == "external");
        var parts = new List<string>();
        if (inDraft > 0) parts.Add($"{inDraft} suppressed in the draft");
        if (inBaseline > 0) parts.Add($"{inBaseline} accepted in the baseline");
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    /// <summary>"1 draft", "3 drafts".</summary>
    public static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>"15 claims and 9 names": name mentions are counted apart, so a draft's claims are its statements of fact.</summary>
    private static string Checked(IReadOnlyList<Claims.Claim> claims)
    {
        var names = claims.Count(c => c is Claims.NameClaim);
        var facts = Plural(claims.Count - names, "claim");
        return names == 0 ? facts : $"{facts} and {Plural(names, "name")}";
    }
}
