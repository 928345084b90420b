using System.Collections.Frozen;

namespace MediaReview.Claims;

/// <summary>
/// A fixed set of words probed for token after token: a frozen set behind a <see cref="WordFilter"/>,
/// so that the many words that are certainly not in it cost a bit test instead of a hash lookup.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly WordFilter _filter;

    public WordSet(StringComparer comparer, params string[] words)
    {
        _words = words.ToFrozenSet(comparer);
        _filter = new WordFilter(_words);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(string word) => _filter.MayContain(word) && _words.Contains(word);
}
