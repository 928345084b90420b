using System.Text;

namespace MediaReview.Cli;

/// <summary>The process's standard output when it is redirected: written in blocks rather than line by line.</summary>
internal static class StandardStreams
{
    /// <summary>
    /// A buffered writer on standard output when it is redirected, in the console's encoding without a byte-order
    /// mark (as Console.Out writes); null on a terminal, where Console.Out shows each line as it is written.
    /// </summary>
    public static StreamWriter? BufferedOutput()
    {
        if (!Console.IsOutputRedirected) return null;
        var encoding = Console.OutputEncoding;
        // A console encoding with a byte-order mark is UTF-8 in practice; Console.Out never writes the mark, nor does this.
        if (encoding.Preamble.Length > 0) encoding = new UTF8Encoding(false);
        return new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16) { AutoFlush = false };
    }

    /// <summary>Flushes the writer; the failure, if it cannot be written (a full disk, a closed descriptor).</summary>
    public static Exception? TryFlush(TextWriter writer)
    {
        try
        {
            writer.Flush();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e;
        }
    }
}

/// <summary>
/// Standard error that first flushes a buffered standard output, so that when both go to one place (2>&amp;1, a CI
/// log) an error still comes after the lines written before it.
/// </summary>
internal sealed class FlushFirstWriter(TextWriter inner, TextWriter first) : TextWriter
{
    /// <summary>
    /// The first failure to flush standard output here. It does not stop the message on standard error (which may be
    /// the one saying so); the program names it at its end.
    /// </summary>
    public Exception? FirstFailure { get; private set; }

    private void FlushFirst()
    {
        if (StandardStreams.TryFlush(first) is { } e) FirstFailure ??= e;
    }

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        FlushFirst();
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        FlushFirst();
        inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        FlushFirst();
        inner.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        FlushFirst();
        inner.Write(buffer);
    }

    public override void WriteLine(string? value)
    {
        FlushFirst();
        inner.WriteLine(value);
    }

    public override void Flush()
    {
        FlushFirst();
        inner.Flush();
    }
}
