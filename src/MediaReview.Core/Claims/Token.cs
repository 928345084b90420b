namespace MediaReview.Claims;

public enum TokenKind { Word, Number, Punct }

/// <summary>
/// A word, number or punctuation mark of prose. <see cref="Text"/> is the surface form without a
/// possessive 's, which sets <see cref="Possessive"/>; <see cref="End"/> includes it.
/// </summary>
/// <remarks>
/// 16 bytes instead of 24: drafts make millions of tokens, and every look at one copies it. Offsets into a string
/// are below 2^30 (the most characters a string holds), so the kind rides in the top bits of the start and the
/// possessive in the top bit of the end.
/// </remarks>
public readonly record struct Token
{
    private const int OffsetBits = 30;
    private const int OffsetMask = (1 << OffsetBits) - 1;

    private readonly int _startAndKind;
    private readonly int _endAndPossessive;

    public Token(int start, int end, TokenKind kind, string text, bool possessive)
    {
        _startAndKind = Pack(Offset(start, nameof(start)), Checked(kind));
        _endAndPossessive = Offset(end, nameof(end)) | (possessive ? int.MinValue : 0);
        Text = text;
    }

    public int Start
    {
        get => _startAndKind & OffsetMask;
        init => _startAndKind = Pack(Offset(value, nameof(Start)), Kind);
    }

    public int End
    {
        get => _endAndPossessive & OffsetMask;
        init => _endAndPossessive = Offset(value, nameof(End)) | (_endAndPossessive & int.MinValue);
    }

    public TokenKind Kind
    {
        get => (TokenKind)((uint)_startAndKind >> OffsetBits);
        init => _startAndKind = Pack(Start, Checked(value));
    }

    public string Text { get; init; }

    public bool Possessive
    {
        get => _endAndPossessive < 0;
        init => _endAndPossessive = End | (value ? int.MinValue : 0);
    }

    public void Deconstruct(out int start, out int end, out TokenKind kind, out string text, out bool possessive) =>
        (start, end, kind, text, possessive) = (Start, End, Kind, Text, Possessive);

    private static int Pack(int start, TokenKind kind) => start | (int)kind << OffsetBits;

    // Checks that stay small enough to inline: the throw is in a helper of its own (millions of tokens pass here).
    private static int Offset(int value, string name)
    {
        if ((uint)value > OffsetMask) NotAnOffset(value, name);
        return value;
    }

    private static TokenKind Checked(TokenKind kind)
    {
        if ((uint)kind > (uint)TokenKind.Punct) NotAKind(kind);
        return kind;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void NotAnOffset(int value, string name) =>
        throw new ArgumentOutOfRangeException(name, value, "a token's offsets lie within a string: 0 to 2^30 - 1");

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void NotAKind(TokenKind kind) => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a token kind");

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>The text in lower case (<see cref="string.ToLowerInvariant()"/>), without allocating for words already so.</summary>
    public string Lower => WordStrings.Lower(Text);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text[0] == c;

    /// <summary>
    /// End of the word itself in the prose it was read from: before a possessive 's (or the apostrophe of "States’"),
    /// and before markup elided at its end. Not <c>Start + Text.Length</c>: the text leaves out markup and the rest
    /// of character references inside the word ("Guterr&amp;#101;s", "Guter&lt;i&gt;res&lt;/i&gt;").
    /// </summary>
    /// <param name="prose">The text the token was read from (<see cref="Documents.Document.Prose"/>).</param>
    public int TextEndIn(string prose)
    {
        var end = TrimElided(prose, End);
        // A possessive ends in "’s", or in the apostrophe alone after an s ("States’"); the tokenizer reads no other form.
        if (Possessive) end = TrimElided(prose, end - (prose[end - 1] is '\'' or '\u2019' ? 1 : 2));
        return end;
    }

    /// <summary>The end before the markup elided at it ("Rohani’s&lt;/b&gt;," ends the word before "&lt;/b"): a word runs across markup that may go on.</summary>
    private int TrimElided(string prose, int end)
    {
        while (end > Start + 1 && prose[end - 1] == Tokenizer.Elided) end--;
        return end;
    }

    public override string ToString() => Possessive ? Text + "'s" : Text;
}

/// <summary>Splits prose into tokens. Words keep inner hyphens, apostrophes and initialism dots ("U.S.", "J.D.").</summary>
public static class Tokenizer
{
    /// <summary>
    /// A place in the prose mask that stands for nothing: the rest of an HTML entity, or inline markup inside a
    /// word ("Trump&lt;/a&gt;’s"). Words run across it and their text leaves it out.
    /// </summary>
    public const char Elided = '\uFFFF';

    /// <summary>Tokens [from, to) as a span: from the first one's start to where the last one's own text ends (<see cref="Token.TextEndIn"/>).</summary>
    internal static Text.TextSpan SpanOf(List<Token> tokens, int from, int to, string prose) =>
        Text.TextSpan.FromBounds(tokens[from].Start, tokens[to - 1].TextEndIn(prose));

    public static List<Token> Tokenize(string text, int start, int end) =>
        // About one token per five characters of news prose: the list rarely has to grow.
        Tokenize(text, start, end, new List<Token>(Math.Max(4, (end - start) / 5)));

    /// <summary>Adds the tokens to <paramref name="tokens"/> (a list used again and again, for text read in bulk).</summary>
    public static List<Token> Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var words = WordStrings.Table();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == Elided) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                // Whether the word holds an odd hyphen or elided markup, which its text writes otherwise or leaves out.
                var unusual = false;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d) || d is '\u0301' or '\u0300') { j++; continue; }
                    if (d == Elided && j + 1 < end && (char.IsLetterOrDigit(text[j + 1]) || text[j + 1] is Elided or '\'' or '\u2019' or '-'))
                    {
                        unusual = true;
                        j++;
                        continue;
                    }
                    if (d is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '.' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                    {
                        // "then-President" and "ex-President" become two tokens: the qualifier and the title.
                        if (d == '-' && IsHyphenQualifier(text.AsSpan(i, j - i))) break;
                        unusual |= d is '\u2010' or '\u2011';
                        j += 2;
                        continue;
                    }
                    break;
                }
                var word = text.AsSpan(i, j - i);
                // Initialisms keep their final dot: "U.S.", "J.", "J.D.".
                if (j < end && text[j] == '.' && IsInitialism(word)) j++;
                if (j < end && text[j] == '-' && IsHyphenQualifier(word))
                {
                    tokens.Add(new Token(i, j + 1, TokenKind.Word, text.Substring(i, j - i + 1), false));
                    i = j + 1;
                    continue;
                }
                var raw = text.AsSpan(i, j - i);
                // Hyphens typed as U+2010 or U+2011 (word processors) read as "-"; elided markup is left out.
                if (unusual) raw = raw.ToString().Replace('\u2010', '-').Replace('\u2011', '-').Replace(Elided.ToString(), "");
                var possessive = false;
                if (raw.Length > 2 && raw[^1] == 's' && raw[^2] is '\'' or '\u2019')
                {
                    raw = raw[..^2];
                    possessive = true;
                }
                // The word as one string, shared with earlier tokens of the same text.
                var surface = WordStrings.Get(words, raw);
                if (!possessive && j < end && (text[j] == '\'' || text[j] == '\u2019') && surface.EndsWith('s') && (j + 1 >= end || !char.IsLetter(text[j + 1])) && char.IsUpper(surface[0]))
                {
                    // Plural or s-final possessive: "the United States' envoy".
                    possessive = true;
                    j++;
                }
                var kind = char.IsDigit(surface[0]) ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(i, j, kind, surface, possessive));
                i = j;
                continue;
            }
            tokens.Add(new Token(i, i + 1, TokenKind.Punct, c < 128 ? AsciiStrings[c] : c.ToString(), false));
            i++;
        }
        return tokens;
    }

    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static bool IsHyphenQualifier(ReadOnlySpan<char> word) =>
        word.Equals("then", StringComparison.OrdinalIgnoreCase) || word.Equals("ex", StringComparison.OrdinalIgnoreCase);

    /// <summary>Single letters joined by dots: "U.S", "J", "J.D".</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var isLetterSlot = k % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(word[k]) : word[k] != '.') return false;
        }
        return word.Length % 2 == 1 && char.IsUpper(word[0]);
    }
}
