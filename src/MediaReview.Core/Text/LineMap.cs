namespace MediaReview.Text;

/// <summary>
/// Maps 0-based offsets to 1-based line/column. Lines end at \n, \r\n or \r.
/// Written here rather than taken from Microsoft.CodeAnalysis.Text: this is the only piece of that
/// package we need and loading it would add start-up time to every check.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly string _text;

    /// <summary>
    /// The offset of the first \r or \n at or after <paramref name="from"/>, or -1: a vectorised search, most
    /// characters being no line break (the readers' prose masks walk the breaks with it too).
    /// </summary>
    internal static int NextBreak(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOfAny('\r', '\n');
        return next < 0 ? -1 : from + next;
    }

    public LineMap(string text)
    {
        _text = text;
        // A guess at the line count (one per 60 characters), to spare the list most of its growing.
        var starts = new List<int>(Math.Max(16, text.Length / 60)) { 0 };
        var span = text.AsSpan();
        for (var i = NextBreak(span, 0); i >= 0; i = NextBreak(span, i + 1))
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n') i++;
            starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line and column of a 0-based offset.</summary>
    public LinePosition GetPosition(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The span of a 1-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r')) end--;
        return TextSpan.FromBounds(start, end);
    }

    public string GetLineText(int line)
    {
        var span = GetLineSpan(line);
        return _text.Substring(span.Start, span.Length);
    }
}
