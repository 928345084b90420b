using MediaReview.Cli;

// Redirected standard output (a file, a pipe, a CI log) is written in blocks and flushed after each draft, not at every
// line as Console.Out does: 100 MB of drafts make about 250,000 lines of text report, and writing each costs 4% of the run.
using var buffered = StandardStreams.BufferedOutput();
var stdout = buffered ?? Console.Out;
// Whatever goes to standard error comes after what was written to standard output before it, as it would unbuffered.
var stderr = buffered is null ? Console.Error : new FlushFirstWriter(Console.Error, buffered);
try
{
    return await CommandLine.RunAsync(args, stdout, stderr, Terminal.Detect());
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // Last line of defence: one line, no stack trace (set MEDIAREVIEW_DEBUG=1 to see it).
    stderr.WriteLine($"mediareview: internal error: {e.GetType().Name}: {e.Message}. Please report it.");
    if (Environment.GetEnvironmentVariable("MEDIAREVIEW_DEBUG") == "1") stderr.WriteLine(e);
    return CommandLine.UsageOrInputError;
}
finally
{
    buffered?.Flush();
}
