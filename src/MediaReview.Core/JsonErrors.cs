using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaReview;

internal static partial class JsonErrors
{
    /// <summary>Reads a JSON file the user gave us; an unreadable file is an input error, not a crash.</summary>
    public static ReadOnlyMemory<byte> ReadFile(string path) => Reading(path, () => File.ReadAllBytes(path));

    /// <summary>Reads a JSON file the user gave us as a stream, with <see cref="ReadFile"/>'s error for an unreadable file.</summary>
    public static T ReadStream<T>(string path, Func<Stream, T> read) => Reading(path, () =>
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return read(stream);
    });

    private static T Reading<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputErrorsException([new InputException(path, $"cannot read the file: {e.Message}")]);
        }
    }

    /// <summary>The JSON without a UTF-8 byte order mark (Notepad writes one).</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> json) =>
        json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? json[3..] : json;

    /// <summary>The same, without copying.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> json) => json[(json.Length - WithoutBom(json.Span).Length)..];

    /// <summary>1-based character column of a byte position in a line (JSON readers count bytes).</summary>
    public static int CharColumn(ReadOnlySpan<byte> json, int lineStartByte, int byteInLine)
    {
        var length = Math.Clamp(byteInLine, 0, json.Length - lineStartByte);
        return System.Text.Encoding.UTF8.GetCharCount(json.Slice(lineStartByte, length)) + 1;
    }

    /// <summary>Turns a System.Text.Json exception into a one-line message with the file's line and column.</summary>
    public static InputException ToInputException(string path, JsonException e, ReadOnlySpan<byte> json = default)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = ListType().Replace(message, "a list");
        message = ObjectType().Replace(message, "an object");
        message = message.Replace("System.String", "text", StringComparison.Ordinal)
            .Replace("System.Boolean", "true or false", StringComparison.Ordinal)
            .Replace("System.Int32", "a whole number", StringComparison.Ordinal)
            .TrimEnd('.', ' ');
        if (e.Path is { Length: > 1 } jsonPath) message = $"{message} (at {jsonPath})";
        var line = e.LineNumber is { } l ? (int)l + 1 : 0;
        var column = e.BytePositionInLine is { } c ? (int)c + 1 : 0;
        if (line > 0 && column > 0 && !json.IsEmpty)
        {
            var lineStart = 0;
            for (var n = 1; n < line && lineStart < json.Length; n++)
            {
                var next = json[lineStart..].IndexOf((byte)'\n');
                if (next < 0) break;
                lineStart += next + 1;
            }
            column = CharColumn(json, lineStart, column - 1);
        }
        return new InputException(path, $"invalid JSON: {message}", line, column);
    }

    [GeneratedRegex(@"System\.Collections\.Generic\.(?:List|IEnumerable|IList|Dictionary)`\d\[[^\]]*\](?:\])?")]
    private static partial Regex ListType();

    [GeneratedRegex(@"(?:MediaReview|RulesEngine)\.[\w.]+")]
    private static partial Regex ObjectType();
}
