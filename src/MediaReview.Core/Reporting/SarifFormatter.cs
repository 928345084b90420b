using System.Text.Encodings.Web;
using System.Text.Json;
using MediaReview.Checking;
using MediaReview.Rules;

namespace MediaReview.Reporting;

/// <summary>
/// SARIF 2.1.0, written directly with Utf8JsonWriter: the Sarif.Sdk package does not restore from
/// the NuGet mirror (a dependency, Microsoft.Diagnostics.Tracing.EventRegister, is not served), and the
/// part of the format we write is small. A test validates the output against the official schema.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public string Name => "sarif";

    public IReportWriter Begin(Report run, TextWriter writer) => new Stream(run, writer);

    /// <summary>A draft's artifact entry, kept (small) until the end: SARIF lists artifacts apart from the results.</summary>
    private sealed record Artifact(string Path, Documents.DocumentKind Kind, DateOnly Date, string DateSource, DraftScore Score, bool BelowMinScore);

    /// <summary>
    /// The results are streamed draft by draft; the artifacts, the invocation (with the drafts that could not be
    /// read) and the run's totals follow them (JSON does not order an object's properties).
    /// </summary>
    private sealed class Stream : IReportWriter
    {
        private readonly JsonStream _out;
        private readonly Dictionary<string, int> _ruleIndex;
        private readonly List<Artifact> _artifacts = [];

        public Stream(Report run, TextWriter writer)
        {
            var rules = run.Rules.Prepend(RuleDescriptor.EngineError).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            _ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            _out = new JsonStream(writer);
            var w = _out.Json;
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", ToolInfo.Name);
            w.WriteString("version", run.ToolVersion);
            w.WriteString("semanticVersion", run.ToolVersion);
            w.WriteString("informationUri", ToolInfo.InformationUri);
            w.WriteStartArray("rules");
            foreach (var rule in rules) WriteRule(w, rule);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteString("columnKind", "utf16CodeUnits");
            w.WriteStartArray("results");
            _out.Flush();
            Run = run;
        }

        private Report Run { get; }

        public void Add(FileResult file)
        {
            var d = file.Document;
            var path = Paths.Relative(d.Path);
            var index = _artifacts.Count;
            _artifacts.Add(new Artifact(path, d.Kind, d.Date, d.DateSourceKey, file.Score, Run.IsBelowMinScore(file)));
            foreach (var f in file.Findings)
            {
                WriteResult(_out.Json, f, _ruleIndex[f.Id], path, index);
                _out.FlushIfLarge();
            }
            _out.Flush();
        }

        public void End(Report report)
        {
            var w = _out.Json;
            w.WriteEndArray();

            w.WriteStartArray("artifacts");
            foreach (var a in _artifacts)
            {
                w.WriteStartObject();
                w.WriteStartObject("location");
                w.WriteString("uri", Paths.ToUri(a.Path));
                w.WriteEndObject();
                w.WriteString("mimeType", a.Kind switch
                {
                    Documents.DocumentKind.PlainText => "text/plain",
                    Documents.DocumentKind.Html => "text/html",
                    _ => "text/markdown",
                });
                w.WriteStartObject("properties");
                w.WriteString("date", a.Date.ToString("yyyy-MM-dd"));
                w.WriteString("dateSource", a.DateSource);
                WriteScore(w, a.Score, a.BelowMinScore);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("invocations");
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", report.Errors.Count == 0);
            w.WriteStartArray("toolExecutionNotifications");
            foreach (var e in report.Errors)
            {
                w.WriteStartObject();
                w.WriteString("level", "error");
                w.WriteStartObject("message");
                w.WriteString("text", e.Path is null ? e.Describe() : e.Message); // the location says where
                w.WriteEndObject();
                if (e.Path is not null)
                {
                    w.WriteStartArray("locations");
                    w.WriteStartObject();
                    w.WriteStartObject("physicalLocation");
                    WriteArtifactLocation(w, Paths.Relative(e.Path));
                    if (e.Line > 0)
                    {
                        w.WriteStartObject("region");
                        w.WriteNumber("startLine", e.Line);
                        if (e.Column > 0) w.WriteNumber("startColumn", e.Column);
                        w.WriteEndObject();
                    }
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            // The configuration the run used.
            w.WriteStartObject("properties");
            JsonFormatter.WriteConfigurationFields(w, report);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();

            // The run's score and verdict counts (each draft's are on its artifact).
            var totals = report.Totals;
            w.WriteStartObject("properties");
            JsonFormatter.WriteVerdictCounts(w, totals);
            if (totals.LowestScore is { } lowest) w.WriteNumber("lowestScore", lowest);
            w.WriteNumber("unscored", totals.Unscored);
            w.WriteNumber("belowMinScore", totals.BelowMinScore);
            w.WriteEndObject();

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            _out.Finish();
            _out.Dispose();
        }
    }

    /// <summary>A draft's score (absent when it has none) and the verdict counts of its claims.</summary>
    private static void WriteScore(Utf8JsonWriter w, DraftScore score, bool belowMinScore)
    {
        if (score.Value is { } value) w.WriteNumber("score", value);
        w.WriteBoolean("scored", score.IsScored);
        JsonFormatter.WriteVerdictCounts(w, score);
        w.WriteBoolean("belowMinScore", belowMinScore);
    }

    private static void WriteArtifactLocation(Utf8JsonWriter w, string relativePath, int? index = null)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Paths.ToUri(relativePath));
        if (index is { } i) w.WriteNumber("index", i);
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", rule.RuleName.Contains('.') ? rule.RuleName[(rule.RuleName.IndexOf('.') + 1)..] : rule.RuleName);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", rule.Description);
        w.WriteEndObject();
        if (rule.HelpUri is not null) w.WriteString("helpUri", rule.HelpUri);
        // The help code-scanning UIs show beside a result (GitHub asks every rule for one).
        w.WriteStartObject("help");
        w.WriteString("text", $"{rule.Description} To change its severity: dotnet_diagnostic.{rule.Id}.severity in .editorconfig; to suppress it in a draft: <!-- mediareview-disable-next-line {rule.Id} -->.");
        w.WriteString("markdown", $"{rule.Description}\n\nTo change its severity, set `dotnet_diagnostic.{rule.Id}.severity` in `.editorconfig`; to suppress it in a draft, put `<!-- mediareview-disable-next-line {rule.Id} -->` before the line. `mediareview explain {rule.Id}` shows its examples.");
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteBoolean("enabled", rule.DefaultSeverity != Severity.None);
        w.WriteString("level", rule.DefaultSeverity.ToSarifLevel());
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", rule.Category);
        w.WriteString("claim", rule.ClaimKind);
        // MediaReview's placeholders are named ({person}), not SARIF's numbered ones, so this is not a messageStrings entry.
        w.WriteString("messageFormat", rule.MessageFormat);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int ruleIndex, string path, int artifactIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Id);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", f.Severity.ToSarifLevel());
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();
        if (f.Suppression is not null)
        {
            // SARIF 2.1.0 §3.35: a result suppressed in the source ("inSource") or by a baseline ("external").
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", f.Suppression);
            if (f.SuppressionJustification is not null) w.WriteString("justification", f.SuppressionJustification);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifactLocation(w, path, artifactIndex);
        w.WriteStartObject("region");
        w.WriteNumber("startLine", f.Start.Line);
        w.WriteNumber("startColumn", f.Start.Column);
        w.WriteNumber("endLine", f.End.Line);
        w.WriteNumber("endColumn", f.End.Column);
        w.WriteNumber("charOffset", f.Span.Start);
        w.WriteNumber("charLength", f.Span.Length);
        w.WriteStartObject("snippet");
        w.WriteString("text", f.Text);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        if (f.Suggestion is not null)
        {
            w.WriteStartArray("fixes");
            w.WriteStartObject();
            w.WriteStartObject("description");
            w.WriteString("text", $"Replace with \"{f.Suggestion}\"");
            w.WriteEndObject();
            w.WriteStartArray("artifactChanges");
            w.WriteStartObject();
            WriteArtifactLocation(w, path);
            w.WriteStartArray("replacements");
            w.WriteStartObject();
            w.WriteStartObject("deletedRegion");
            w.WriteNumber("charOffset", f.Span.Start);
            w.WriteNumber("charLength", f.Span.Length);
            w.WriteEndObject();
            w.WriteStartObject("insertedContent");
            w.WriteString("text", f.Suggestion);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteStartObject("properties");
        w.WriteNumber("confidence", f.Confidence);
        w.WriteString("category", f.Category);
        if (f.OutsideArticle is not null) w.WriteString("outsideArticle", f.OutsideArticle);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
