namespace MediaReview.Claims;

/// <summary>
/// Fixed word sequences ("at the time", "took office") looked up by their first word, so that finding
/// any of them in a sentence costs one dictionary probe per token.
/// </summary>
internal sealed class PhraseSet
{
    private readonly WordMap<string[][]> _byFirstWord;

    public PhraseSet(params string[][] phrases)
    {
        _byFirstWord = new(phrases.GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.ToArray())), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether tokens [from, to) hold one of the phrases, starting outside the excluded stretches (exclusive bounds).</summary>
    public bool Occurs(List<Token> tokens, int from, int to, List<(int From, int To)>? excluded = null)
    {
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !_byFirstWord.TryGetValue(t.Text, out var phrases)) continue;
            if (excluded is not null && Inside(i, excluded)) continue;
            foreach (var phrase in phrases)
            {
                if (i + phrase.Length > to) continue;
                var ok = true;
                for (var j = 1; j < phrase.Length && ok; j++) ok = tokens[i + j].IsIgnoreCase(phrase[j]);
                if (ok) return true;
            }
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
