using System.Globalization;
using MediaReview.Checking;

namespace MediaReview.Reporting;

/// <summary>
/// Compiler-style text: "path(line,col): warning MR1002: message", then the source line with the
/// span underlined and the suggested correction; a line per draft (its claims' verdicts, findings by
/// severity and score) and a summary at the end. With <see cref="Report.Color"/>, ANSI colours.
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    private const int Window = 100;

    public string Name => "text";

    public string DefaultFileName => "mediareview.txt";

    public IReportWriter Begin(Report run, TextWriter writer) => new Stream(run, writer);

    private sealed class Stream(Report run, TextWriter w) : IReportWriter
    {
        private readonly Paint _paint = new(run.Color);

        public void Add(FileResult file)
        {
            var paint = _paint;
            foreach (var f in file.Findings.Where(f => f.Severity > Severity.Silent && !f.IsSuppressed))
            {
                var outside = f.OutsideArticle is null ? "" : $" [outside the article: {f.OutsideArticle}]";
                var color = SeverityColor(f.Severity);
                w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{paint.Bold($"{f.Path}({f.Start.Line},{f.Start.Column})")}: {paint.Apply(color, $"{f.Severity.ToWord()} {f.Id}")}: {f.Message} {paint.Dim($"[confidence {f.Confidence:0.00}]")}{outside}"));
                WriteExcerpt(w, file.Document, f, paint, color);
                // On one line, as the excerpt above shows the text: a claim that runs over a line break keeps it in its correction.
                if (f.Suggestion is not null) w.WriteLine($"    suggestion: {paint.Apply(Paint.Green, Text.Whitespace.Collapse(f.Suggestion))}");
            }
            w.WriteLine(DraftLine(run, file, paint));
        }

        public void End(Report final) => w.WriteLine(Summary(final, _paint));
    }

    /// <summary>
    /// "draft.md: dated 2025-02-11 (front matter); 24 claims: 15 supported, 7 contradicted, 2 unverifiable;
    /// 2 errors, 4 warnings; score 62/100".
    /// </summary>
    private static string DraftLine(Report report, FileResult file, Paint paint)
    {
        var d = file.Document;
        var score = file.Score;
        var claims = score.Claims == 0 ? "no claims"
            : Verdicts(score);
        var standing = file.Findings.Where(f => !f.IsSuppressed).ToList();
        var bySeverity = new[] { Severity.Error, Severity.Warning, Severity.Suggestion, Severity.Silent }
            .Select(s => (s, n: standing.Count(f => f.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => x.s == Severity.Silent ? $"{x.n} silent" : Plural(x.n, x.s.ToWord()))
            .ToList();
        var findings = bySeverity.Count == 0 ? "no findings" : string.Join(", ", bySeverity);
        var scoreText = score.Value is { } v
            ? paint.Apply(ScoreColor(v, report.MinScore), $"score {v}/100") + (report.IsBelowMinScore(file) ? paint.Apply(Paint.Red, $" (below --min-score {report.MinScore})") : "")
            : NotScored;
        return $"{paint.Bold(d.Path)}: dated {d.Date:yyyy-MM-dd} ({d.DateSourceDescription}); {claims}; {findings}{Suppressed(file.Findings)}; {scoreText}{NotChecked(d)}";
    }

    public static string Summary(Report report) => Summary(report, new Paint(false));

    private static string Summary(Report report, Paint paint)
    {
        var totals = report.Totals;
        var parts = new List<string>
        {
            Plural(totals.Drafts, "draft") + " checked",
            paint.Apply(totals.Count(Severity.Error) > 0 ? Paint.Red : "", Plural(totals.Count(Severity.Error), "error")),
            paint.Apply(totals.Count(Severity.Warning) > 0 ? Paint.Yellow : "", Plural(totals.Count(Severity.Warning), "warning")),
            Plural(totals.Count(Severity.Suggestion), "suggestion"),
        };
        if (totals.Suppressed > 0) parts.Add($"{totals.Suppressed} suppressed");
        if (report.Errors.Count > 0) parts.Add($"{Plural(report.Errors.Count, "draft")} could not be read");
        if (totals.Drafts > 1 && totals.LowestScore is { } lowest) parts.Add($"lowest score {lowest} ({totals.LowestScorePath})");
        if (totals.Unscored > 0 && totals.Drafts > 1) parts.Add($"{totals.Unscored} not scored");
        if (totals.BelowMinScore > 0) parts.Add(paint.Apply(Paint.Red, $"{Plural(totals.BelowMinScore, "draft")} below --min-score {report.MinScore}"));
        return string.Join(", ", parts);
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => Paint.Red,
        Severity.Warning => Paint.Yellow,
        _ => Paint.Cyan,
    };

    private static string ScoreColor(int score, int? minScore) =>
        minScore is { } min && score < min ? Paint.Red : score >= 90 ? Paint.Green : score >= 70 ? Paint.Yellow : Paint.Red;

    /// <summary>ANSI SGR codes, or nothing when colours are off.</summary>
    private readonly record struct Paint(bool On)
    {
        public const string Red = "1;31", Yellow = "1;33", Cyan = "36", Green = "32";

        public string Apply(string code, string text) => On && code.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;

        public string Bold(string text) => Apply("1", text);

        public string Dim(string text) => Apply("2", text);
    }

    /// <summary>The lines the span covers (at most three), each cut to a window around the span and underlined.</summary>
    private static void WriteExcerpt(TextWriter w, Documents.Document document, Finding f, Paint paint, string color)
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
            w.WriteLine($"    {new string(' ', prefix.Length + spanStart - from)}{paint.Apply(color, new string('^', Math.Max(1, spanEnd - spanStart)))}");
        }
    }

    /// <summary>"; not checked: reader comments (lines 42–89), 4 lines of page furniture; outside the article: …": what a page dump left out.</summary>
    private static string NotChecked(Documents.Document d)
    {
        var skipped = PagePartsText.NotChecked(d);
        var outside = PagePartsText.Outside(d);
        var text = skipped.Count == 0 ? "" : "; not checked: " + string.Join(", ", skipped);
        if (outside.Count > 0) text += $"; outside the article: {string.Join(", ", outside)}";
        return text;
    }

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

    /// <summary>"24 claims: 15 supported, 7 contradicted, 2 unverifiable": a draft's verdicts, as every report words them.</summary>
    public static string Verdicts(DraftScore score) =>
        $"{Plural(score.Claims, "claim")}: {score.Supported} supported, {score.Contradicted} contradicted, {score.Unverifiable} unverifiable";

    /// <summary>What a draft with no judged claim is said to be, instead of a score.</summary>
    public const string NotScored = "not scored: nothing in it could be checked against the reference set";

    /// <summary>"1 draft", "3 drafts".</summary>
    public static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
