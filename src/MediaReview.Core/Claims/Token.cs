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

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is negative or past the end of the text.</exception>
    public static List<Token> Tokenize(string text, int start, int end) => Tokenize(text, start, end, new List<Token>(CapacityFor(end - start)));

    /// <summary>A list size that rarely has to grow for <paramref name="length"/> characters of prose: news prose has about one token per five.</summary>
    internal static int CapacityFor(int length) => Math.Max(4, length / 5);

    /// <summary>Adds the tokens to <paramref name="tokens"/> (a list used again and again, for text read in bulk).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is negative or past the end of the text.</exception>
    public static List<Token> Tokenize(string text, int start, int end, List<Token> tokens) => Tokenize(text, start, end, tokens, null);

    /// <summary>Adds the tokens to <paramref name="tokens"/>, and each one's <see cref="WordClass"/> to <paramref name="classes"/> (when given).</summary>
    internal static List<Token> Tokenize(string text, int start, int end, List<Token> tokens, List<byte>? classes)
    {
        // A span ending at the region's end: the bounds checks on the characters below come for free.
        var chars = text.AsSpan(0, end);
        var words = WordStrings.Table();
        var kinds = AsciiKinds;
        var i = start;
        while (i < chars.Length)
        {
            var c = chars[i];
            var charKind = c < 128 ? kinds[c] : KindOf(c);
            if (charKind == Space) { i++; continue; }
            if (charKind == Mark)
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Punct, c < 128 ? AsciiStrings[c] : c.ToString(), false));
                classes?.Add(0);
                i++;
                continue;
            }
            var j = i + 1;
            // The word's hash, worked out as it is read while it is plain letters and digits (nearly always).
            var hash = WordStrings.Step(WordStrings.Seed, c);
            // Whether the word holds an odd hyphen or elided markup, which its text writes otherwise or leaves out;
            // or any other joining mark, which the hash above has not seen.
            var unusual = false;
            var joined = false;
            while (j < chars.Length)
            {
                var d = chars[j];
                if (d < 128 ? kinds[d] == Letter : char.IsLetterOrDigit(d) || d is '\u0301' or '\u0300')
                {
                    hash = WordStrings.Step(hash, d);
                    j++;
                    continue;
                }
                if (d == Elided && j + 1 < chars.Length && (char.IsLetterOrDigit(chars[j + 1]) || chars[j + 1] is Elided or '\'' or '\u2019' or '-'))
                {
                    unusual = true;
                    j++;
                    continue;
                }
                if (d is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '.' && j + 1 < chars.Length && char.IsLetterOrDigit(chars[j + 1]))
                {
                    // "then-President" and "ex-President" become two tokens: the qualifier and the title.
                    if (d == '-' && IsHyphenQualifier(chars[i..j])) break;
                    unusual |= d is '\u2010' or '\u2011';
                    joined = true;
                    j += 2;
                    continue;
                }
                break;
            }
            var word = chars[i..j];
            // Initialisms keep their final dot: "U.S.", "J.", "J.D.".
            if (j < chars.Length && chars[j] == '.' && IsInitialism(word))
            {
                j++;
                joined = true;
            }
            if (j < chars.Length && chars[j] == '-' && IsHyphenQualifier(word))
            {
                var qualifier = text.Substring(i, j - i + 1);
                tokens.Add(new Token(i, j + 1, TokenKind.Word, qualifier, false));
                classes?.Add((byte)WordClasses.Of(qualifier));
                i = j + 1;
                continue;
            }
            var raw = chars[i..j];
            // Hyphens typed as U+2010 or U+2011 (word processors) read as "-"; elided markup is left out.
            if (unusual) raw = raw.ToString().Replace('\u2010', '-').Replace('\u2011', '-').Replace(Elided.ToString(), "");
            var possessive = false;
            if (raw.Length > 2 && raw[^1] == 's' && raw[^2] is '\'' or '\u2019')
            {
                raw = raw[..^2];
                possessive = true;
            }
            // The word as one string, shared with earlier tokens of the same text.
            if (unusual || joined || possessive) hash = WordStrings.Hash(raw);
            else System.Diagnostics.Debug.Assert(hash == WordStrings.Hash(raw), "the hash worked out while reading the word is the word's");
            var wordClasses = WordClass.None;
            var surface = classes is null ? WordStrings.Get(words, raw, hash) : WordStrings.Get(words, raw, hash, out wordClasses);
            if (!possessive && j < chars.Length && (chars[j] == '\'' || chars[j] == '\u2019') && surface.EndsWith('s') && (j + 1 >= chars.Length || !char.IsLetter(chars[j + 1])) && char.IsUpper(surface[0]))
            {
                // Plural or s-final possessive: "the United States' envoy".
                possessive = true;
                j++;
            }
            var kind = char.IsDigit(surface[0]) ? TokenKind.Number : TokenKind.Word;
            tokens.Add(new Token(i, j, kind, surface, possessive));
            classes?.Add((byte)wordClasses);
            i = j;
        }
        return tokens;
    }

    // What a character is to the tokenizer: white space (skipped, as is elided markup), a letter or digit (which
    // starts or goes on with a word; combining accents and joining marks go on with one too, tested where they may),
    // or a mark (a punctuation token of its own).
    private const byte Space = 0, Letter = 1, Mark = 2;

    /// <summary>The kind of each ASCII character, as <see cref="KindOf"/> tells it, in a table: nearly all prose is ASCII.</summary>
    private static readonly byte[] AsciiKinds = KindsOfAscii();

    // A plain loop: generic code over value types (LINQ's Select to bytes) would be jitted at every start.
    private static byte[] KindsOfAscii()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++) kinds[c] = KindOf((char)c);
        return kinds;
    }

    /// <summary>What a character is to the tokenizer (the table above holds it for ASCII).</summary>
    private static byte KindOf(char c) =>
        char.IsWhiteSpace(c) || c == Elided ? Space : char.IsLetterOrDigit(c) ? Letter : Mark;

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
