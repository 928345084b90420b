using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MediaReview.Reporting;

/// <summary>
/// A Utf8JsonWriter whose output goes to a TextWriter a piece at a time (after each draft), so that a JSON
/// report of any size is written without holding it all: the JSON, SARIF and ClaimReview reports use it.
/// </summary>
internal sealed class JsonStream : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly TextWriter _target;

    /// <param name="indented">Lines and indentation for people to read; without them a report is about half the size.</param>
    public JsonStream(TextWriter target, bool indented = true)
    {
        _target = target;
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes what has been written so far on to the target (the writer only ever flushes whole tokens).</summary>
    public void Flush()
    {
        Json.Flush();
        if (_buffer.Length == 0) return;
        if (_target is StreamWriter { Encoding: UTF8Encoding utf8 } writer && utf8.Preamble.Length == 0)
        {
            // A UTF-8 file: the bytes go straight to it, not through a string and back (a large report is
            // hundreds of megabytes). What the writer holds goes first, so the order is kept.
            writer.Flush();
            writer.BaseStream.Write(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        }
        else
        {
            _target.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        }
        _buffer.SetLength(0);
    }

    /// <summary>Passes the output on once 16 KB have gathered: a long draft's claims never pile up in one large buffer.</summary>
    public void FlushIfLarge()
    {
        if (Json.BytesPending + _buffer.Length >= 16 * 1024) Flush();
    }

    /// <summary>Ends the document with a line break.</summary>
    public void Finish()
    {
        Flush();
        _target.WriteLine();
    }

    public void Dispose()
    {
        Json.Dispose();
        _buffer.Dispose();
    }
}
