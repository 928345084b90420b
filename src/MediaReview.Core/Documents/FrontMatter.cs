using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MediaReview.Documents;

/// <summary>Reads the `date:` key of YAML front matter.</summary>
internal static class FrontMatter
{
    /// <param name="start">Offset of the opening ---.</param>
    /// <param name="end">Offset just after the closing ---.</param>
    public static DateOnly? ReadDate(string path, string text, int start, int end)
    {
        var block = text[start..end];
        var lines = block.Split('\n');
        // Drop the --- fences; keep the line count so YAML line numbers map back.
        var body = string.Join('\n', lines.Skip(1).Take(Math.Max(0, lines.Length - 2)));
        var firstLine = text.AsSpan(0, start).Count('\n') + 2; // 1-based line of the first YAML line

        // YamlDotNet recurses per nesting level: refuse absurd nesting before it can overflow the stack.
        var depth = 0;
        foreach (var c in body)
        {
            if (c is '[' or '{') { if (++depth > 64) throw new InputException(path, "front matter is nested too deeply (over 64 levels)", firstLine); }
            else if (c is ']' or '}') depth--;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(body));
        }
        catch (YamlException e)
        {
            throw new InputException(path, $"front matter is not valid YAML: {Clean(e.Message)}",
                firstLine + (int)e.Start.Line - 1, (int)e.Start.Column);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return null;
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: "date" }) continue;
            var line = firstLine + (int)value.Start.Line - 1;
            if (value is not YamlScalarNode { Value: { } raw } || !TryParseDate(raw, out var date) || date.Year is < 1800 or > 2100)
            {
                throw new InputException(path,
                    $"front matter date '{(value as YamlScalarNode)?.Value ?? value.ToString()}' is not a date; write it as YYYY-MM-DD",
                    line, (int)value.Start.Column);
            }
            return date;
        }
        return null;
    }

    /// <summary>YYYY-MM-DD, optionally followed by a time (ISO 8601); the date part is used.</summary>
    internal static bool TryParseDate(string raw, out DateOnly date)
    {
        raw = raw.Trim();
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (raw.Length > 10 && (raw[10] == 'T' || raw[10] == ' ') &&
            DateOnly.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) &&
            DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return true;
        }
        return false;
    }

    private static string Clean(string message) => message.Replace('\n', ' ').Trim();
}
