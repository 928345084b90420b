using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaReview.Documents;
using MediaReview.Text;

namespace MediaReview.Checking;

/// <summary>
/// Findings a desk has accepted, written by `mediareview baseline` and read by `check --baseline`.
/// Each finding is known by its draft (relative path), rule ID and a fingerprint of the flagged text
/// and the words around it, with the occurrence number among identical ones, so that edits elsewhere in
/// the draft (lines added above, other paragraphs rewritten) do not change it. Line numbers are not used.
/// </summary>
public sealed class Baseline
{
    private const int ContextChars = 40;

    /// <summary>2: the context is the finding's paragraph with white space collapsed (1 took its lines as written).</summary>
    public const int FormatVersion = 2;

    private readonly HashSet<(string Path, string Id, string Fingerprint)> _accepted;

    private Baseline(HashSet<(string, string, string)> accepted, string source)
    {
        _accepted = accepted;
        Source = source;
    }

    /// <summary>The baseline file, as given.</summary>
    public string Source { get; }

    public int Count => _accepted.Count;

    /// <summary>The findings with those in the baseline marked as accepted (SARIF "external" suppressions).</summary>
    public IReadOnlyList<Finding> Apply(Document document, IReadOnlyList<Finding> findings)
    {
        var keys = Keys(document, findings, BaseDirectory(Source));
        var result = new List<Finding>(findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            result.Add(!f.IsSuppressed && _accepted.Contains(keys[i])
                ? f with { Suppression = "external", SuppressionJustification = $"accepted in the baseline {Source}" }
                : f);
        }
        return result;
    }

    /// <summary>Reads a baseline file; a missing or malformed one is an input error naming the file.</summary>
    public static Baseline Load(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { throw new InputException(path, "baseline file not found; write one with 'mediareview baseline <paths> --output FILE'"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException(path, $"cannot read the baseline: {e.Message}"); }
        var accepted = new HashSet<(string, string, string)>();
        try
        {
            using var json = JsonDocument.Parse(bytes);
            if (!json.RootElement.TryGetProperty("findings", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new InputException(path, "not a MediaReview baseline: it has no \"findings\" array");
            var version = json.RootElement.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : 1;
            if (version != FormatVersion)
                throw new InputException(path, $"this baseline is in format {version}, and this mediareview reads format {FormatVersion}; write it again with 'mediareview baseline <paths> --output {path}' (review its findings first)");
            foreach (var item in list.EnumerateArray())
            {
                string? Get(string name) => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (Get("path") is not { } p || Get("id") is not { } id || Get("fingerprint") is not { } fp)
                    throw new InputException(path, "a baseline entry needs \"path\", \"id\" and \"fingerprint\"; write the file again with 'mediareview baseline'");
                accepted.Add((p, id, fp));
            }
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"the baseline is not valid JSON (line {e.LineNumber + 1}): {e.Message.Split(" LineNumber")[0]}");
        }
        return new Baseline(accepted, path);
    }

    /// <summary>The baseline text for the findings that stand (not already suppressed), sorted so that the file is deterministic.</summary>
    /// <param name="baselinePath">Where the file goes: drafts are named relative to its folder, so a check from another folder still matches.</param>
    public static string Write(IEnumerable<FileResult> results, string toolVersion, string baselinePath)
    {
        var baseDirectory = BaseDirectory(baselinePath);
        var entries = new List<(string Path, string Id, string Fingerprint, string Text)>();
        foreach (var r in results)
        {
            var keys = Keys(r.Document, r.Findings, baseDirectory);
            for (var i = 0; i < r.Findings.Count; i++)
            {
                if (r.Findings[i].IsSuppressed) continue;
                entries.Add((keys[i].Path, keys[i].Id, keys[i].Fingerprint, r.Findings[i].Text));
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal($"{a.Path}\n{a.Id}\n{a.Fingerprint}", $"{b.Path}\n{b.Id}\n{b.Fingerprint}"));
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", FormatVersion);
            w.WriteString("tool", $"mediareview {toolVersion}");
            w.WriteStartArray("findings");
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("path", e.Path);
                w.WriteString("id", e.Id);
                w.WriteString("fingerprint", e.Fingerprint);
                w.WriteString("text", e.Text); // for people reading the file; not used to match
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string BaseDirectory(string baselinePath) => Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;

    /// <summary>The prose block holding the span (a paragraph, a heading, a list item), else the span's lines.</summary>
    private static (int Start, int End) Block(Document document, TextSpan span)
    {
        foreach (var region in document.Regions)
        {
            if (region.Start <= span.Start && span.End <= region.End) return (region.Start, region.End);
        }
        return (document.Lines.GetLineSpan(document.Lines.GetPosition(span.Start).Line).Start,
            document.Lines.GetLineSpan(document.Lines.GetPosition(Math.Max(span.Start, span.End - 1)).Line).End);
    }

    /// <summary>(path, id, fingerprint) of each finding: the text and its surroundings, and the occurrence among equal ones.</summary>
    private static List<(string Path, string Id, string Fingerprint)> Keys(Document document, IReadOnlyList<Finding> findings, string baseDirectory)
    {
        var path = Path.GetRelativePath(baseDirectory, Path.GetFullPath(document.Path)).Replace('\\', '/');
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<(string, string, string)>(findings.Count);
        foreach (var f in findings)
        {
            // The words around it in its own paragraph (another paragraph's edits never reach it), with white space
            // collapsed before they are counted, so that re-wrapping the paragraph changes nothing.
            var (blockStart, blockEnd) = Block(document, f.Span);
            var before = Whitespace.Collapse(document.Text[blockStart..f.Span.Start]);
            var after = Whitespace.Collapse(document.Text[f.Span.End..blockEnd]);
            before = before[Math.Max(0, before.Length - ContextChars)..];
            after = after[..Math.Min(after.Length, ContextChars)];
            var basis = $"{f.Id}\n{Whitespace.Collapse(f.Text)}\n{before}\n{after}";
            var n = seen[basis] = seen.GetValueOrDefault(basis) + 1;
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..16];
            keys.Add((path, f.Id, $"{hash}-{n}"));
        }
        return keys;
    }
}
