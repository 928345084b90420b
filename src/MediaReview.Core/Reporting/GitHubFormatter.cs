using System.Globalization;
using System.Text;
using MediaReview.Checking;

namespace MediaReview.Reporting;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error</c>, <c>::warning</c> or <c>::notice</c> per standing finding, with
/// the file, the span's line and columns and the rule as title, so that findings appear as annotations on
/// the pull request's changed lines. A <c>::notice</c> per draft gives its score, and drafts that could not be
/// read are <c>::error</c>s. Suppressed and silent findings are left out.
/// </summary>
public sealed class GitHubFormatter : IReportFormatter
{
    public string Name => "github";

    public string DefaultFileName => "mediareview.github.txt";

    public IReportWriter Begin(Report run, TextWriter writer) => new Stream(run, writer);

    private sealed class Stream(Report report, TextWriter w) : IReportWriter
    {
        public void Add(FileResult file)
        {
            var path = Paths.Relative(file.Document.Path);
            foreach (var f in file.Findings.Where(f => f.Severity > Severity.Silent && !f.IsSuppressed))
            {
                var command = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
                var position = f.Start.Line == f.End.Line
                    ? $"line={f.Start.Line},col={f.Start.Column},endColumn={f.End.Column}"
                    : $"line={f.Start.Line},endLine={f.End.Line},col={f.Start.Column}";
                var message = new StringBuilder(f.Message);
                if (f.Suggestion is not null) message.Append($"\nSuggestion: {f.Suggestion}");
                if (f.OutsideArticle is not null) message.Append($"\nOutside the article: {f.OutsideArticle}");
                message.Append(CultureInfo.InvariantCulture, $"\nConfidence {f.Confidence:0.00}; flagged text: \"{file.Document.ReadableText(f.Span)}\"");
                w.WriteLine($"::{command} file={Property(path)},{position},title={Property($"{f.Id}: {f.Title}")}::{Data(message.ToString())}");
            }
            var score = file.Score;
            var summary = score.Value is { } value
                ? $"score {value}/100{(report.IsBelowMinScore(file) ? $", below --min-score {report.MinScore}" : "")}"
                : TextFormatter.NotScored;
            w.WriteLine($"::notice file={Property(path)},title={Property("MediaReview")}::{Data($"{summary}; {TextFormatter.Verdicts(score)}")}");
        }

        public void End(Report run)
        {
            foreach (var e in run.Errors)
            {
                var location = e.Path is null ? "" : $"file={Property(Paths.Relative(e.Path))}" + (e.Line > 0 ? $",line={e.Line}" : "") + (e.Column > 0 ? $",col={e.Column}" : "") + ",";
                w.WriteLine($"::error {location}title={Property("MediaReview could not check this draft")}::{Data(e.Message)}");
            }
        }
    }

    /// <summary>A command's message: %, CR and LF escaped (GitHub's own toolkit escapes the same).</summary>
    internal static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value: as data, and ':' and ',' too, which would end it.</summary>
    internal static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
