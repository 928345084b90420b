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

    public void Write(Report report, TextWriter writer)
    {
        var rules = report.Rules.Prepend(RuleDescriptor.EngineError).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var artifacts = report.Files.Select(f => Paths.Relative(f.Document.Path)).ToList();

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", ToolInfo.Name);
            w.WriteString("version", report.ToolVersion);
            w.WriteString("semanticVersion", report.ToolVersion);
            w.WriteString("informationUri", ToolInfo.InformationUri);
            w.WriteStartArray("rules");
            foreach (var rule in rules) WriteRule(w, rule);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

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

            w.WriteStartArray("artifacts");
            for (var i = 0; i < artifacts.Count; i++)
            {
                var document = report.Files[i].Document;
                w.WriteStartObject();
                w.WriteStartObject("location");
                w.WriteString("uri", Paths.ToUri(artifacts[i]));
                w.WriteEndObject();
                w.WriteString("mimeType", document.Kind switch
                {
                    Documents.DocumentKind.PlainText => "text/plain",
                    Documents.DocumentKind.Html => "text/html",
                    _ => "text/markdown",
                });
                w.WriteStartObject("properties");
                w.WriteString("date", document.Date.ToString("yyyy-MM-dd"));
                w.WriteString("dateSource", document.DateSourceKey);
                WriteScore(w, report, report.Files[i]);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteString("columnKind", "utf16CodeUnits");
            w.WriteStartArray("results");
            for (var fileIndex = 0; fileIndex < report.Files.Count; fileIndex++)
            {
                foreach (var f in report.Files[fileIndex].Findings)
                {
                    WriteResult(w, f, ruleIndex[f.Id], artifacts[fileIndex], fileIndex);
                }
            }
            w.WriteEndArray();

            // The run's score and verdict counts (each draft's are on its artifact).
            w.WriteStartObject("properties");
            var scores = report.Files.Select(f => f.Score).ToList();
            w.WriteNumber("claims", scores.Sum(x => x.Claims));
            w.WriteNumber("supported", scores.Sum(x => x.Supported));
            w.WriteNumber("contradicted", scores.Sum(x => x.Contradicted));
            w.WriteNumber("unverifiable", scores.Sum(x => x.Unverifiable));
            if (report.LowestScore is { } lowest) w.WriteNumber("lowestScore", lowest);
            w.WriteNumber("unscored", scores.Count(x => !x.IsScored));
            w.WriteNumber("belowMinScore", report.Files.Count(report.IsBelowMinScore));
            w.WriteEndObject();

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    /// <summary>A draft's score (absent when it has none) and the verdict counts of its claims.</summary>
    private static void WriteScore(Utf8JsonWriter w, Report report, FileResult file)
    {
        var score = file.Score;
        if (score.Value is { } value) w.WriteNumber("score", value);
        w.WriteBoolean("scored", score.IsScored);
        JsonFormatter.WriteVerdictCounts(w, score);
        w.WriteBoolean("belowMinScore", report.IsBelowMinScore(file));
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
