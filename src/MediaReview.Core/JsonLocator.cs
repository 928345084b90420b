using System.Text.Json;

namespace MediaReview;

/// <summary>
/// Finds the line and column of every value in a JSON file by its path ("terms[3].start"),
/// so that a problem found after deserializing can still point at the exact place in the file.
/// </summary>
internal sealed class JsonLocator
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private JsonLocator() { }

    public static JsonLocator Create(ReadOnlySpan<byte> json)
    {
        var locator = new JsonLocator();
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
                locator._positions.TryAdd(key.TrimStart('.'), (line + 1, JsonErrors.CharColumn(json, lineStarts[line], offset - lineStarts[line])));

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
    public IEnumerable<KeyValuePair<string, (int Line, int Column)>> Positions => _positions;

    /// <summary>Line and column of the value at <paramref name="path"/>, or of its nearest located parent.</summary>
    public (int Line, int Column) Find(string path)
    {
        while (true)
        {
            if (_positions.TryGetValue(path, out var position)) return position;
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0) return _positions.GetValueOrDefault("", (0, 0));
            path = path[..cut];
        }
    }
}
