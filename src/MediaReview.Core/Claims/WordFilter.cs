namespace MediaReview.Claims;

/// <summary>
/// A quick "certainly not" for looking a word up among a few keys, compared ignoring case: the word's
/// first letter and length must be those of a key. Extractors look up nearly every token of a draft
/// and almost none is a key; a bit test turns most of them away before the hash lookup.
/// </summary>
internal sealed class WordFilter
{
    /// <summary>For each ASCII letter, the lengths (below 64) of the keys that start with it.</summary>
    private readonly ulong[] _lengths = new ulong[26];

    /// <summary>A key starts with something else: ignoring case, it may equal a word the bits cannot speak for.</summary>
    private readonly bool _passAll;

    public WordFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var slot = key.Length is > 0 and < 64 ? LetterSlot(key[0]) : -1;
            if (slot < 0) { _passAll = true; return; }
            _lengths[slot] |= 1UL << key.Length;
        }
    }

    /// <summary>False when no key can equal the word ignoring case; true when one may.</summary>
    public bool MayContain(string word)
    {
        if (_passAll || word.Length is 0 or >= 64) return _passAll;
        var slot = LetterSlot(word[0]);
        // A word that starts with another character goes to the lookup: the bits speak for ASCII letters only.
        return slot < 0 || (_lengths[slot] & (1UL << word.Length)) != 0;
    }

    private static int LetterSlot(char c)
    {
        var lower = (uint)(c | 0x20) - 'a';
        return char.IsAsciiLetter(c) ? (int)lower : -1;
    }
}
