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

    /// <summary>A draft scoring below this fails the run (check --min-score); null for no threshold.</summary>
    public int? MinScore { get; init; }

    /// <summary>How the run was configured, as reports record it (SARIF invocations, the JSON report).</summary>
    public RunConfiguration Configuration { get; init; } = new();

    /// <summary>
    /// The day the report is made on, for the formats that must date it (ClaimReview's datePublished). The CLI takes
    /// it from SOURCE_DATE_EPOCH when that is set, so that a run can be reproduced byte for byte.
    /// </summary>
    public DateOnly ReviewDate { get; init; }

    /// <summary>Whether a format that can (text) may colour its output with ANSI escape codes.</summary>
    public bool Color { get; init; }

    public string ToolVersion { get; init; } = ToolInfo.Version;

    public IEnumerable<Finding> Findings => Files.SelectMany(f => f.Findings);

    /// <summary>Findings that stand at this severity (suppressed ones are not counted).</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity && !f.IsSuppressed);

    public int SuppressedCount => Findings.Count(f => f.IsSuppressed);

    /// <summary>The lowest score of the drafts that have one; null when none has.</summary>
    public int? LowestScore => Files.Select(f => f.Score.Value).Where(v => v is not null).Min();

    /// <summary>The draft has a score and it is below <see cref="MinScore"/>.</summary>
    public bool IsBelowMinScore(FileResult file) => MinScore is { } min && file.Score.Value is { } score && score < min;

    /// <summary>
    /// The run fails (exit code 1): a standing finding at or above <see cref="FailOn"/>, or a draft below
    /// <see cref="MinScore"/>.
    /// </summary>
    public bool Fails =>
        (FailOn != Severity.None && Findings.Any(f => f.Severity >= FailOn && !f.IsSuppressed)) || Files.Any(IsBelowMinScore);
}

/// <summary>
/// The configuration a run used, as reports record it. Folders the user named are written as they named
/// them; the shipped rules and reference set as "built-in". Nothing here depends on the machine or on the
/// number of threads, so reports stay comparable.
/// </summary>
public sealed record RunConfiguration
{
    public string Rules { get; init; } = "built-in";
    public string Reference { get; init; } = "built-in";

    /// <summary>The reference set's "asOf" date: facts after it are not vouched for.</summary>
    public DateOnly? ReferenceAsOf { get; init; }

    /// <summary>--date, when given.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>--baseline, when given.</summary>
    public string? Baseline { get; init; }

    /// <summary>The .editorconfig files that set severities for the drafts, relative to the working folder.</summary>
    public IReadOnlyList<string> EditorConfigFiles { get; init; } = [];
}

/// <summary>Writes a report in one format. Add one to support a new output format.</summary>
public interface IReportFormatter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    void Write(Report report, TextWriter writer);

    /// <summary>The file a report in this format is written to when several formats are asked for and no --output names one.</summary>
    string DefaultFileName => $"mediareview.{Name}";
}

public static class ToolInfo
{
    public const string Name = "mediareview";
    public const string InformationUri = "https://github.com/mediareview/mediareview";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
