using System.Collections.Frozen;
using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

public class WordSetTests
{
    [Theory]
    [InlineData("killed")]
    [InlineData("Killed")]
    [InlineData("KILLED")]
    [InlineData("kill")]
    [InlineData("the")]
    [InlineData("")]
    [InlineData("\u0131n")]
    [InlineData("Ébrahim")]
    public void Answers_as_the_frozen_set_does(string word)
    {
        string[] words = ["killed", "died", "in", "funeral", "Ébrahim"];
        foreach (var comparer in new[] { StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase })
            Assert.Equal(words.ToFrozenSet(comparer).Contains(word), new WordSet(comparer, words).Contains(word));
    }
}
