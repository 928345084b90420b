using System.Runtime.CompilerServices;

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

    /// <summary>A slot of the table: a word, and its classes once asked for.</summary>
    internal struct Entry
    {
        public string? Text;

        /// <summary>The word's <see cref="WordClass"/> with <see cref="Known"/> set; 0 until worked out.</summary>
        public byte Classes;
    }

    /// <summary>Set on a worked-out entry, so that a word of no class (0) is told from one not yet worked out; <see cref="WordClass"/> leaves this bit free.</summary>
    private const byte Known = 0x80;

    [ThreadStatic] private static Entry[]? _table;

    public static string Get(ReadOnlySpan<char> text) => Get(Table(), text, Hash(text));

    /// <summary>This thread's table, for a caller that looks up many words in a row: a thread-static costs a call into the runtime.</summary>
    public static Entry[] Table() => _table ??= new Entry[Size];

    /// <summary>The start of a word's hash (FNV-1a over its characters: words are short, and this is cheaper than the randomized string hash).</summary>
    public const uint Seed = 2166136261u;

    /// <summary>The hash of a word so far, taking in its next character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    public static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = Seed;
        foreach (var c in text) hash = Step(hash, c);
        return hash;
    }

    /// <param name="table">This thread's table (<see cref="Table"/>).</param>
    /// <param name="hash">The text's hash (<see cref="Hash"/>).</param>
    public static string Get(Entry[] table, ReadOnlySpan<char> text, uint hash) =>
        text.Length > 32 ? new string(text) : Slot(table, text, hash).Text!;

    /// <summary>The word's string and its classes (<see cref="WordClasses.Of"/>), worked out once and kept with the string.</summary>
    /// <param name="table">This thread's table (<see cref="Table"/>).</param>
    /// <param name="hash">The text's hash (<see cref="Hash"/>).</param>
    public static string Get(Entry[] table, ReadOnlySpan<char> text, uint hash, out WordClass classes)
    {
        if (text.Length > 32)
        {
            var word = new string(text);
            classes = WordClasses.Of(word);
            return word;
        }
        ref var slot = ref Slot(table, text, hash);
        var s = slot.Text!;
        if (slot.Classes == 0)
        {
            // Worked out with no hold on the slot: should working them out ever share a word on this thread, and
            // that word take the slot, the classes are still this word's and are not stored on the other one.
            var worked = (byte)((byte)WordClasses.Of(s) | Known);
            if (ReferenceEquals(slot.Text, s)) slot.Classes = worked;
            classes = (WordClass)(worked & ~Known);
            return s;
        }
        classes = (WordClass)(slot.Classes & ~Known);
        return s;
    }

    /// <summary>The text's slot, holding the text: the string already there if it is the same word, else a new one.</summary>
    private static ref Entry Slot(Entry[] table, ReadOnlySpan<char> text, uint hash)
    {
        ref var slot = ref table[(int)(hash & (Size - 1))];
        if (slot.Text is not { } s || !text.SequenceEqual(s)) slot = new Entry { Text = new string(text) };
        return ref slot;
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
        ref var slot = ref table[(int)(Hash(span) & 1023)];
        if (slot.Text is { } known && (ReferenceEquals(known, text) || known == text)) return slot.Lower;
        slot = (text, text.ToLowerInvariant());
        return slot.Lower;
    }
}
