using MediaReview.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Cli;

/// <summary>What every command does the same way: loading the rules and the reference set, naming errors, writing files.</summary>
internal static class CliSupport
{
    /// <summary>"file(line,col): error: message", or "mediareview: error: message" with no file.</summary>
    public static string Format(InputException e) => $"{e.Location ?? "mediareview"}: error: {e.Message}";

    /// <summary>
    /// The services for these folders, with the reference set and the rules loaded each on their own, so that
    /// the problems in both are all reported (written to stderr, the reference set's first); null when there was any.
    /// </summary>
    /// <param name="extractors">Also make the claim extractors (the reference set's word lists), for a command that checks drafts.</param>
    /// <param name="meanwhile">Work for this thread while the rules are still being compiled, run whenever the reference set
    /// loaded without a problem (after the extractors are made, if asked for); it must not need the rules. An exception
    /// it throws is not caught: it leaves without waiting for the rules or naming their problems.</param>
    public static ServiceProvider? Load(string? rulesDirectory, string? referenceDirectory, TextWriter stderr, out int problems, bool extractors = false,
        Action<ServiceProvider>? meanwhile = null)
    {
        var services = new ServiceCollection()
            .AddMediaReview(o =>
            {
                if (rulesDirectory is not null) o.RulesDirectory = rulesDirectory;
                if (referenceDirectory is not null) o.ReferenceDirectory = referenceDirectory;
            })
            .BuildServiceProvider();
        // The rule files are read and compiled on another thread while the reference set loads and the extractors are
        // made: on two cores a check of one draft starts about 20 ms sooner (tests/perf/RESULTS.md).
        var rules = Task.Run(() => ErrorsOf<RuleSet>(services));
        var errors = ErrorsOf<Reference.ReferenceSet>(services);
        if (errors.Count == 0)
        {
            if (extractors) services.GetServices<Claims.IClaimExtractor>();
            meanwhile?.Invoke(services);
        }
        errors.AddRange(rules.GetAwaiter().GetResult());
        foreach (var error in errors) stderr.WriteLine(Format(error));
        problems = errors.Count;
        return errors.Count == 0 ? services : null;
    }

    /// <summary>Makes the service, returning the input errors that stopped it (none when it was made).</summary>
    private static List<InputException> ErrorsOf<T>(ServiceProvider services) where T : notnull
    {
        try
        {
            services.GetRequiredService<T>();
            return [];
        }
        catch (InputErrorsException e)
        {
            return [.. e.Errors];
        }
    }

    /// <summary>
    /// Writes a file given with --output through an <see cref="OutputFile"/>: never half-written. False (with the
    /// reason on stderr) when it cannot be written.
    /// </summary>
    /// <param name="what">What the file is, for the message: "the report".</param>
    public static bool WriteAtomically(string output, Action<TextWriter> write, string what, TextWriter stderr)
    {
        using var file = OutputFile.Open(output, what, stderr);
        if (file is null) return false;
        try
        {
            write(file.Writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{output}: error: cannot write {what}: {e.Message}");
            return false;
        }
        return file.Commit();
    }
}

/// <summary>
/// A file given with --output, being written: to a temporary file beside it, moved over it by <see cref="Commit"/>
/// once complete, so that a failure never leaves it half-written; disposed uncommitted, the temporary file is
/// deleted and the target left as it was. For a symbolic link, the file it leads to is replaced and the link kept;
/// a device (/dev/null, /dev/stdout) is written through, in place: a file renamed over it would replace it.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string _output;
    private readonly string _full;
    private readonly string? _temp;
    private readonly string _what;
    private readonly TextWriter _stderr;
    private bool _done;

    private OutputFile(string output, string full, string? temp, StreamWriter writer, string what, TextWriter stderr)
    {
        (_output, _full, _temp, Writer, _what, _stderr) = (output, full, temp, writer, what, stderr);
    }

    public StreamWriter Writer { get; }

    /// <summary>Opens the file for writing, or says on stderr why it cannot be (null).</summary>
    public static OutputFile? Open(string output, string what, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(output) || output.EndsWith('/') || Directory.Exists(output))
        {
            stderr.WriteLine($"mediareview: error: --output '{output}' is not a file name");
            return null;
        }
        var full = Path.GetFullPath(output);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine($"{output}: error: the folder for --output does not exist");
            return null;
        }
        var through = full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
        // A symbolic link: the file it leads to is what gets replaced, so the link stays a link.
        if (!through && new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } resolved)
        {
            full = resolved.FullName;
            directory = Path.GetDirectoryName(full)!;
            through = full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
            if (!Directory.Exists(directory))
            {
                stderr.WriteLine($"{output}: error: the link leads to {full}, whose folder does not exist");
                return null;
            }
        }
        var temp = through ? null : Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            var stream = new FileStream(temp ?? full, FileMode.Create, FileAccess.Write, through ? FileShare.ReadWrite : FileShare.None, 1 << 16);
            return new OutputFile(output, full, temp, new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16), what, stderr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{output}: error: cannot write {what}: {e.Message}");
            return null;
        }
    }

    /// <summary>Completes the file: moves it over the target. False (with the reason on stderr) when that fails.</summary>
    public bool Commit()
    {
        try
        {
            Writer.Dispose();
            if (_temp is not null) File.Move(_temp, _full, overwrite: true);
            _done = true;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _stderr.WriteLine($"{_output}: error: cannot write {_what}: {e.Message}");
            return false;
        }
    }

    public void Dispose()
    {
        if (_done) return;
        try { Writer.Dispose(); } catch (IOException) { }
        // Whatever happened, no half-written temporary file is left beside the target.
        if (_temp is not null)
        {
            try { File.Delete(_temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        _done = true;
    }
}
