using MediaReview.Cli;

try
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error, Terminal.Detect());
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // Last line of defence: one line, no stack trace (set MEDIAREVIEW_DEBUG=1 to see it).
    Console.Error.WriteLine($"mediareview: internal error: {e.GetType().Name}: {e.Message}. Please report it.");
    if (Environment.GetEnvironmentVariable("MEDIAREVIEW_DEBUG") == "1") Console.Error.WriteLine(e);
    return CommandLine.UsageOrInputError;
}
