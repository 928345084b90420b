namespace MediaReview.Claims;

/// <summary>
/// Fixed word sequences ("at the time", "took office") looked up by their longest word, so that finding
/// any of them in a sentence costs one dictionary probe per token, and the common short words ("the",
/// "at", "had") that many phrases start with do not set off a comparison each time they occur.
/// </summary>
internal sealed class PhraseSet
{
    private readonly WordMap<(string[] Phrase, int Anchor)[]> _byAnchor;

    public PhraseSet(params string[][] phrases)
    {
        // The anchor is the longest word (the last of equal length): long words are the rare ones.
        static int Anchor(string[] phrase)
        {
            var anchor = 0;
            for (var j = 1; j < phrase.Length; j++) if (phrase[j].Length >= phrase[anchor].Length) anchor = j;
            return anchor;
        }
        _byAnchor = new(phrases.Select(p => (Phrase: p, Anchor: Anchor(p)))
            .GroupBy(p => p.Phrase[p.Anchor], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.ToArray())), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The words the phrases are looked up by (one per phrase, in any case): a token that is none of them starts no phrase.</summary>
    public IEnumerable<string> Anchors => _byAnchor.Keys;

    /// <summary>Whether tokens [from, to) hold one of the phrases, starting outside the excluded stretches (exclusive bounds).</summary>
    public bool Occurs(List<Token> tokens, int from, int to, List<(int From, int To)>? excluded = null)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsWord && OccursAt(tokens, i, from, to, excluded)) return true;
        }
        return false;
    }

    /// <summary>Whether a phrase whose anchor is the word at <paramref name="i"/> (a word token: the caller checks) stands within tokens [from, to), starting outside the excluded stretches.</summary>
    public bool OccursAt(List<Token> tokens, int i, int from, int to, List<(int From, int To)>? excluded = null)
    {
        if (!_byAnchor.TryGetValue(tokens[i].Text, out var phrases)) return false;
        foreach (var (phrase, anchor) in phrases)
        {
            var start = i - anchor;
            if (start < from || start + phrase.Length > to) continue;
            if (excluded is not null && Inside(start, excluded)) continue;
            var ok = true;
            for (var j = 0; j < phrase.Length && ok; j++) ok = j == anchor || tokens[start + j].IsIgnoreCase(phrase[j]);
            if (ok) return true;
        }
        return false;
    }

    public static bool Inside(int token, List<(int From, int To)> ranges)
    {
        foreach (var (from, to) in ranges)
        {
            if (token > from && token < to) return true;
        }
        return false;
    }
}
