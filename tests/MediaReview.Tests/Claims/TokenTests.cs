using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

/// <summary>A token packs its kind and possessive mark into the top bits of its offsets: every value must come back as given.</summary>
public class TokenTests
{
    private const int LargestOffset = (1 << 30) - 1;

    [Theory]
    [InlineData(0, 0, TokenKind.Word, false)]
    [InlineData(0, 1, TokenKind.Punct, false)]
    [InlineData(17, 25, TokenKind.Word, true)]
    [InlineData(3, 7, TokenKind.Number, false)]
    [InlineData(LargestOffset - 9, LargestOffset, TokenKind.Punct, true)]
    [InlineData(LargestOffset, LargestOffset, TokenKind.Number, true)]
    public void Every_field_comes_back_as_given(int start, int end, TokenKind kind, bool possessive)
    {
        var token = new Token(start, end, kind, "Araghchi", possessive);
        Assert.Equal(start, token.Start);
        Assert.Equal(end, token.End);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(possessive, token.Possessive);
        Assert.Equal("Araghchi", token.Text);
    }

    [Theory]
    [InlineData(-1, 3, "start")]
    [InlineData(0, -1, "end")]
    [InlineData(LargestOffset + 1, LargestOffset + 1, "start")]
    [InlineData(0, LargestOffset + 1, "end")]
    public void Offsets_outside_a_string_are_refused(int start, int end, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new Token(start, end, TokenKind.Word, "x", false)).ParamName);

    [Fact]
    public void A_kind_that_does_not_exist_is_refused() =>
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Token(0, 1, (TokenKind)3, "x", false)).ParamName);

    [Fact]
    public void With_changes_one_field_and_keeps_the_others()
    {
        var token = new Token(10, 16, TokenKind.Number, "Iran", true);
        Assert.Equal(new Token(11, 16, TokenKind.Number, "Iran", true), token with { Start = 11 });
        Assert.Equal(new Token(10, 20, TokenKind.Number, "Iran", true), token with { End = 20 });
        Assert.Equal(new Token(10, 16, TokenKind.Punct, "Iran", true), token with { Kind = TokenKind.Punct });
        Assert.Equal(new Token(10, 16, TokenKind.Number, "Iran", false), token with { Possessive = false });
        Assert.Equal(new Token(10, 16, TokenKind.Number, "Iraq", true), token with { Text = "Iraq" });
        Assert.Throws<ArgumentOutOfRangeException>(() => token with { End = -1 });
    }

    [Fact]
    public void A_token_deconstructs_into_its_fields()
    {
        var (start, end, kind, text, possessive) = new Token(3, 9, TokenKind.Word, "Rubio", true);
        Assert.Equal((3, 9, TokenKind.Word, "Rubio", true), (start, end, kind, text, possessive));
    }

    [Fact]
    public void Tokens_are_equal_only_when_every_field_is()
    {
        var token = new Token(4, 12, TokenKind.Word, "Iran", true);
        Assert.Equal(new Token(4, 12, TokenKind.Word, "Iran", true), token);
        Assert.NotEqual(new Token(4, 12, TokenKind.Word, "Iran", false), token);
        Assert.NotEqual(new Token(4, 12, TokenKind.Number, "Iran", true), token);
        Assert.NotEqual(new Token(4, 11, TokenKind.Word, "Iran", true), token);
        Assert.NotEqual(new Token(5, 12, TokenKind.Word, "Iran", true), token);
        Assert.NotEqual(new Token(4, 12, TokenKind.Word, "Irak", true), token);
    }

    [Fact]
    public void The_tokenizer_marks_possessives_and_kinds()
    {
        const string text = "Iran's 2015 deal, the United States' envoy.";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.Equal(
            [("Iran", TokenKind.Word, true, 0, 6), ("2015", TokenKind.Number, false, 7, 11), ("deal", TokenKind.Word, false, 12, 16),
             (",", TokenKind.Punct, false, 16, 17), ("the", TokenKind.Word, false, 18, 21), ("United", TokenKind.Word, false, 22, 28),
             ("States", TokenKind.Word, true, 29, 36), ("envoy", TokenKind.Word, false, 37, 42), (".", TokenKind.Punct, false, 42, 43)],
            tokens.Select(t => (t.Text, t.Kind, t.Possessive, t.Start, t.End)));
    }

    /// <summary>"~" stands for elided markup in the prose (<see cref="Tokenizer.Elided"/>); "|" marks where the word's text ends.</summary>
    [Theory]
    [InlineData("Rouhani| said")]
    [InlineData("Rou~~~hani| said")]          // markup inside the word: its text leaves it out, its span does not
    [InlineData("U.S.| envoy")]                // an initialism keeps its dot
    [InlineData("Rouhani|'s aide")]
    [InlineData("Rouhani|\u2019s aide")]
    [InlineData("Rouhani|~~~~\u2019s aide")]  // "<a>Rouhani</a>’s": the markup before the possessive is not the word's
    [InlineData("Rou~~hani|~~'s aide")]
    [InlineData("Rouhani|'s~~~, aide")]         // "<b>Rouhani's</b>,": the word runs across the markup after it
    [InlineData("Rouhani|~~~~\u2019s~~~. aide")]
    [InlineData("Rouhani|~~~, aide")]
    [InlineData("States|' envoy")]             // the apostrophe alone after an s
    [InlineData("States|~~' envoy")]
    [InlineData("then-|President")]            // a qualifier keeps its hyphen
    public void A_words_text_ends_before_its_possessive_and_any_markup_at_its_end(string written)
    {
        var prose = written.Replace('~', Tokenizer.Elided).Replace("|", "");
        var expected = written.IndexOf('|');
        var token = Tokenizer.Tokenize(prose, 0, prose.Length)[0];
        Assert.Equal(expected, token.TextEndIn(prose));
    }
}
