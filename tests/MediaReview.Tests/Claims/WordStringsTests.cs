using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

/// <summary>The shared word strings must be indistinguishable from making each string anew.</summary>
public class WordStringsTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("President")]
    [InlineData("U.S.")]
    [InlineData("WHO")]
    [InlineData("Ébrahim")]
    [InlineData("wee\u212A")] // Kelvin sign: lower-cases to "k", so it must not pass as already lower case
    [InlineData("İran")]
    [InlineData("")]
    public void Lower_is_ToLowerInvariant(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), WordStrings.Lower(text));
        Assert.Equal(text.ToLowerInvariant(), WordStrings.Lower(text)); // again, from the table
    }

    [Fact]
    public void Lower_keeps_a_lower_case_word_itself()
    {
        var word = new string("minister".AsSpan());
        Assert.Same(word, WordStrings.Lower(word));
    }

    [Fact]
    public void Get_shares_equal_words_and_never_confuses_different_ones()
    {
        var first = WordStrings.Get("Araghchi".AsSpan());
        Assert.Same(first, WordStrings.Get("Araghchi".ToCharArray()));
        // Many distinct words share the table's slots: each must still come back as itself.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").ToList();
        foreach (var w in words) Assert.Equal(w, WordStrings.Get(w.AsSpan()));
        foreach (var w in words.AsEnumerable().Reverse()) Assert.Equal(w, WordStrings.Get(w.AsSpan()));
        var longWord = new string('x', 100);
        Assert.Equal(longWord, WordStrings.Get(longWord.AsSpan()));
    }

    [Fact]
    public void Tokens_read_the_same_with_odd_hyphens_elisions_and_possessives()
    {
        var text = "then-President Rouhani\u2019s aide, the United States' envoy, co\u2010operate and Tr\uFFFFump's U.S. plan";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.Kind != TokenKind.Punct)
            .Select(t => (t.Text, t.Possessive)).ToList();
        Assert.Equal(
        [
            ("then-", false), ("President", false), ("Rouhani", true), ("aide", false), ("the", false), ("United", false), ("States", true),
            ("envoy", false), ("co-operate", false), ("and", false), ("Trump", true), ("U.S.", false), ("plan", false),
        ], tokens);
    }
}
