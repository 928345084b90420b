namespace MediaReview;

/// <summary>
/// A problem with something the user gave us (a draft, a rule file, the reference set, an option).
/// It carries where the problem is so the CLI can print one clear line and exit with code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string? path, string message, int line = 0, int column = 0, Exception? inner = null)
        : base(message, inner)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The file the problem is in, as the user named it; null when it concerns no file.</summary>
    public string? Path { get; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>"path(line,col)", "path(line)" or "path", the shape compilers use; null without a path.</summary>
    public string? Location => Path is null ? null
        : Line > 0 ? (Column > 0 ? $"{Path}({Line},{Column})" : $"{Path}({Line})") : Path;

    /// <summary>"path(line,col): message".</summary>
    public string Describe() => Location is { } location ? $"{location}: {Message}" : Message;
}

/// <summary>Several input problems found in one pass (a reference set, a rules folder): all are reported, not just the first.</summary>
public sealed class InputErrorsException(IReadOnlyList<InputException> errors)
    : Exception(errors.Count == 1 ? errors[0].Describe() : $"{errors.Count} problems, the first: {errors[0].Describe()}")
{
    public IReadOnlyList<InputException> Errors { get; } = errors;
}
