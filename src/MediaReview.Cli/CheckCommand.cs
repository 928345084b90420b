using MediaReview.Checking;
using MediaReview.Documents;
using MediaReview.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Cli;

public sealed record CheckOptions
{
    public required IReadOnlyList<string> Paths { get; init; }
    public DateOnly? Date { get; init; }
    public string? ReferenceDirectory { get; init; }
    public string? RulesDirectory { get; init; }
    public string Format { get; init; } = "text";
    public string? Output { get; init; }
    public string FailOn { get; init; } = "error";

    /// <summary>A baseline of accepted findings (check --baseline).</summary>
    public string? Baseline { get; init; }

    /// <summary>Write the findings as a baseline to this file instead of a report (mediareview baseline).</summary>
    public string? WriteBaseline { get; init; }
}

/// <summary>`mediareview check`: expand paths, check each draft, write the report, choose the exit code.</summary>
public sealed class CheckCommand(TextWriter stdout, TextWriter stderr)
{
    public int Run(CheckOptions options)
    {
        if (CliSupport.Load(options.RulesDirectory, options.ReferenceDirectory, stderr, out _) is not { } services) return CommandLine.UsageOrInputError;
        var checker = services.GetRequiredService<Checker>();
        Baseline? baseline = null;
        if (options.Baseline is not null)
        {
            try { baseline = Baseline.Load(options.Baseline); }
            catch (InputException e)
            {
                stderr.WriteLine(CliSupport.Format(e));
                return CommandLine.UsageOrInputError;
            }
        }

        var loader = services.GetRequiredService<DocumentLoader>();
        var errors = new List<InputException>();
        var drafts = ExpandPaths(options.Paths, loader, errors);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var results = new List<FileResult>();
        foreach (var path in drafts)
        {
            try
            {
                var result = checker.Check(loader.Load(path, options.Date, today));
                results.Add(baseline is null ? result : result with { Findings = baseline.Apply(result.Document, result.Findings) });
            }
            catch (InputException e)
            {
                errors.Add(e);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug of ours must not cost the user the other drafts, nor show them a stack trace.
                errors.Add(new InputException(path, $"internal error while checking this draft ({e.GetType().Name}: {e.Message}); please report it with the draft"));
            }
        }
        foreach (var error in errors) stderr.WriteLine(CliSupport.Format(error));

        Severities.TryParse(options.FailOn, out var failOn);
        var report = new Report
        {
            Files = results,
            Errors = errors,
            Rules = checker.Rules.Descriptors.ToList(),
            FailOn = failOn,
        };
        if (options.WriteBaseline is not null)
        {
            var baselinePath = options.WriteBaseline;
            if (!CliSupport.WriteAtomically(baselinePath, w => w.Write(Baseline.Write(report.Files, report.ToolVersion, baselinePath)), "the baseline", stderr))
                return CommandLine.UsageOrInputError;
            var accepted = report.Findings.Count(f => !f.IsSuppressed);
            stdout.WriteLine($"{options.WriteBaseline}: {TextFormatter.Plural(accepted, "finding")} in {TextFormatter.Plural(report.Files.Count, "draft")} accepted; check with --baseline {options.WriteBaseline} to fail only on new ones");
            return errors.Count > 0 ? CommandLine.UsageOrInputError : CommandLine.Success;
        }
        var formatter = services.GetServices<IReportFormatter>().First(f => f.Name == options.Format);
        if (!WriteReport(formatter, report, options.Output)) return CommandLine.UsageOrInputError;

        if (errors.Count > 0) return CommandLine.UsageOrInputError;
        var failed = failOn != Severity.None && report.Findings.Any(f => f.Severity >= failOn && !f.IsSuppressed);
        return failed ? CommandLine.FindingsAtFailLevel : CommandLine.Success;
    }

    /// <summary>Files as given, and the drafts found under folders (recursively, in ordinal order).</summary>
    private static List<string> ExpandPaths(IReadOnlyList<string> paths, DocumentLoader loader, List<InputException> errors)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // Unreadable folders are skipped and links are not followed (a link back up would loop).
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
                var found = Directory.EnumerateFiles(path, "*", options)
                    .Where(loader.CanRead)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    errors.Add(new InputException(path, $"no drafts ({string.Join(", ", loader.Extensions.Order(StringComparer.Ordinal))}) in this folder"));
                }
                foreach (var f in found) if (seen.Add(Path.GetFullPath(f))) files.Add(f);
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) files.Add(path);
            }
            else
            {
                errors.Add(new InputException(path, "no such file or folder"));
            }
        }
        return files;
    }

    /// <summary>Writes to stdout, or to a temporary file moved over the target once complete.</summary>
    private bool WriteReport(IReportFormatter formatter, Report report, string? output)
    {
        if (output is not null) return CliSupport.WriteAtomically(output, w => formatter.Write(report, w), "the report", stderr);
        formatter.Write(report, stdout);
        return true;
    }
}
