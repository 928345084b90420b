using System.Text;

namespace MediaReview.Documents;

/// <summary>Reads draft files: decodes them strictly as UTF-8, picks a reader by extension, settles the date.</summary>
public sealed class DocumentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Dictionary<string, IDocumentReader> _readers = new(StringComparer.OrdinalIgnoreCase);

    public DocumentLoader(IEnumerable<IDocumentReader> readers)
    {
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions) _readers[extension] = reader;
        }
    }

    /// <summary>Extensions of the drafts a folder is searched for, with the dot.</summary>
    public IReadOnlyCollection<string> Extensions => _readers.Keys;

    public bool CanRead(string path) => _readers.ContainsKey(System.IO.Path.GetExtension(path));

    /// <param name="path">As the user named it; used in messages and reports.</param>
    /// <param name="dateOption">The --date option, used when the draft has no front matter date.</param>
    /// <param name="today">What "today" is, when neither gives a date.</param>
    public Document Load(string path, DateOnly? dateOption, DateOnly today)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot read the file: {e.Message}");
        }
        return Parse(path, bytes, dateOption, today);
    }

    public Document Parse(string path, ReadOnlySpan<byte> bytes, DateOnly? dateOption, DateOnly today)
    {
        var text = Decode(path, bytes);
        if (!_readers.TryGetValue(System.IO.Path.GetExtension(path), out var reader))
        {
            throw new InputException(path, $"not a draft MediaReview can read; use one of {string.Join(", ", _readers.Keys.Order(StringComparer.Ordinal))}");
        }

        var result = reader.Read(path, text);
        var (date, source) = result.FrontMatterDate is { } fm ? (fm, DateSource.FrontMatter)
            : dateOption is { } opt ? (opt, DateSource.Option)
            : (today, DateSource.Today);
        return new Document(path, text, reader.Kind, result.Prose, result.Regions, date, source, result.Parts);
    }

    private static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.IsEmpty) throw new InputException(path, "the file is empty; there is nothing to check");
        // UTF-16 (a byte-order mark, or ASCII text with every other byte NUL): text, in an encoding we do not read.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || bytes.Length >= 4 && (bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 || bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0))
        {
            throw new InputException(path, "the file is UTF-16 text; save it as UTF-8 and check again");
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException(path, $"this looks like a binary file (a NUL byte at offset {nul}), not a text draft");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // The line of the bad byte: the lines before it are counted in the bytes, which are ASCII-compatible.
            var line = e.Index >= 0 ? bytes[..Math.Min(e.Index, bytes.Length)].Count((byte)'\n') + 1 : 0;
            throw new InputException(path, $"the file is not valid UTF-8 text{(e.Index >= 0 ? $" (byte {e.Index})" : "")}; save it as UTF-8 and check again", line, 0);
        }
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(path, "the file has only white space; there is nothing to check");
        return text;
    }
}
