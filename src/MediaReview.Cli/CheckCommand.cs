using System.Globalization;
using MediaReview.Checking;
using MediaReview.Claims;
using MediaReview.Documents;
using MediaReview.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace MediaReview.Cli;

public sealed record CheckOptions
{
    public required IReadOnlyList<string> Paths { get; init; }
    public DateOnly? Date { get; init; }
    public string? ReferenceDirectory { get; init; }
    public string? RulesDirectory { get; init; }

    /// <summary>The report formats, each written once (see <see cref="CommandLine.Formats"/>).</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["text"];

    /// <summary>One file per format, in the same order ("-" for standard output), or none for the defaults.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    public string FailOn { get; init; } = "error";

    /// <summary>Fail a draft that scores below this.</summary>
    public int? MinScore { get; init; }

    /// <summary>A baseline of accepted findings (check --baseline).</summary>
    public string? Baseline { get; init; }

    /// <summary>Write the findings as a baseline to this file instead of a report (mediareview baseline).</summary>
    public string? WriteBaseline { get; init; }

    /// <summary>No colours even on a terminal.</summary>
    public bool NoColor { get; init; }

    /// <summary>Drafts checked at once; the output does not depend on it.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;
}

/// <summary>`mediareview check`: expand paths, check each draft, write the reports, choose the exit code.</summary>
public sealed class CheckCommand(TextWriter stdout, TextWriter stderr, Terminal terminal)
{
    /// <summary>How long a batch runs before a progress bar appears (on an interactive terminal only).</summary>
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromMilliseconds(500);

    public int Run(CheckOptions options)
    {
        var today = Clock.Today();
        var errors = new List<InputException>();
        List<string>? drafts = null;
        DocumentLoader loader = null!;
        List<IClaimExtractor> claimExtractors = [];
        // While the rules compile on another thread, the drafts are found and the first one is read and its claims found:
        // a check of one draft ends about 20 ms sooner (tests/perf/RESULTS.md). Its errors are delivered in their turn.
        Task<(Document, IReadOnlyList<Claim>)>? firstDraft = null;
        if (CliSupport.Load(options.RulesDirectory, options.ReferenceDirectory, stderr, out _, extractors: true, meanwhile: services =>
            {
                loader = services.GetRequiredService<DocumentLoader>();
                claimExtractors = services.GetServices<IClaimExtractor>().ToList();
                drafts = ExpandPaths(options.Paths, loader, errors);
                if (drafts.Count > 0) firstDraft = Task.Run(() => ReadAndFindClaims(loader, claimExtractors, drafts[0], options.Date, today));
            }) is not { } services) return CommandLine.UsageOrInputError;
        // Load runs the work above (drafts, loader, extractors) whenever it returns the services.
        if (drafts is null) throw new InvalidOperationException("the drafts were not looked for while the rules loaded");
        var checker = services.GetRequiredService<Checker>();
        // Where each report goes is settled before any report is begun: a usage error writes nothing.
        List<(IReportFormatter Formatter, string? Path)> targets = [];
        if (options.WriteBaseline is null)
        {
            if (ResolveTargets(options, services.GetServices<IReportFormatter>().ToList()) is not { } resolved) return CommandLine.UsageOrInputError;
            targets = resolved;
        }

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

        // A report or baseline written over a draft or the baseline read would lose what the user wrote.
        var inputs = drafts.Select(Path.GetFullPath).Append(options.Baseline is null ? null : Path.GetFullPath(options.Baseline)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var writes = targets.Select(t => t.Path).Append(options.WriteBaseline).OfType<string>();
        if (writes.FirstOrDefault(w => inputs.Contains(Path.GetFullPath(w))) is { } clash)
        {
            stderr.WriteLine($"{clash}: error: this is {(options.Baseline is not null && Path.GetFullPath(clash) == Path.GetFullPath(options.Baseline) ? "the baseline" : "a draft")} being checked; write the {(options.WriteBaseline is not null ? "baseline" : "report")} to another file");
            return CommandLine.UsageOrInputError;
        }
        foreach (var error in errors) stderr.WriteLine(CliSupport.Format(error));

        Severities.TryParse(options.FailOn, out var failOn);
        var run = new Report
        {
            Files = [],
            Errors = [],
            Rules = checker.Rules.Descriptors.ToList(),
            FailOn = failOn,
            MinScore = options.MinScore,
            ReviewDate = today,
            Configuration = new RunConfiguration
            {
                Rules = options.RulesDirectory is null ? "built-in" : Paths.Relative(options.RulesDirectory),
                Reference = options.ReferenceDirectory is null ? "built-in" : Paths.Relative(options.ReferenceDirectory),
                ReferenceAsOf = checker.Reference.AsOf,
                Date = options.Date,
                Baseline = options.Baseline is null ? null : Paths.Relative(options.Baseline),
                EditorConfigFiles = services.GetRequiredService<Configuration.EditorConfigSeverities>().Discover(drafts).Select(Paths.Relative).ToList(),
            },
        };

        // Every report is open before the first draft is checked, and each draft goes to all of them as soon as
        // the drafts before it are done; then it is let go. Files become visible only once complete. All files are
        // opened before anything is written, so that one that cannot be opened costs nothing.
        var outputs = new List<Output>();
        // On a terminal that may show the progress bar, standard output and draft errors wait for the end rather
        // than tear through it.
        var console = terminal.CanShowProgress && terminal.OutputIsTerminal ? new StringWriter() : stdout;
        var deferredErrors = terminal.CanShowProgress ? new List<InputException>() : null;
        try
        {
            foreach (var (formatter, path) in targets)
            {
                if (path is null)
                {
                    // A buffered standard output (see Program) shows each draft's report as soon as it is written; a
                    // failure to write it is that report's, as any other.
                    outputs.Add(new Output(formatter, null, null, ReferenceEquals(console, stdout) ? stdout : null));
                    continue;
                }
                if (OutputFile.Open(path, "the report", stderr) is not { } file) return CommandLine.UsageOrInputError;
                outputs.Add(new Output(formatter, path, file));
            }
            foreach (var output in outputs)
            {
                output.Write(stderr, () => output.Stream = output.Formatter.Begin(
                    output.File is null ? run with { Color = terminal.Color && !options.NoColor } : run,
                    output.File?.Writer ?? console));
            }

            var totals = new ReportTotals();
            var kept = options.WriteBaseline is not null ? new List<FileResult>() : null;
            void Deliver(FileResult? result, InputException? error)
            {
                if (error is not null)
                {
                    errors.Add(error);
                    if (deferredErrors is not null) deferredErrors.Add(error);
                    else stderr.WriteLine(CliSupport.Format(error));
                    return;
                }
                totals.Add(run, result!);
                kept?.Add(result!);
                foreach (var output in outputs) output.Write(stderr, () => output.Stream!.Add(result!));
            }
            CheckInOrder(drafts.Count, Math.Clamp(options.Parallel, 1, MaxParallel), options.NoColor, i =>
            {
                var path = drafts[i];
                try
                {
                    var (document, claims) = i == 0 && firstDraft is not null ? Interlocked.Exchange(ref firstDraft, null)!.GetAwaiter().GetResult() : ReadAndFindClaims(loader, claimExtractors, path, options.Date, today);
                    var result = checker.Check(document, claims);
                    return (baseline is null ? result : result with { Findings = baseline.Apply(result.Document, result.Findings) }, null);
                }
                catch (InputException e)
                {
                    return (null, e);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug of ours must not cost the user the other drafts, nor show them a stack trace.
                    return (null, new InputException(path, $"internal error while checking this draft ({e.GetType().Name}: {e.Message}); please report it with the draft"));
                }
            }, Deliver);
            foreach (var error in deferredErrors ?? []) stderr.WriteLine(CliSupport.Format(error));

            var final = run with { Errors = errors, Totals = totals };
            if (kept is not null)
            {
                var baselinePath = options.WriteBaseline!;
                if (!CliSupport.WriteAtomically(baselinePath, w => w.Write(Baseline.Write(kept, final.ToolVersion, baselinePath)), "the baseline", stderr))
                    return CommandLine.UsageOrInputError;
                var accepted = kept.Sum(r => r.Findings.Count(f => !f.IsSuppressed));
                stdout.WriteLine($"{baselinePath}: {TextFormatter.Plural(accepted, "finding")} in {TextFormatter.Plural(kept.Count, "draft")} accepted; check with --baseline {baselinePath} to fail only on new ones");
                return errors.Count > 0 ? CommandLine.UsageOrInputError : CommandLine.Success;
            }

            foreach (var output in outputs) output.Write(stderr, () => output.Stream!.End(final));
            if (console is StringWriter buffered) stdout.Write(buffered.ToString());
            var written = true;
            foreach (var output in outputs)
            {
                if (output.File is null) { written &= !output.Failed; continue; }
                if (!output.Failed && output.File.Commit())
                {
                    if (options.Outputs.Count == 0) stderr.WriteLine($"mediareview: wrote the {output.Formatter.Name} report to {output.Path}");
                }
                else written = false;
            }
            if (!written || errors.Count > 0) return CommandLine.UsageOrInputError;
            return final.Fails ? CommandLine.FindingsAtFailLevel : CommandLine.Success;
        }
        finally
        {
            foreach (var output in outputs) output.File?.Dispose();
        }
    }

    /// <summary>More threads than this only wait; the number also keeps the look-ahead window from overflowing.</summary>
    private const int MaxParallel = 256;

    /// <summary>
    /// A report being written: its formatter, its file (null for standard output) and its writer. A report that
    /// cannot be written (disk full, a closed pipe) is named once on stderr and left alone; the others go on.
    /// </summary>
    /// <param name="flush">Standard output, for a report written there that must be flushed after each write; else null.</param>
    private sealed class Output(IReportFormatter formatter, string? path, OutputFile? file, TextWriter? flush = null)
    {
        public IReportFormatter Formatter { get; } = formatter;
        public string? Path { get; } = path;
        public OutputFile? File { get; } = file;
        public IReportWriter? Stream { get; set; }
        public bool Failed { get; private set; }

        public void Write(TextWriter stderr, Action write)
        {
            if (Failed) return;
            try
            {
                write();
                flush?.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Failed = true;
                stderr.WriteLine($"{Path ?? "mediareview"}: error: cannot write the {Formatter.Name} report{(Path is null ? " to standard output" : "")}: {e.Message}");
            }
        }
    }

    /// <summary>
    /// Pairs each format with where it goes: the --output given for it ("-" is standard output), or with none
    /// given, standard output for a single format, else standard output for the first of text and github and
    /// the format's default file for the others. Null (with the reason on stderr) for a usage error.
    /// </summary>
    private List<(IReportFormatter, string?)>? ResolveTargets(CheckOptions options, IReadOnlyList<IReportFormatter> formatters)
    {
        var formats = options.Formats;
        if (formats.GroupBy(f => f, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            stderr.WriteLine($"mediareview: error: --format {twice.Key} is given twice; each format is written once");
            return null;
        }
        var outputs = options.Outputs;
        if (outputs.Count > 0 && outputs.Count != formats.Count)
        {
            stderr.WriteLine($"mediareview: error: {TextFormatter.Plural(formats.Count, "format")} but {TextFormatter.Plural(outputs.Count, "--output")}; give one --output per --format, in the same order ('-' for standard output), or none to use default file names");
            return null;
        }
        if (outputs.FirstOrDefault(string.IsNullOrWhiteSpace) is { } empty)
        {
            stderr.WriteLine($"mediareview: error: --output '{empty}' is not a file name");
            return null;
        }
        var targets = new List<(IReportFormatter, string?)>();
        var toStdout = new List<string>();
        for (var i = 0; i < formats.Count; i++)
        {
            var formatter = formatters.FirstOrDefault(f => f.Name == formats[i]);
            if (formatter is null)
            {
                stderr.WriteLine($"mediareview: error: no formatter for --format {formats[i]}");
                return null;
            }
            string? path;
            if (outputs.Count > 0) path = outputs[i] == "-" ? null : outputs[i];
            else if (formats.Count == 1) path = null;
            else path = formats[i] is "text" or "github" && !toStdout.Any() ? null : formatter.DefaultFileName;
            if (path is null) toStdout.Add(formats[i]);
            targets.Add((formatter, path));
        }
        if (toStdout.Count > 1)
        {
            stderr.WriteLine($"mediareview: error: {string.Join(" and ", toStdout)} would both go to standard output; give one of them an --output file");
            return null;
        }
        var files = targets.Where(t => t.Item2 is not null).GroupBy(t => Path.GetFullPath(t.Item2!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (files is not null)
        {
            stderr.WriteLine($"mediareview: error: two reports would be written to {files.First().Item2}; give each format its own --output");
            return null;
        }
        return targets;
    }

    /// <summary>
    /// Checks drafts 0..count-1 on up to <paramref name="parallel"/> threads and hands each outcome to
    /// <paramref name="deliver"/> in draft order, on this thread, whatever order the checks finish in: the checking
    /// threads never wait for the reports to be written. Drafts are taken in order and at most a few per thread run
    /// ahead of the first one not yet delivered, so the results waiting for it stay few. On an interactive terminal,
    /// a batch still running after <see cref="ProgressDelay"/> gets a progress bar on standard error, cleared when
    /// done; redirected output never does.
    /// </summary>
    private void CheckInOrder(int count, int parallel, bool noColor,
        Func<int, (FileResult?, InputException?)> check, Action<FileResult?, InputException?> deliver)
    {
        var gate = new object();
        var waiting = new Dictionary<int, (FileResult?, InputException?)>();
        var next = 0;
        // The delivering thread waits for a run of this many drafts, not for each one: waking it per draft cost a
        // context switch or two per draft on each side (100 MB corpus, 9,564 drafts: 42,000 switches; 11,000 with runs
        // of 4, 3% less CPU). Longer runs keep more results waiting: runs of 16 switched 4,700 times but took more CPU
        // and 30 MB more memory, for the garbage collector then keeps more of them.
        const int Run = 4;
        var window = 4 * parallel + Run;
        // While the delivering thread waits: the last draft of the run it waits for; else -1.
        var runEnd = -1;
        var workersWaiting = 0;
        // Whether drafts from..to are all checked and waiting (under the gate).
        bool Ready(int from, int to)
        {
            for (var k = from; k <= to; k++) if (!waiting.ContainsKey(k)) return false;
            return true;
        }
        // Set when a check or a delivery fails: every waiting thread gives up, so that nothing hangs.
        Exception? failure = null;
        void Fail(Exception e)
        {
            lock (gate)
            {
                failure ??= e;
                Monitor.PulseAll(gate);
            }
        }
        var work = Task.Run(() => Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, count), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            (i, loop) =>
            {
                lock (gate)
                {
                    while (i - next >= window && failure is null)
                    {
                        workersWaiting++;
                        Monitor.Wait(gate);
                        workersWaiting--;
                    }
                    if (failure is not null) { loop.Stop(); return; }
                }
                (FileResult?, InputException?) outcome;
                try
                {
                    outcome = check(i);
                }
                catch (Exception e)
                {
                    Fail(e);
                    throw;
                }
                lock (gate)
                {
                    waiting[i] = outcome;
                    if (i <= runEnd && Ready(next, runEnd)) Monitor.PulseAll(gate);
                }
            }));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Delivers drafts in order until all are delivered or, with <paramref name="stopAfter"/>, the batch has run
        // that long; returns how many are. Waiting, it looks at the clock every 50 ms. A progress bar is moved on per draft.
        int Deliver(int from, TimeSpan? stopAfter, Action<int>? progress)
        {
            bool Stop() => clock.Elapsed > stopAfter;
            var run = progress is null ? Run : 1;
            for (var n = from; n < count; n++)
            {
                if (Stop()) return n;
                (FileResult?, InputException?) ready;
                lock (gate)
                {
                    if (!waiting.ContainsKey(n))
                    {
                        runEnd = Math.Min(n + run, count) - 1;
                        while (!Ready(n, runEnd))
                        {
                            // A checking thread that failed will never hand its draft over.
                            if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                            if (stopAfter is null) Monitor.Wait(gate);
                            else if (!Monitor.Wait(gate, 50) && Stop())
                            {
                                runEnd = -1;
                                return n;
                            }
                        }
                        runEnd = -1;
                    }
                    waiting.Remove(n, out ready);
                    next = n + 1;
                    if (workersWaiting > 0) Monitor.PulseAll(gate);
                }
                try
                {
                    deliver(ready.Item1, ready.Item2);
                }
                catch (Exception e)
                {
                    Fail(e);
                    throw;
                }
                progress?.Invoke(n + 1);
            }
            return count;
        }

        var mayShowProgress = count > 1 && terminal.CanShowProgress;
        var delivered = Deliver(0, mayShowProgress ? ProgressDelay : null, null);
        if (delivered < count && terminal.ProgressConsole(noColor) is var console && console.Profile.Capabilities.Interactive)
        {
            console.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask(string.Create(CultureInfo.InvariantCulture, $"Checking {count} drafts"), maxValue: count);
                    task.Value = delivered;
                    Deliver(delivered, null, n => task.Value = n);
                });
        }
        else if (delivered < count)
        {
            Deliver(delivered, null, null);
        }
        work.GetAwaiter().GetResult();
    }

    /// <summary>A draft read and its claims found: everything of its check that does not need the rules.</summary>
    private static (Document, IReadOnlyList<Claim>) ReadAndFindClaims(DocumentLoader loader, List<IClaimExtractor> extractors, string path, DateOnly? date, DateOnly today)
    {
        var document = loader.Load(path, date, today);
        return (document, Checker.FindClaims(extractors, document));
    }

    /// <summary>
    /// A report written under its default name (mediareview.html, mediareview.github.txt, …): found under a folder,
    /// it is not a draft. Named on the command line, it is checked like any file.
    /// </summary>
    private static bool IsReport(string path) => Path.GetFileName(path).StartsWith("mediareview.", StringComparison.Ordinal);

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
                    .Where(f => loader.CanRead(f) && !IsReport(f))
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
}
