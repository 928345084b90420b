namespace MediaReview.Claims;

/// <summary>
/// Shares the strings of words a thread reads over and over ("the", "said", "President"), so that
/// tokenizing a draft does not make a new string per word. A fixed table per thread, like Roslyn's
/// StringTable: a word whose slot holds another is simply made anew and takes the slot. No locks,
/// bounded memory, and the same text always yields an equal string, so nothing downstream can tell.
/// </summary>
internal static class WordStrings
{
    private const int Size = 4096; // a power of two: the slot is the hash's low bits

    [ThreadStatic] private static string?[]? _table;

    public static string Get(ReadOnlySpan<char> text) => Get(Table(), text);

    /// <summary>This thread's table, for a caller that looks up many words in a row: a thread-static costs a call into the runtime.</summary>
    public static string?[] Table() => _table ??= new string?[Size];

    /// <param name="table">This thread's table (<see cref="Table"/>).</param>
    public static string Get(string?[] table, ReadOnlySpan<char> text)
    {
        if (text.Length > 32) return new string(text);
        // FNV-1a over the characters: words are short, and this is cheaper than the randomized string hash.
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        ref var slot = ref table[(int)(hash & (Size - 1))];
        if (slot is { } s && text.SequenceEqual(s)) return s;
        return slot = new string(text);
    }

    [ThreadStatic] private static (string Text, string Lower)[]? _lower;

    /// <summary>
    /// The text in lower case, as <see cref="string.ToLowerInvariant()"/> gives it, without a new string
    /// each time: text that has no capitals is itself, and the rest is remembered per thread.
    /// </summary>
    public static string Lower(string text)
    {
        // Words are short: one pass over the characters beats two vectorised searches.
        foreach (var c in text)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A' || c > '\x7F') return Remembered(text);
        }
        return text;
    }

    private static string Remembered(string text)
    {
        var span = text.AsSpan();
        var table = _lower ??= new (string, string)[1024];
        var hash = 2166136261u;
        foreach (var c in span) hash = (hash ^ c) * 16777619u;
        ref var slot = ref table[(int)(hash & 1023)];
        if (slot.Text is { } known && (ReferenceEquals(known, text) || known == text)) return slot.Lower;
        slot = (text, text.ToLowerInvariant());
        return slot.Lower;
    }
}
