using MediaReview.Checking;
using MediaReview.Rules;

namespace MediaReview.Reporting;

/// <summary>
/// Everything a formatter writes about one run: the checked drafts, the drafts that could not be read, the rules,
/// and the totals. A streamed report (<see cref="IReportFormatter.Begin"/>) is given the drafts one at a time and
/// this record without them (<see cref="Files"/> empty) at its start and its end, with the totals added up.
/// </summary>
public sealed record Report
{
    /// <summary>The checked drafts, for a report written at once; empty for a streamed one.</summary>
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

    private ReportTotals? _totals;

    /// <summary>The run's totals: given by a streamed run, else added up from <see cref="Files"/>.</summary>
    public ReportTotals Totals
    {
        get => _totals ??= ReportTotals.Of(this, Files);
        init => _totals = value;
    }

    public IEnumerable<Finding> Findings => Files.SelectMany(f => f.Findings);

    /// <summary>The draft has a score and it is below <see cref="MinScore"/>.</summary>
    public bool IsBelowMinScore(FileResult file) => MinScore is { } min && file.Score.Value is { } score && score < min;

    /// <summary>
    /// The run fails (exit code 1): a standing finding at or above <see cref="FailOn"/>, or a draft below
    /// <see cref="MinScore"/>.
    /// </summary>
    public bool Fails => Totals.FailingFindings > 0 || Totals.BelowMinScore > 0;
}

/// <summary>A run's totals, added up draft by draft, so that a report can end with them without keeping the drafts.</summary>
public sealed class ReportTotals
{
    private readonly int[] _bySeverity = new int[(int)Severity.Error + 1];

    public int Drafts { get; private set; }
    public int Claims { get; private set; }
    public int Supported { get; private set; }
    public int Contradicted { get; private set; }
    public int Unverifiable { get; private set; }

    /// <summary>Suppressed or accepted findings.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Standing findings at or above the run's fail level.</summary>
    public int FailingFindings { get; private set; }

    /// <summary>The lowest score, and the first draft (in order) that has it; null when no draft has a score.</summary>
    public int? LowestScore { get; private set; }
    public string? LowestScorePath { get; private set; }

    public int Unscored { get; private set; }
    public int BelowMinScore { get; private set; }

    /// <summary>Standing findings of this severity.</summary>
    public int Count(Severity severity) => _bySeverity[(int)severity];

    /// <summary>Adds a draft, as the run's <paramref name="report"/> (its fail level and minimum score) judges it.</summary>
    public void Add(Report report, FileResult file)
    {
        Drafts++;
        var score = file.Score;
        Claims += score.Claims;
        Supported += score.Supported;
        Contradicted += score.Contradicted;
        Unverifiable += score.Unverifiable;
        foreach (var f in file.Findings)
        {
            if (f.IsSuppressed) { Suppressed++; continue; }
            _bySeverity[(int)f.Severity]++;
            if (report.FailOn != Severity.None && f.Severity >= report.FailOn) FailingFindings++;
        }
        if (score.Value is { } value)
        {
            if (LowestScore is null || value < LowestScore) (LowestScore, LowestScorePath) = (value, file.Document.Path);
        }
        else Unscored++;
        if (report.IsBelowMinScore(file)) BelowMinScore++;
    }

    public static ReportTotals Of(Report report, IEnumerable<FileResult> files)
    {
        var totals = new ReportTotals();
        foreach (var file in files) totals.Add(report, file);
        return totals;
    }
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

/// <summary>
/// Writes a report in one format. Add one to support a new output format. A report is streamed: <see cref="Begin"/>
/// with the run (its configuration and rules; no drafts yet), then each draft in order, then its end with the
/// run's errors and totals; so a batch of any size is written without keeping its drafts.
/// </summary>
public interface IReportFormatter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    /// <summary>Starts a report on the writer: what comes before the drafts.</summary>
    IReportWriter Begin(Report run, TextWriter writer);


    /// <summary>The file a report in this format is written to when several formats are asked for and no --output names one.</summary>
    string DefaultFileName => $"mediareview.{Name}";
}

public static class ReportFormatters
{
    /// <summary>The whole report at once: what <see cref="IReportFormatter.Begin"/> writes for its drafts, in order.</summary>
    public static void Write(this IReportFormatter formatter, Report report, TextWriter writer)
    {
        var stream = formatter.Begin(report with { Files = [] }, writer);
        foreach (var file in report.Files) stream.Add(file);
        stream.End(report with { Files = [], Totals = report.Totals });
    }
}

/// <summary>A report being written: each draft in order, then the end.</summary>
public interface IReportWriter
{
    void Add(FileResult file);

    /// <summary>What comes after the drafts; <paramref name="run"/> has the errors and the totals.</summary>
    void End(Report run);
}

public static class ToolInfo
{
    public const string Name = "mediareview";
    public const string InformationUri = "https://github.com/mediareview/mediareview";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
