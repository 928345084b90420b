using System.Runtime.CompilerServices;

namespace MediaReview.Claims;

/// <summary>
/// A quick "certainly not" for looking a word up among a few keys, compared ignoring case: the word's
/// first letter and length must be those of a key. Extractors look up nearly every token of a draft
/// and almost none is a key; a table lookup turns most of them away before the hash lookup.
/// </summary>
internal sealed class WordFilter
{
    /// <summary>For each ASCII character, the lengths (below 64) of the keys that start with it, in either case.</summary>
    private readonly ulong[] _lengths = new ulong[128];

    /// <summary>A key starts with something other than an ASCII letter, or is too long: every word goes on to the lookup.</summary>
    private readonly bool _passAll;

    public WordFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length is 0 or >= 64 || !char.IsAsciiLetter(key[0]))
            {
                _passAll = true;
                Array.Fill(_lengths, ulong.MaxValue);
                return;
            }
            _lengths[char.ToLowerInvariant(key[0])] |= 1UL << key.Length;
            _lengths[char.ToUpperInvariant(key[0])] |= 1UL << key.Length;
        }
    }

    /// <summary>False when no key can equal the word ignoring case; true when one may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string word)
    {
        if ((uint)word.Length - 1 >= 63) return _passAll;
        var first = word[0];
        // A word that starts outside ASCII goes on to the lookup: the table speaks for ASCII only.
        return first >= 128 || (_lengths[first] & (1UL << word.Length)) != 0;
    }
}
