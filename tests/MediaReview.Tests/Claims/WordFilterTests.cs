using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

/// <summary>The quick test before a word lookup may pass words that are not keys, but never turn a key away.</summary>
public class WordFilterTests
{
    private static readonly string[] Keys = ["at", "during", "while", "took", "Obama-era", "P5+1"];

    [Theory]
    [InlineData("at")]
    [InlineData("AT")]
    [InlineData("During")]
    [InlineData("wHILE")]
    [InlineData("obama-ERA")]
    [InlineData("p5+1")]
    public void A_key_in_any_case_passes(string word) => Assert.True(new WordFilter(Keys).MayContain(word));

    [Theory]
    [InlineData("the")] // no key starts with t and has three letters
    [InlineData("a")] // no one-letter key
    [InlineData("durings")] // no key of seven letters starting with d
    [InlineData("Xat")]
    [InlineData("")]
    public void A_word_of_another_first_letter_or_length_is_turned_away(string word) => Assert.False(new WordFilter(Keys).MayContain(word));

    [Theory]
    [InlineData("tool")] // "took" starts with t and has four letters, but ends with k
    [InlineData("whirl")] // "while" starts with w and has five letters, but ends with e
    [InlineData("dazzle")] // "during" starts with d and has six letters, but ends with g
    public void A_word_of_a_key_s_first_letter_and_length_but_another_last_letter_is_turned_away(string word) =>
        Assert.False(new WordFilter(Keys).MayContain(word));

    [Fact]
    public void A_word_of_the_same_first_letter_last_letter_and_length_goes_on_to_the_lookup()
    {
        // "tuck" is no key, but "took" has its first and last letters and length: only the lookup can tell.
        Assert.True(new WordFilter(Keys).MayContain("tuck"));
    }

    [Fact]
    public void No_word_the_lookup_would_find_is_turned_away_whatever_its_first_or_last_character()
    {
        // Every first and last character, ASCII or not: the filter must be a superset of the lookup.
        string[] keys = ["in", "is", "kn", "at", "ki"];
        var set = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, keys);
        var filter = new WordFilter(keys);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var word in (string[])[(char)c + "n", (char)c + "s", "i" + (char)c, "k" + (char)c, "a" + (char)c])
            {
                if (!set.Contains(word)) continue;
                found.Add(word);
                Assert.True(filter.MayContain(word), $"{word} (U+{c:X4})");
            }
        }
        // The loop met every key, and every key with its last letter in upper case ("iN"), among whatever else the lookup takes.
        Assert.Superset(keys.Concat(keys.Select(k => k[0] + k[1..].ToUpperInvariant())).ToHashSet(), found);
    }

    [Theory]
    [InlineData(new[] { "café", "at" }, "CAFÉ")] // a key ends outside ASCII
    [InlineData(new[] { "\u0131n", "Éric" }, "in")] // keys start outside ASCII
    public void A_key_with_an_end_outside_ASCII_lets_every_word_through(string[] keys, string word)
    {
        var filter = new WordFilter(keys);
        Assert.True(filter.MayContain(word));
        Assert.True(filter.MayContain("zzz"));
    }

    [Fact]
    public void A_word_that_starts_or_ends_outside_ASCII_goes_on_to_the_lookup()
    {
        // The tables speak for ASCII only: a non-ASCII end is not judged, the other end still is ("at" starts with a
        // and ends with t, with two letters).
        var filter = new WordFilter(Keys);
        Assert.True(filter.MayContain("\u00C9t")); // Ét
        Assert.True(filter.MayContain("a\u00E9")); // aé
    }

    [Fact]
    public void Keys_of_64_letters_or_more_let_every_word_through_and_long_words_are_turned_away_otherwise()
    {
        var longKey = new string('a', 64);
        Assert.True(new WordFilter([longKey]).MayContain(longKey));
        Assert.False(new WordFilter(Keys).MayContain(new string('a', 70)));
    }
}
