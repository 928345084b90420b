using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

/// <summary>A word's classes stand in for set lookups the extractors made per token: they must say what those said.</summary>
public class WordClassesTests
{
    [Theory]
    [InlineData("the", "None")]
    [InlineData("Iran", "None")]
    [InlineData("2015", "None")]
    [InlineData("last", "TimeWord")]
    [InlineData("Two", "TimeWord")]
    [InlineData("mid-2024", "TimeWord")]
    [InlineData("Mid-1990s", "TimeWord")]
    [InlineData("mid", "None")]
    [InlineData("Sept", "Month")]
    [InlineData("MAY", "Month")]
    [InlineData("administration", "EraWord")]
    [InlineData("first", "Ordinal, Marker")] // "Trump's first term"; "first term" is a past
    [InlineData("Second", "Ordinal")]
    [InlineData("Obama-era", "EraAdjective")]
    [InlineData("backed", "Marker")]   // "had backed": a past
    [InlineData("will", "Marker")]     // a future
    [InlineData("Sunday", "Marker")]   // now
    [InlineData("killed", "Marker")]   // a death
    [InlineData("presidency", "EraWord, Marker")] // "the Obama presidency"; "during his presidency" is a past
    public void A_word_has_the_classes_of_the_lists_it_is_on(string word, string expected) =>
        Assert.Equal(Enum.Parse<WordClass>(expected), WordClasses.Of(word));

    [Theory]
    [InlineData("Under President Barack Obama's first term, the deal was signed on May 3, 2015, in Vienna.")]
    [InlineData("Then-President Trump left it in mid-2018; two years ago, on Sunday, the U.S. envoy said it will resume.")]
    [InlineData("Rou\uFFFFhani\u2019s aide, an ex-minister, met the \u201CObama-era\u201D negotiators 10 years ago.")]
    public void The_tokenizer_gives_each_token_the_classes_of_its_text(string text)
    {
        var classes = new List<byte>();
        var tokens = Tokenizer.Tokenize(text, 0, text.Length, [], classes);
        // The same tokens as without classes, and each one's classes are those of its text.
        Assert.Equal(Tokenizer.Tokenize(text, 0, text.Length), tokens);
        Assert.Equal(tokens.Select(t => t.Kind == TokenKind.Punct ? WordClass.None : WordClasses.Of(t.Text)), classes.Select(c => (WordClass)c));
        Assert.Contains(WordClass.Marker, classes.Select(c => (WordClass)c & WordClass.Marker));
    }

    [Fact]
    public void A_word_taking_another_words_slot_does_not_keep_its_classes()
    {
        // Far more words than the table has slots, classes asked for each: a word that lost its slot and
        // comes back is classed anew, never with the classes of the word that took the slot.
        string[] known = ["May", "first", "administration", "last", "backed", "Sunday"];
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").Concat(known).ToList();
        var table = WordStrings.Table();
        foreach (var pass in new[] { words, Enumerable.Reverse(words).ToList() })
        {
            foreach (var w in pass)
            {
                var text = w.AsSpan();
                Assert.Equal(w, WordStrings.Get(table, text, WordStrings.Hash(text), out var classes));
                Assert.Equal(WordClasses.Of(w), classes);
            }
        }
    }
}
