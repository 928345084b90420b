using MediaReview.Checking;
using MediaReview.Rules;

namespace MediaReview.Reporting;

/// <summary>Everything a formatter writes about one run: the checked drafts, the drafts that could not be read, the rules.</summary>
public sealed record Report
{
    public required IReadOnlyList<FileResult> Files { get; init; }

    /// <summary>Drafts that could not be checked, with why.</summary>
    public required IReadOnlyList<InputException> Errors { get; init; }

    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }

    /// <summary>The level findings fail the run at (for the summary).</summary>
    public Severity FailOn { get; init; } = Severity.Error;

    public string ToolVersion { get; init; } = ToolInfo.Version;

    public IEnumerable<Finding> Findings => Files.SelectMany(f => f.Findings);

    /// <summary>Findings that stand at this severity (suppressed ones are not counted).</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity && !f.IsSuppressed);

    public int SuppressedCount => Findings.Count(f => f.IsSuppressed);
}

/// <summary>Writes a report in one format. Add one to support a new output format.</summary>
public interface IReportFormatter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    void Write(Report report, TextWriter writer);
}

public static class ToolInfo
{
    public const string Name = "mediareview";
    public const string InformationUri = "https://github.com/mediareview/mediareview";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
