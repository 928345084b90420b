using Spectre.Console;

namespace MediaReview.Cli;

/// <summary>
/// What the terminal around the process can show: ANSI colours on standard output, a live progress bar on
/// standard error. Redirected streams get neither, so files, pipes and CI logs stay plain text.
/// </summary>
public sealed class Terminal
{
    /// <summary>No colours, no progress bar: what tests and embedding hosts get.</summary>
    public static readonly Terminal Plain = new(false, null);

    private Terminal(bool color, Func<bool, IAnsiConsole>? progressConsole, bool outputIsTerminal = false)
    {
        Color = color;
        _progressConsole = progressConsole;
        OutputIsTerminal = outputIsTerminal;
    }

    /// <summary>Standard output is a terminal (not redirected to a file or a pipe).</summary>
    public bool OutputIsTerminal { get; }

    private readonly Func<bool, IAnsiConsole>? _progressConsole;

    /// <summary>Standard output is a terminal that shows ANSI colours, and NO_COLOR is not set.</summary>
    public bool Color { get; }

    /// <summary>Standard error is an interactive terminal: a progress bar may be drawn on it.</summary>
    public bool CanShowProgress => _progressConsole is not null;

    /// <summary>The console the progress bar is drawn on (standard error), in colour unless <paramref name="noColor"/>; only when <see cref="CanShowProgress"/>.</summary>
    public IAnsiConsole ProgressConsole(bool noColor) => (_progressConsole ?? throw new InvalidOperationException("no terminal for progress"))(noColor);

    /// <summary>
    /// Reads the process's streams and environment. NO_COLOR (any non-empty value, see no-color.org) turns colours
    /// off; TERM=dumb turns both off; Spectre.Console decides whether a terminal understands ANSI codes.
    /// </summary>
    public static Terminal Detect(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment("TERM") == "dumb") return Plain;
        var noColor = !string.IsNullOrEmpty(environment("NO_COLOR"));
        // Spectre.Console is only consulted for a stream that is a terminal, so a redirected run never loads it.
        var color = !noColor && !Console.IsOutputRedirected && Create(Console.Out).Profile.Capabilities.Ansi;
        Func<bool, IAnsiConsole>? progress = Console.IsErrorRedirected ? null : plain => Create(Console.Error, noColor || plain);
        return new Terminal(color, progress, !Console.IsOutputRedirected);
    }

    private static IAnsiConsole Create(TextWriter writer, bool noColor = false) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.Detect,
        ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Detect,
    });
}
