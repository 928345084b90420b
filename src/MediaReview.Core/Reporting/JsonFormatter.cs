using System.Text.Encodings.Web;
using System.Text.Json;
using MediaReview.Checking;
using MediaReview.Claims;

namespace MediaReview.Reporting;

/// <summary>
/// The JSON report (format version 2): the configuration; per draft, its date and where it came from,
/// every claim with its verdict, every finding with its span, the score; then a summary. Documented in
/// README.md; its JSON Schema is json-report.schema.json beside this file (a test validates against it).
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    /// <summary>1: claims, findings, summary. 2: claim verdicts, draft scores, configuration.</summary>
    public const int FormatVersion = 2;

    public string Name => "json";

    public IReportWriter Begin(Report run, TextWriter writer) => new Stream(run, writer);

    private sealed class Stream : IReportWriter
    {
        private readonly Report _run;
        private readonly JsonStream _out;

        public Stream(Report run, TextWriter writer)
        {
            _run = run;
            // Not indented: a report holds every claim, and indentation was 45% of it (741 MB for 100 MB of drafts,
            // 392 MB without, 13% less time for the run). `jq .` lays it out for reading.
            _out = new JsonStream(writer, indented: false);
            var w = _out.Json;
            w.WriteStartObject();
            w.WriteNumber("version", FormatVersion);
            w.WriteString("tool", ToolInfo.Name);
            w.WriteString("toolVersion", run.ToolVersion);
            w.WriteStartObject("configuration");
            WriteConfigurationFields(w, run);
            w.WriteEndObject();
            w.WriteStartArray("files");
            _out.Flush();
        }

        public void Add(FileResult file)
        {
            var w = _out.Json;
            var d = file.Document;
            w.WriteStartObject();
            w.WriteString("path", Paths.Relative(d.Path));
            w.WriteString("date", d.Date.ToString("yyyy-MM-dd"));
            w.WriteString("dateSource", d.DateSourceKey);
            WriteScore(w, _run, file);
            w.WriteStartArray("claims");
            for (var i = 0; i < file.Claims.Count; i++)
            {
                WriteClaim(w, d, file.Claims[i], file.Verdicts[i]);
                _out.FlushIfLarge();
            }
            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in file.Findings)
            {
                WriteFinding(w, f);
                _out.FlushIfLarge();
            }
            w.WriteEndArray();
            if (d.Parts.Count > 0)
            {
                // A page dump's parts that are not the article: skipped, or checked and marked.
                w.WriteStartArray("pageParts");
                foreach (var part in d.Parts)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", part.Kind == Documents.PagePartKind.Skipped ? "skipped" : "outsideArticle");
                    w.WriteString("description", part.Description);
                    WriteSpan(w, d, part.Span);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
            _out.Flush();
        }

        public void End(Report run)
        {
            var w = _out.Json;
            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var e in run.Errors)
            {
                w.WriteStartObject();
                if (e.Path is not null) w.WriteString("path", Paths.Relative(e.Path));
                if (e.Line > 0) w.WriteNumber("line", e.Line);
                if (e.Column > 0) w.WriteNumber("column", e.Column);
                w.WriteString("message", e.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            var totals = run.Totals;
            w.WriteStartObject("summary");
            w.WriteNumber("drafts", totals.Drafts);
            w.WriteNumber("unreadable", run.Errors.Count);
            WriteVerdictCounts(w, totals);
            w.WriteNumber("errors", totals.Count(Severity.Error));
            w.WriteNumber("warnings", totals.Count(Severity.Warning));
            w.WriteNumber("suggestions", totals.Count(Severity.Suggestion));
            w.WriteNumber("suppressed", totals.Suppressed);
            w.WriteString("failOn", run.FailOn.ToWord());
            if (totals.LowestScore is { } lowest) w.WriteNumber("lowestScore", lowest);
            else w.WriteNull("lowestScore");
            w.WriteNumber("unscored", totals.Unscored);
            if (run.MinScore is { } min) w.WriteNumber("minScore", min);
            w.WriteNumber("belowMinScore", totals.BelowMinScore);
            w.WriteBoolean("failed", run.Fails || run.Errors.Count > 0);
            w.WriteEndObject();
            w.WriteEndObject();
            _out.Finish();
            _out.Dispose();
        }
    }

    /// <summary>
    /// The configuration's fields, into the object open at <paramref name="w"/>: JSON's "configuration", SARIF's
    /// invocation "properties". No time stamps, machine paths or thread counts, so that runs compare.
    /// </summary>
    internal static void WriteConfigurationFields(Utf8JsonWriter w, Report report)
    {
        var c = report.Configuration;
        w.WriteString("rules", c.Rules);
        w.WriteString("reference", c.Reference);
        if (c.ReferenceAsOf is { } asOf) w.WriteString("referenceAsOf", asOf.ToString("yyyy-MM-dd"));
        if (c.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd"));
        if (c.Baseline is not null) w.WriteString("baseline", c.Baseline);
        w.WriteStartArray("editorConfigFiles");
        foreach (var file in c.EditorConfigFiles) w.WriteStringValue(file);
        w.WriteEndArray();
        w.WriteString("failOn", report.FailOn.ToWord());
        if (report.MinScore is { } min) w.WriteNumber("minScore", min);
    }

    /// <summary>A draft's claims and their verdicts, into the open object (JSON's "score", SARIF's artifact properties).</summary>
    internal static void WriteVerdictCounts(Utf8JsonWriter w, Checking.DraftScore score) =>
        WriteVerdictCounts(w, score.Claims, score.Supported, score.Contradicted, score.Unverifiable);

    /// <summary>The run's claims and their verdicts, into the open object (JSON's "summary", SARIF's run properties).</summary>
    internal static void WriteVerdictCounts(Utf8JsonWriter w, ReportTotals totals) =>
        WriteVerdictCounts(w, totals.Claims, totals.Supported, totals.Contradicted, totals.Unverifiable);

    private static void WriteVerdictCounts(Utf8JsonWriter w, int claims, int supported, int contradicted, int unverifiable)
    {
        w.WriteNumber("claims", claims);
        w.WriteNumber("supported", supported);
        w.WriteNumber("contradicted", contradicted);
        w.WriteNumber("unverifiable", unverifiable);
    }

    /// <summary>"score": { "value": 62 or null, "claims", "supported", "contradicted", "unverifiable", "penalty", "belowMinScore" }.</summary>
    private static void WriteScore(Utf8JsonWriter w, Report report, Checking.FileResult file)
    {
        var score = file.Score;
        w.WriteStartObject("score");
        if (score.Value is { } value) w.WriteNumber("value", value);
        else w.WriteNull("value");
        WriteVerdictCounts(w, score);
        w.WriteNumber("penalty", score.Penalty);
        w.WriteBoolean("belowMinScore", report.IsBelowMinScore(file));
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, Documents.Document d, Text.TextSpan span) =>
        WriteSpan(w, span, d.Lines.GetPosition(span.Start), d.Lines.GetPosition(span.End));

    private static void WriteSpan(Utf8JsonWriter w, Text.TextSpan span, Text.LinePosition start, Text.LinePosition end)
    {
        w.WriteStartObject("span");
        w.WriteNumber("offset", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteNumber("startLine", start.Line);
        w.WriteNumber("startColumn", start.Column);
        w.WriteNumber("endLine", end.Line);
        w.WriteNumber("endColumn", end.Column);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Documents.Document d, Claim claim, ClaimVerdict verdict)
    {
        w.WriteStartObject();
        w.WriteString("kind", claim.Kind);
        w.WriteString("text", claim.Text);
        WriteSpan(w, d, claim.Span);
        w.WriteString("verdict", verdict.Verdict.ToWord());
        w.WriteStartArray("checkedBy");
        foreach (var id in verdict.CheckedBy) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("contradictedBy");
        foreach (var id in verdict.ContradictedBy) w.WriteStringValue(id);
        w.WriteEndArray();
        if (claim is OfficeClaim o)
        {
            w.WriteString("person", o.Person);
            if (o.Office is not null) w.WriteString("office", o.Office);
            w.WriteString("qualifier", o.Qualifier);
            w.WriteString("form", o.Form);
        }
        w.WriteStartObject("time");
        if (claim.HasTime)
        {
            w.WriteString("start", claim.Time.Start.ToString("yyyy-MM-dd"));
            w.WriteString("end", claim.Time.End.ToString("yyyy-MM-dd"));
        }
        w.WriteString("reason", claim.TimeReason);
        w.WriteEndObject();
        w.WriteNumber("confidence", claim.Confidence);
        w.WriteBoolean("inQuote", claim.InQuote);
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("severity", f.Severity.ToWord());
        w.WriteString("title", f.Title);
        w.WriteString("category", f.Category);
        w.WriteString("message", f.Message);
        w.WriteString("text", f.Text);
        WriteSpan(w, f.Span, f.Start, f.End);
        w.WriteNumber("confidence", f.Confidence);
        if (f.Suggestion is not null) w.WriteString("suggestion", f.Suggestion);
        if (f.OutsideArticle is not null) w.WriteString("outsideArticle", f.OutsideArticle);
        if (f.Suppression is not null)
        {
            w.WriteStartObject("suppression");
            w.WriteString("kind", f.Suppression);
            if (f.SuppressionJustification is not null) w.WriteString("justification", f.SuppressionJustification);
            w.WriteEndObject();
        }
        w.WriteString("rule", f.RuleName);
        w.WriteEndObject();
    }
}
