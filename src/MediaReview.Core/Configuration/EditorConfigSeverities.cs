using System.Collections.Concurrent;
using MediaReview.Checking;
using MediaReview.Rules;
using Microsoft.CodeAnalysis;

namespace MediaReview.Configuration;

/// <summary>
/// Rule severities from .editorconfig files, with Roslyn's semantics, read by Roslyn's own
/// <see cref="AnalyzerConfigSet"/>: the files from the draft's folder up to the first one with
/// <c>root = true</c>; the deeper file and the later section win; section globs select files.
/// <code>
/// [*.md]
/// dotnet_diagnostic.MR1002.severity = error                    # one rule
/// dotnet_analyzer_diagnostic.category-Names.severity = none    # a category (off)
/// dotnet_analyzer_diagnostic.severity = warning                # all rules
/// </code>
/// The more specific key wins: a rule's own over its category's over all rules', whatever file they are in.
/// </summary>
public sealed class EditorConfigSeverities
{
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet?> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalyzerConfig?> _files = new(StringComparer.Ordinal);

    /// <summary>The severity of the rule for the draft at the path: configured, or the rule's default.</summary>
    public Severity For(string draftPath, RuleDescriptor rule)
    {
        var full = Path.GetFullPath(draftPath);
        var set = _sets.GetOrAdd(Path.GetDirectoryName(full) ?? full, Load);
        if (set is null) return rule.DefaultSeverity;
        var options = set.GetOptionsForSourcePath(full);
        if (options.TreeOptions.TryGetValue(rule.Id, out var own) && own != ReportDiagnostic.Default) return FromReport(own, rule.DefaultSeverity);
        var category = $"dotnet_analyzer_diagnostic.category-{rule.Category}.severity";
        string? byCategory = null, all = null;
        foreach (var (key, value) in options.AnalyzerOptions)
        {
            if (string.Equals(key, category, StringComparison.OrdinalIgnoreCase)) byCategory = value;
            else if (string.Equals(key, "dotnet_analyzer_diagnostic.severity", StringComparison.OrdinalIgnoreCase)) all = value;
        }
        return Parse(byCategory) ?? Parse(all) ?? rule.DefaultSeverity;
    }

    /// <summary>
    /// Reads the .editorconfig files that govern these drafts now, before they are checked, so that a report can
    /// name them at its start; returns them as <see cref="FilesFound"/> does.
    /// </summary>
    public IReadOnlyList<string> Discover(IEnumerable<string> draftPaths)
    {
        foreach (var directory in draftPaths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p)) ?? p).Distinct(StringComparer.Ordinal))
            _sets.GetOrAdd(directory, Load);
        return FilesFound;
    }

    /// <summary>The .editorconfig files found so far, above the drafts checked (in ordinal order).</summary>
    public IReadOnlyList<string> FilesFound => _files.Where(f => f.Value is not null).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>The .editorconfig files from the folder up, as one set (null when there are none).</summary>
    private AnalyzerConfigSet? Load(string directory)
    {
        var configs = new List<AnalyzerConfig>();
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, ".editorconfig");
            var config = _files.GetOrAdd(path, p =>
            {
                try { return File.Exists(p) ? AnalyzerConfig.Parse(File.ReadAllText(p), p) : null; }
                catch (IOException) { return null; }
                catch (UnauthorizedAccessException) { return null; }
            });
            // AnalyzerConfigSet itself ignores the files above one marked "root = true".
            if (config is not null) configs.Add(config);
        }
        return configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs);
    }

    private static Severity FromReport(ReportDiagnostic value, Severity fallback) => value switch
    {
        ReportDiagnostic.Error => Severity.Error,
        ReportDiagnostic.Warn => Severity.Warning,
        ReportDiagnostic.Info => Severity.Suggestion,
        ReportDiagnostic.Hidden => Severity.Silent,
        ReportDiagnostic.Suppress => Severity.None,
        _ => fallback,
    };

    private static Severity? Parse(string? value) => Severities.TryParse(value, out var severity) ? severity : null;
}
