using System.Text;
using MediaReview.Claims;
using MediaReview.Reference;

namespace MediaReview.Tests.Claims;

/// <summary>The lexicon's names, made per first token when a draft first meets it.</summary>
public class LexiconTests
{
    private static Lexicon Build(string people)
    {
        var json = $$"""{ "people": [ {{people}} ], "offices": [ { "id": "p", "title": "President" } ] }""";
        return new Lexicon(new ReferenceLoader().Load([("r.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]));
    }

    private static string Describe(NameForm f) =>
        $"{f.Key}:{string.Join('+', f.People)}{(f.IsFull ? " full" : "")}{(f.RequiresPrior ? " after-full-name" : "")}{(f.Variant ? " variant" : "")}";

    [Fact]
    public void Names_starting_with_a_token_are_its_forms_longest_first_with_every_person_sharing_them()
    {
        var lexicon = Build("""
            { "id": "ak", "name": "Ali Khamenei", "aliases": ["Khamenei", "Ali Hosseini Khamenei"] },
            { "id": "al", "name": "Ali Larijani", "aliases": ["President Larijani"], "spellings": ["Ali Laridjani"] },
            { "id": "zl", "name": "Zahra Larijani" }
            """);
        Assert.Equal(["Ali Hosseini Khamenei:ak full", "Ali Khamenei:ak full", "Ali Laridjani:al full variant", "Ali Larijani:al full"],
            lexicon.NamesStartingWith("Ali")!.Select(Describe).OrderByDescending(d => d.Split(':')[0].Split(' ').Length).ThenBy(d => d, StringComparer.Ordinal));
        Assert.Equal(3, lexicon.NamesStartingWith("Ali")![0].Tokens.Length);
        // A listed alias counts anywhere; a surname the set does not list counts only after the full name, and
        // belongs to the first person whose name ends with it.
        Assert.Equal(["Khamenei:ak"], lexicon.NamesStartingWith("Khamenei")!.Select(Describe));
        Assert.Equal(["Larijani:al after-full-name"], lexicon.NamesStartingWith("Larijani")!.Select(Describe));
        Assert.Equal(["Laridjani:al after-full-name variant"], lexicon.NamesStartingWith("Laridjani")!.Select(Describe));
        // "President Larijani" is read as a title and a name, so no name starts with "President".
        Assert.Null(lexicon.NamesStartingWith("President"));
        Assert.Null(lexicon.NamesStartingWith("Nobody"));
        // Built once: the same forms on every lookup.
        Assert.Same(lexicon.NamesStartingWith("Ali"), lexicon.NamesStartingWith("Ali"));
        Assert.True(lexicon.StartsWithGivenName(lexicon.NamesStartingWith("Ali")![0]));
        Assert.False(lexicon.StartsWithGivenName(lexicon.NamesStartingWith("Khamenei")![0]));
    }

    [Fact]
    public void A_name_two_people_share_names_both()
    {
        var lexicon = Build("""
            { "id": "b", "name": "Sam Jones", "aliases": ["Jones"] },
            { "id": "a", "name": "Sam Jones", "aliases": ["Jones"] }
            """);
        Assert.Equal(["Sam Jones:a+b full"], lexicon.NamesStartingWith("Sam")!.Select(Describe));
        Assert.Equal(["Jones:a+b"], lexicon.NamesStartingWith("Jones")!.Select(Describe));
    }

    [Theory]
    [InlineData("Ali Khamenei")]
    [InlineData("Khamenei")]
    [InlineData("Badr Al Busaidi")]
    [InlineData("Badr al Busaidi")]
    [InlineData("Al Busaidi")]
    [InlineData("Ali Akbar Hashemi Rafsanjani")]
    [InlineData("Joseph R. Biden Jr.")]
    [InlineData("Iran's Supreme Leader")]
    [InlineData("Ayatollah Ali Khamenei's")]
    [InlineData("Jean-Yves Le Drian")]
    [InlineData("  Ali   Khamenei ")]
    [InlineData("...")]
    [InlineData("")]
    public void A_name_outline_is_what_its_words_give(string name)
    {
        // The lexicon outlines a million names without their word arrays; it must read them as the arrays do.
        var words = Lexicon.Words(name);
        var outline = Lexicon.Outline(name);
        Assert.Equal(words.Length == 0 ? null : words[0], outline.First);
        Assert.Equal(words.Length, outline.Count);
        Assert.Equal(NameSpelling.Surname(words)?[0], outline.Surname);
        // A one-word name is its own word: the lexicon keeps the string the set holds, not a copy of it.
        if (words.Length == 1 && words[0] == name) Assert.Same(name, outline.First);
    }

    [Fact]
    public void Title_and_event_first_words_are_those_a_title_or_an_event_name_starts_with_in_any_case()
    {
        var json = """
            {
              "offices": [ { "id": "sos", "title": "Secretary of State", "aliases": ["top diplomat"] } ],
              "events": [ { "id": "jcpoa", "name": "Joint Comprehensive Plan of Action", "date": "2015-07-14" } ]
            }
            """;
        var lexicon = new Lexicon(new ReferenceLoader().Load([("r.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]));
        Assert.True(lexicon.StartsTitle("Secretary"));
        Assert.True(lexicon.StartsTitle("TOP"));
        Assert.False(lexicon.StartsTitle("State")); // in a title, but does not start one
        Assert.False(lexicon.StartsTitle("diplomat"));
        Assert.True(lexicon.StartsEvent(new Token(0, 5, TokenKind.Word, "joint", false)));
        Assert.False(lexicon.StartsEvent(new Token(0, 4, TokenKind.Word, "Plan", false)));
    }
}
