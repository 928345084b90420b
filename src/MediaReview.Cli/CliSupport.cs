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
    /// the problems in both are all reported (written to stderr); null when there was any.
    /// </summary>
    public static ServiceProvider? Load(string? rulesDirectory, string? referenceDirectory, TextWriter stderr, out int problems)
    {
        var services = new ServiceCollection()
            .AddMediaReview(o =>
            {
                if (rulesDirectory is not null) o.RulesDirectory = rulesDirectory;
                if (referenceDirectory is not null) o.ReferenceDirectory = referenceDirectory;
            })
            .BuildServiceProvider();
        var errors = new List<InputException>();
        try { services.GetRequiredService<Reference.ReferenceSet>(); }
        catch (InputErrorsException e) { errors.AddRange(e.Errors); }
        try { services.GetRequiredService<RuleSet>(); }
        catch (InputErrorsException e) { errors.AddRange(e.Errors); }
        foreach (var error in errors) stderr.WriteLine(Format(error));
        problems = errors.Count;
        return errors.Count == 0 ? services : null;
    }

    /// <summary>A device (/dev/null, /dev/stdout), a process's file or a symbolic link: written to in place, not replaced.</summary>
    private static bool WritesThrough(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal)
        || File.Exists(fullPath) && new FileInfo(fullPath).LinkTarget is not null;

    /// <summary>
    /// Writes a file given with --output: to a temporary file beside it, moved over it once complete, so that
    /// a failure never leaves it half-written. A device or a symbolic link is written through, in place.
    /// False (with the reason on stderr) when it cannot be written.
    /// </summary>
    /// <param name="what">What the file is, for the message: "the report".</param>
    public static bool WriteAtomically(string output, Action<TextWriter> write, string what, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(output) || output.EndsWith('/') || Directory.Exists(output))
        {
            stderr.WriteLine($"mediareview: error: --output '{output}' is not a file name");
            return false;
        }
        var full = Path.GetFullPath(output);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine($"{output}: error: the folder for --output does not exist");
            return false;
        }
        if (WritesThrough(full))
        {
            // /dev/null, /dev/stdout, a link: renaming a file over it would replace the device or the link itself.
            try
            {
                using var direct = new StreamWriter(new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.ReadWrite), new System.Text.UTF8Encoding(false));
                write(direct);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{output}: error: cannot write {what}: {e.Message}");
                return false;
            }
        }
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }
            File.Move(temp, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{output}: error: cannot write {what}: {e.Message}");
            return false;
        }
        finally
        {
            // Whatever happened, no half-written temporary file is left beside the target.
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
