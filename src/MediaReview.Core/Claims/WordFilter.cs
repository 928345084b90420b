using System.Runtime.CompilerServices;

namespace MediaReview.Claims;

/// <summary>
/// A quick "certainly not" for looking a word up among a few keys, compared ignoring case: some key must
/// have the word's length and first letter, and some key (not necessarily the same one) its length and
/// last letter. Extractors look up nearly every token of a draft and almost none is a key; two table
/// lookups turn most of them away before the hash lookup. (The first letter alone let through every
/// common word of a key's length and initial: "they" and "this" for "time" and "then".)
/// </summary>
internal sealed class WordFilter
{
    /// <summary>For each ASCII character, the lengths (below 64) of the keys that start with it, in either case.</summary>
    private readonly ulong[] _firsts = new ulong[128];

    /// <summary>For each ASCII character, the lengths (below 64) of the keys that end with it, in either case.</summary>
    private readonly ulong[] _lasts = new ulong[128];

    /// <summary>A key is empty, too long, starts with something other than an ASCII letter or ends outside ASCII: every word goes on to the lookup.</summary>
    private readonly bool _passAll;

    public WordFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length is 0 or >= 64 || !char.IsAsciiLetter(key[0]) || !char.IsAscii(key[^1]))
            {
                _passAll = true;
                Array.Fill(_firsts, ulong.MaxValue);
                Array.Fill(_lasts, ulong.MaxValue);
                return;
            }
            Mark(_firsts, key[0], key.Length);
            Mark(_lasts, key[^1], key.Length);
        }
    }

    /// <summary>Notes the length under the character in either case.</summary>
    private static void Mark(ulong[] table, char c, int length)
    {
        table[char.ToLowerInvariant(c)] |= 1UL << length;
        table[char.ToUpperInvariant(c)] |= 1UL << length;
    }

    /// <summary>False when no key can equal the word ignoring case; true when one may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string word)
    {
        if ((uint)word.Length - 1 >= 63) return _passAll;
        var bit = 1UL << word.Length;
        var first = word[0];
        var last = word[^1];
        // A word that starts or ends outside ASCII goes on to the lookup: the tables speak for ASCII only.
        return (first >= 128 || (_firsts[first] & bit) != 0) && (last >= 128 || (_lasts[last] & bit) != 0);
    }
}
