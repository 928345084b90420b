using System.Text.Json;

namespace MediaReview;

/// <summary>
/// Finds the line and column of every value in a JSON file by its path ("terms[3].start"),
/// so that a problem found after deserializing can still point at the exact place in the file.
/// <see cref="ForEntries"/> leaves the values inside the entries of top-level arrays to be read when asked for.
/// </summary>
internal sealed class JsonLocator
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Each path's line, and the byte offsets of that line's start and of the value: columns are counted only when asked for.</summary>
    private readonly Dictionary<string, (int Line, int LineStart, int Offset)> _positions = new(StringComparer.Ordinal);
    private readonly ReadOnlyMemory<byte> _json;
    private readonly List<int> _lineStarts = [0];
    /// <summary>With entries read on demand (<see cref="ForEntries"/>): where each entry of each top-level array starts and ends.</summary>
    private readonly Dictionary<string, List<(int Start, int End)>>? _entries;

    /// <summary>Locates every value of the file up front (rule files: their fields are all looked at).</summary>
    public static JsonLocator Create(ReadOnlySpan<byte> json) => new(json.ToArray(), entriesOnDemand: false);

    /// <summary>
    /// For a file whose bulk is entries of top-level arrays (a reference file of two million terms): only where each
    /// entry starts and ends is noted up front, and a path inside one ("terms[123].person") is found by reading that
    /// entry alone. Locating every value of such a file makes ten million path strings: 13.9 s and 2.8 GB to place one
    /// problem. The JSON is kept, not copied.
    /// </summary>
    public static JsonLocator ForEntries(ReadOnlyMemory<byte> json) => new(json, entriesOnDemand: true);

    private JsonLocator(ReadOnlyMemory<byte> json, bool entriesOnDemand)
    {
        _json = json;
        var span = json.Span;
        for (var at = span.IndexOf((byte)'\n'); at >= 0;)
        {
            _lineStarts.Add(at + 1);
            var next = span[(at + 1)..].IndexOf((byte)'\n');
            at = next < 0 ? -1 : at + 1 + next;
        }
        if (entriesOnDemand) _entries = new(StringComparer.Ordinal);
        Walk(span, 0, "", _positions, _entries);
    }

    /// <summary>
    /// Notes the position of every value in <paramref name="json"/> (which starts at <paramref name="baseOffset"/> of
    /// the file) under its path after <paramref name="prefix"/>; with <paramref name="entries"/>, an entry of a
    /// top-level array is noted there by where it starts and ends instead, and passed over.
    /// </summary>
    private void Walk(ReadOnlySpan<byte> json, int baseOffset, string prefix, Dictionary<string, (int Line, int LineStart, int Offset)> into,
        Dictionary<string, List<(int Start, int End)>>? entries)
    {
        var reader = new Utf8JsonReader(json, Options);
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
                var offset = baseOffset + (int)reader.TokenStartIndex;

                // An entry of an array that is a field of the top-level object ("terms": [ … ]): where it is, read later.
                // (Only under a name a path can be split back into: not empty, no '.' or '['.)
                if (entries is not null && path.Count == 2 && arrayIndex.Peek() > 0
                    && path[1].Length > 1 && path[1][0] == '.' && !path[1].AsSpan(1).ContainsAny('.', '['))
                {
                    var section = path[1][1..];
                    // Entries come in order, so an entry's place in the list is its index in the array. A section given
                    // twice starts the list again: the deserializer keeps the last.
                    if (arrayIndex.Peek() == 1 || !entries.TryGetValue(section, out var list)) entries[section] = list = [];
                    try
                    {
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                    }
                    catch (JsonException)
                    {
                        // Broken inside this entry: reading it later stops at the same place.
                        list.Add((offset, baseOffset + json.Length));
                        throw;
                    }
                    list.Add((offset, baseOffset + (int)reader.BytesConsumed));
                    continue;
                }

                var key = (prefix + string.Concat(path) + (segment ?? "")).TrimStart('.');
                var line = _lineStarts.BinarySearch(offset);
                if (line < 0) line = ~line - 1;
                into.TryAdd(key, (line + 1, _lineStarts[line], offset));

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Add(segment ?? "");
                    arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Syntax errors (and a property name that is not UTF-8) are reported by the deserializer with their own position.
        }
    }

    /// <summary>Every located path with its line and column ("Rules[3].RuleName"); with <see cref="ForEntries"/>, none inside an entry.</summary>
    public IEnumerable<KeyValuePair<string, (int Line, int Column)>> Positions =>
        _positions.Select(p => KeyValuePair.Create(p.Key, Position(p.Value)));

    /// <summary>The line, and the column in characters (a UTF-8 file's bytes are not its characters).</summary>
    private (int Line, int Column) Position((int Line, int LineStart, int Offset) p) =>
        (p.Line, JsonErrors.CharColumn(_json.Span, p.LineStart, p.Offset - p.LineStart));

    /// <summary>Line and column of the value at <paramref name="path"/>, or of its nearest located parent.</summary>
    public (int Line, int Column) Find(string path)
    {
        if (_entries is not null && Entry(path) is var (section, index, entryPath)
            && _entries.TryGetValue(section, out var list) && index < list.Count)
        {
            // Inside an entry: that entry alone is read.
            var (start, end) = list[index];
            var inside = new Dictionary<string, (int Line, int LineStart, int Offset)>(StringComparer.Ordinal);
            Walk(_json.Span[start..end], start, entryPath, inside, null);
            if (Nearest(inside, path) is { } found) return Position(found);
        }
        return Nearest(_positions, path) is { } position ? Position(position)
            : _positions.TryGetValue("", out var root) ? Position(root) : (0, 0);
    }

    /// <summary>The position of the path, or of its nearest parent among <paramref name="positions"/>.</summary>
    private static (int Line, int LineStart, int Offset)? Nearest(Dictionary<string, (int Line, int LineStart, int Offset)> positions, string path)
    {
        while (true)
        {
            if (positions.TryGetValue(path, out var position)) return position;
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0) return null;
            path = path[..cut];
        }
    }

    /// <summary>"terms[12].person" → ("terms", 12, "terms[12]"); null for a path not inside an entry of a top-level array.</summary>
    private static (string Section, int Index, string EntryPath)? Entry(string path)
    {
        var open = path.IndexOf('[');
        if (open <= 0 || path.AsSpan(0, open).Contains('.')) return null;
        var close = path.IndexOf(']', open);
        // An index as paths write it: digits, no leading zero ("people[01]" is no entry's path).
        if (close < 0 || close - open > 2 && path[open + 1] == '0'
            || !int.TryParse(path.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, null, out var index)) return null;
        return (path[..open], index, path[..(close + 1)]);
    }
}
