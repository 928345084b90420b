using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace MediaReview.Claims;

/// <summary>
/// A fixed set of words probed for token after token: a frozen set behind a <see cref="WordFilter"/>,
/// so that the many words that are certainly not in it cost a bit test instead of a hash lookup.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly WordFilter _filter;

    public WordSet(StringComparer comparer, params IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(comparer);
        _filter = new WordFilter(_words);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(string word) => _filter.MayContain(word) && _words.Contains(word);

    public IEnumerable<string> Words => _words;
}

/// <summary>A fixed map from words, probed for token after token: a frozen dictionary behind a <see cref="WordFilter"/>.</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue> _map;
    private readonly WordFilter _filter;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries, StringComparer comparer)
    {
        _map = entries.ToFrozenDictionary(comparer);
        _filter = new WordFilter(_map.Keys);
    }

    public int Count => _map.Count;

    public IEnumerable<string> Keys => _map.Keys;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(string word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        if (_filter.MayContain(word)) return _map.TryGetValue(word, out value);
        value = default;
        return false;
    }

    public bool ContainsKey(string word) => TryGetValue(word, out _);

    public TValue? GetValueOrDefault(string word) => TryGetValue(word, out var value) ? value : default;
}
