using MediaReview.Cli;

// Redirected standard output (a file, a pipe, a CI log) is written in blocks and flushed after each draft, not at every
// line as Console.Out does: 100 MB of drafts make about 250,000 lines of text report, and writing each costs 4% of the run.
var buffered = StandardStreams.BufferedOutput();
// Whatever goes to standard error comes after what was written to standard output before it, as it would unbuffered.
var stderr = buffered is null ? null : new FlushFirstWriter(Console.Error, buffered);
int exitCode;
try
{
    exitCode = await CommandLine.RunAsync(args, buffered ?? Console.Out, stderr ?? Console.Error, Terminal.Detect());
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // Last line of defence: one line, no stack trace (set MEDIAREVIEW_DEBUG=1 to see it).
    TextWriter error = stderr ?? Console.Error;
    error.WriteLine($"mediareview: internal error: {e.GetType().Name}: {e.Message}. Please report it.");
    if (Environment.GetEnvironmentVariable("MEDIAREVIEW_DEBUG") == "1") error.WriteLine(e);
    exitCode = CommandLine.UsageOrInputError;
}
// What is still buffered goes out now. Standard output that could not be written (a full disk) is said once, exit 2.
if (buffered is not null && (StandardStreams.TryFlush(buffered) ?? stderr!.FirstFailure) is { } failure)
{
    Console.Error.WriteLine($"mediareview: error: cannot write to standard output: {failure.Message}");
    exitCode = CommandLine.UsageOrInputError;
}
return exitCode;
