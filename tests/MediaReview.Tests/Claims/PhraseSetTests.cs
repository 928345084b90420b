using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

/// <summary>Phrases are found by their longest word, but must match whole, in order, from a start inside the range.</summary>
public class PhraseSetTests
{
    private static readonly PhraseSet Markers = new(["at", "the", "time"], ["was", "sworn", "in"], ["took", "office"], ["then"]);

    private static bool Occurs(string text, int from = 0, int? to = null, List<(int, int)>? excluded = null)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        return Markers.Occurs(tokens, from, to ?? tokens.Count, excluded);
    }

    [Theory]
    [InlineData("At the time, Kerry was secretary of state.")]
    [InlineData("Araghchi was sworn in on Sunday.")]
    [InlineData("Pezeshkian TOOK OFFICE in July.")]
    [InlineData("Zarif was then foreign minister.")]
    [InlineData("He said it at the time")]
    public void A_whole_phrase_in_any_case_occurs(string text) => Assert.True(Occurs(text));

    [Theory]
    [InlineData("The time has come.")] // "time" without "at the"
    [InlineData("He was at a time of change.")]
    [InlineData("She took the office over.")] // another word between
    [InlineData("He has sworn in officials.")] // "sworn in" without "was"
    [InlineData("The office took shape.")] // the words in another order
    public void Part_of_a_phrase_or_its_words_out_of_order_do_not_occur(string text) => Assert.False(Occurs(text));

    [Fact]
    public void A_phrase_must_start_and_end_inside_the_range()
    {
        // Tokens: 0 Araghchi, 1 was, 2 sworn, 3 in, 4 "."
        const string text = "Araghchi was sworn in.";
        Assert.True(Occurs(text, from: 1, to: 4));
        Assert.False(Occurs(text, from: 2, to: 5)); // "was" is before the range
        Assert.False(Occurs(text, from: 0, to: 3)); // "in" is after it
    }

    [Fact]
    public void A_phrase_that_starts_inside_an_excluded_stretch_does_not_occur_even_if_its_longest_word_is_outside()
    {
        // Tokens: 0 Raisi, 1 ",", 2 who, 3 took, 4 office, 5 ",", 6 said
        const string text = "Raisi, who took office, said";
        Assert.True(Occurs(text));
        Assert.False(Occurs(text, excluded: [(1, 4)])); // "took" (3) is inside (1, 4); "office" (4) is not
        Assert.True(Occurs(text, excluded: [(0, 3)])); // "took" (3) is the exclusive bound: outside
    }
}
