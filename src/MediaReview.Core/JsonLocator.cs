using System.Text.Json;

namespace MediaReview;

/// <summary>
/// Finds the line and column of every value in a JSON file by its path ("terms[3].start"),
/// so that a problem found after deserializing can still point at the exact place in the file.
/// </summary>
internal sealed class JsonLocator
{
    /// <summary>Each path's line, and the byte offsets of that line's start and of the value: columns are counted only when asked for.</summary>
    private readonly Dictionary<string, (int Line, int LineStart, int Offset)> _positions = new(StringComparer.Ordinal);
    private readonly byte[] _json;

    private JsonLocator(byte[] json) => _json = json;

    public static JsonLocator Create(ReadOnlySpan<byte> json)
    {
        var locator = new JsonLocator(json.ToArray());
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n') lineStarts.Add(i + 1);
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();      // segments: ".name" or "[i]"
        var arrayIndex = new Stack<int>();  // next index for each open array, -1 for objects
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        arrayIndex.Pop();
                        if (path.Count > 0) path.RemoveAt(path.Count - 1);
                        continue;
                }

                // A value starts here: work out its path segment.
                string? segment = null;
                if (pendingProperty is not null) segment = "." + pendingProperty;
                else if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
                {
                    var index = arrayIndex.Pop();
                    arrayIndex.Push(index + 1);
                    segment = $"[{index}]";
                }
                pendingProperty = null;

                var key = string.Concat(path) + (segment ?? "");
                var offset = (int)reader.TokenStartIndex;
                var line = lineStarts.BinarySearch(offset);
                if (line < 0) line = ~line - 1;
                locator._positions.TryAdd(key.TrimStart('.'), (line + 1, lineStarts[line], offset));

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Add(segment ?? "");
                    arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                }
            }
        }
        catch (JsonException)
        {
            // Syntax errors are reported by the deserializer with their own position.
        }
        return locator;
    }

    /// <summary>Every located path with its line and column ("Rules[3].RuleName").</summary>
    public IEnumerable<KeyValuePair<string, (int Line, int Column)>> Positions =>
        _positions.Select(p => KeyValuePair.Create(p.Key, Position(p.Value)));

    /// <summary>The line, and the column in characters (a UTF-8 file's bytes are not its characters).</summary>
    private (int Line, int Column) Position((int Line, int LineStart, int Offset) p) =>
        (p.Line, JsonErrors.CharColumn(_json, p.LineStart, p.Offset - p.LineStart));

    /// <summary>Line and column of the value at <paramref name="path"/>, or of its nearest located parent.</summary>
    public (int Line, int Column) Find(string path)
    {
        while (true)
        {
            if (_positions.TryGetValue(path, out var position)) return Position(position);
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0) return _positions.TryGetValue("", out var root) ? Position(root) : (0, 0);
            path = path[..cut];
        }
    }
}
