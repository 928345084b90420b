using System.Diagnostics;

namespace MediaReview.Tests.Cli;

/// <summary>Runs the real mediareview program (built beside the tests) in a scratch folder.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        WorkingDirectory = Directory.CreateTempSubdirectory("mediareview-cli-").FullName;
    }

    public string WorkingDirectory { get; }

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(WorkingDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(WorkingDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunWith(new Dictionary<string, string?>(), args);

    /// <summary>Runs with these environment variables set (a null value removes the variable).</summary>
    public (int ExitCode, string Stdout, string Stderr) RunWith(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var env = new Dictionary<string, string?>(environment) { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        return RunProcess("dotnet", env, [Path.Combine(AppContext.BaseDirectory, "mediareview.dll"), .. args]);
    }

    /// <summary>
    /// Runs in a pseudo-terminal (util-linux 'script'), as a person at a terminal would: standard output and
    /// error are a TTY and come back together. CI variables are removed so the terminal counts as interactive.
    /// </summary>
    public (int ExitCode, string Output) RunInTerminal(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "mediareview.dll") }.Concat(args).Select(Quote));
        var env = new Dictionary<string, string?> { ["CI"] = null, ["GITHUB_ACTIONS"] = null, ["TF_BUILD"] = null, ["TERM"] = "xterm-256color", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        foreach (var (name, value) in environment) env[name] = value;
        var (code, stdout, _) = RunProcess("script", env, "-qefc", command, "/dev/null");
        return (code, stdout);
    }

    /// <summary>Runs through sh with a redirection after the command: "2&gt;&amp;1" (both streams to one pipe, as a CI log), "&gt;/dev/full".</summary>
    public (int ExitCode, string Stdout, string Stderr) RunRedirected(string redirection, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "mediareview.dll") }.Concat(args).Select(Quote)) + " " + redirection;
        return RunProcess("sh", new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" }, "-c", command);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''") + "'";

    private (int, string, string) RunProcess(string program, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 120 s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(WorkingDirectory, recursive: true); } catch (IOException) { }
    }
}
