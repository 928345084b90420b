namespace MediaReview.Claims;

/// <summary>
/// Compares ways of writing one person's name. Two mentions are spelled differently when neither's
/// words are all found in the other's ("Badr Albusaidi" and "Al Busaidi"; "Qasem Soleimani" and
/// "Qassim Suleimani") and a spelling variant is involved, so that a shorter or fuller form in the
/// same spelling ("Khamenei", "Ayatollah Ali Khamenei"; "Joe Biden", "Joseph R. Biden") never is.
/// </summary>
public static class NameSpelling
{
    /// <summary>Particles that belong to the surname after them: "Al Busaidi", "El Baradei".</summary>
    private static readonly WordSet SurnameParticles = new(StringComparer.OrdinalIgnoreCase,
        "Al", "El", "Abu", "Bin", "Ibn", "Van", "Von", "De", "Da", "Di", "Le", "La");

    /// <summary>The surname of a full name's words ("Al Busaidi" of "Badr Al Busaidi"), or null for a one-word name.</summary>
    public static string[]? Surname(IReadOnlyList<string> words)
    {
        if (words.Count < 2) return null;
        var start = words.Count - 1;
        if (start >= 2 && IsSurnameParticle(words[start - 1])) start--;
        return words.Skip(start).ToArray();
    }

    /// <summary>A capitalised particle that belongs to the surname after it ("Al" of "Badr Al Busaidi").</summary>
    internal static bool IsSurnameParticle(string word) => SurnameParticles.Contains(word) && char.IsUpper(word[0]);

    /// <summary>
    /// The words that identify a spelling: lower case, hyphenated parts apart, without honorifics,
    /// initials ("R.") and suffixes ("Jr.").
    /// </summary>
    public static HashSet<string> Words(IEnumerable<string> tokens)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            if (Lexicon.Honorifics.Contains(token) || token.EndsWith('.') && token.Length <= 3 || token is "Jr" or "Sr" or "II" or "III") continue;
            if (!token.Contains('-')) { if (token.Length > 0) words.Add(token); } // most names: no array of parts to make
            else foreach (var part in token.Split('-', StringSplitOptions.RemoveEmptyEntries)) words.Add(part);
        }
        return words;
    }

    /// <summary>
    /// True when two mentions of the same person are spelled differently. <paramref name="preferred"/>
    /// holds the words of the person's preferred name and aliases: a difference only counts when one
    /// side uses a word outside them, that is a variant spelling.
    /// </summary>
    public static bool Differ(IReadOnlySet<string> a, IReadOnlySet<string> b, IReadOnlySet<string> preferred)
    {
        if (a.IsSubsetOf(b) || b.IsSubsetOf(a)) return false;
        return a.Any(w => !preferred.Contains(w)) || b.Any(w => !preferred.Contains(w));
    }
}
