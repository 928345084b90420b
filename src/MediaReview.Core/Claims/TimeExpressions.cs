using System.Collections.Frozen;
using System.Globalization;

namespace MediaReview.Claims;

/// <summary>What time expressions need to know of the reference set.</summary>
public interface IEraResolver
{
    /// <summary>
    /// The time a person held their head-of-state or government office; ordinal 1 or 2 for a first or second
    /// term, 0 for all; -1 for all their terms in any office ("under Foreign Minister Zarif").
    /// </summary>
    DateRange? EraOf(string surname, int ordinal);

    bool IsTitleWord(string word);
}

/// <summary>A time a sentence sets for itself: "in 2018", "on March 3, 2016", "from 2013 to 2021".</summary>
/// <param name="YearInferred">The text gave no year; it was taken from the draft's date.</param>
/// <param name="Era">An office holder's time in office ("under President Barack Obama", "the Biden administration").</param>
public readonly record struct TimeMention(DateRange Range, int StartToken, int EndToken, bool YearInferred, bool Era = false);

/// <summary>
/// Finds explicit times in a sentence, in the forms news English uses. Deliberately conservative:
/// a bare number is a time only where a preposition or a month makes it one ("the 2015 deal" is not).
/// </summary>
public static class TimeExpressions
{
    private static readonly WordMap<int> Months = new(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3, ["April"] = 4, ["Apr"] = 4,
        ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8,
        ["September"] = 9, ["Sept"] = 9, ["Sep"] = 9, ["October"] = 10, ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11,
        ["December"] = 12, ["Dec"] = 12,
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet YearPrepositions = new(StringComparer.OrdinalIgnoreCase,
        "in", "during", "by", "from", "until", "till", "to", "through", "between", "and", "of", "around", "circa", "since",
        "early", "late", "mid", "throughout", "before", "after");

    /// <summary>Words that may follow a year used as a time ("in 2018 the deal…"); any other lower-case word makes it a quantity or a label ("of 2000 kilometers").</summary>
    private static readonly WordSet AfterYear = new(StringComparer.Ordinal,
        "the", "a", "an", "and", "or", "to", "until", "through", "when", "as", "after", "before", "but", "at", "on", "in", "for",
        "with", "by", "from", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "while", "that", "which", "who",
        "was", "were", "had", "has", "have", "is", "are", "did", "said", "says", "there", "this", "these", "those", "after", "amid");

    private static readonly FrozenDictionary<string, int> SmallNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["several"] = -1, ["few"] = -1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet TimeZones = new(StringComparer.OrdinalIgnoreCase,
        "GMT", "UTC", "Z", "EST", "EDT", "ET", "CST", "CDT", "PST", "PDT", "PT", "CET", "CEST", "BST", "IRST", "IRDT", "GST", "local", "hrs", "hours", "h");

    private static readonly WordSet EraWords = new(StringComparer.OrdinalIgnoreCase,
        "administration", "presidency", "era", "government", "tenure", "term", "reign", "years");

    /// <summary>Times set by tokens [from, to) of a sentence.</summary>
    /// <param name="eras">Resolves "the Biden administration", "Trump's first term", "Under President Barack Obama" to the time in office.</param>
    /// <param name="yearContext">The time the text around sets ("### 2020", "In May 2015, …"): a date without a year
    /// falls inside it when it can ("Friday, Jan. 3" under "## 2020" is 2020-01-03), else near its end.</param>
    public static List<TimeMention> Find(List<Token> tokens, int from, int to, DateOnly documentDate, IEraResolver? eras = null, DateRange? yearContext = null) =>
        Find(tokens, null, from, to, documentDate, eras, yearContext);

    /// <inheritdoc cref="Find(List{Token}, int, int, DateOnly, IEraResolver?, DateRange?)"/>
    /// <param name="classes">The tokens' <see cref="WordClass"/> (<see cref="ProseBlock.Classes"/>), or null to work them out here.</param>
    internal static List<TimeMention> Find(List<Token> tokens, List<byte>? classes, int from, int to, DateOnly documentDate, IEraResolver? eras = null, DateRange? yearContext = null)
    {
        var near = yearContext?.End ?? documentDate;
        // The first word: a label may follow list or table punctuation ("| 1989 | …", "- 2015: …").
        var first = from;
        while (first < to && tokens[first].Kind == TokenKind.Punct) first++;
        var found = new List<TimeMention>();
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            // Every form below starts at a number or at one of a few words; most tokens are none of these.
            if (t.Kind == TokenKind.Punct) continue;
            if (t.Kind == TokenKind.Word)
            {
                var own = ClassAt(tokens, classes, i);
                if ((own & WordClass.TimeWord) == 0 && !(char.IsUpper(t.Text[0]) && MayStartCapitalizedForm(tokens, classes, own, i, to, eras))) continue;
            }
            // Month-based forms: "March 3, 2016", "March 3", "March 2016", "in January", "last December".
            // A month counts only when a day, a year or a preposition goes with it ("May" alone is a verb as often as not).
            if (t.IsCapitalized && Months.TryGetValue(t.Text, out var month))
            {
                var j = i + 1;
                if (j < to && tokens[j].IsPunct('.')) j++;
                if (j < to && DayNumber(tokens[j]) is { } day)
                {
                    var k = j + 1;
                    if (k < to && tokens[k].IsPunct(',')) k++;
                    if (k < to && YearNumber(tokens[k]) is { } year)
                    {
                        if (ValidDay(year, month, day) is { } d) found.Add(new TimeMention(DateRange.Day(d), i, k + 1, false));
                        i = k;
                    }
                    else if (!IsFollowedByNoun(tokens, j + 1, to) && (InContext(month, day, yearContext) ?? InferYear(month, day, near)) is { } inferred)
                    {
                        // "Sept. 11 attacks", "July 4 celebrations" name things; they are not the sentence's time.
                        found.Add(new TimeMention(DateRange.Day(inferred), i, j + 1, true));
                        i = j;
                    }
                    continue;
                }
                if (j < to && YearNumber(tokens[j]) is { } y)
                {
                    var monthRange = DateRange.Month(y, month);
                    var since = i > from && tokens[i - 1].IsIgnoreCase("since");
                    found.Add(new TimeMention(since ? new DateRange(monthRange.Start, Later(documentDate, monthRange.End)) : monthRange, since ? i - 1 : i, j + 1, false));
                    i = j;
                    continue;
                }
                // "in May last year", "in March this year".
                if (i > from && tokens[i - 1].IsWord && tokens[i - 1].Lower is "in" or "since" or "during" or "by" or "until" or "early" or "late"
                    && i + 2 < to && tokens[i + 1].IsWord && tokens[i + 1].Lower is "last" or "this" && tokens[i + 2].IsIgnoreCase("year"))
                {
                    var relativeYear = tokens[i + 1].IsIgnoreCase("last") ? documentDate.Year - 1 : documentDate.Year;
                    found.Add(new TimeMention(DateRange.Month(relativeYear, month), i - 1, i + 3, false));
                    i += 2;
                    continue;
                }
                if (i > from && tokens[i - 1].IsWord && tokens[i - 1].Lower is "in" or "last" or "since" or "during" or "by" or "until" or "this" or "early" or "late")
                {
                    // "In January": the latest such month up to the draft's date (or the paragraph's time).
                    var year = month <= near.Month ? near.Year : near.Year - 1;
                    if (tokens[i - 1].IsIgnoreCase("last") && month == near.Month) year--;
                    var range = DateRange.Month(year, month);
                    if (tokens[i - 1].IsIgnoreCase("since")) range = new DateRange(range.Start, Later(documentDate, range.End));
                    found.Add(new TimeMention(range, i - 1, i + 1, true));
                }
                continue;
            }
            if (DayNumber(t) is { } d2 && i + 2 < to && tokens[i + 1].IsWord && Months.TryGetValue(tokens[i + 1].Text, out var m2)
                && char.IsUpper(tokens[i + 1].Text[0]) && YearNumber(tokens[i + 2]) is { } y2)
            {
                if (ValidDay(y2, m2, d2) is { } d) found.Add(new TimeMention(DateRange.Day(d), i, i + 3, false));
                i += 2;
                continue;
            }

            // Relative times: "last year", "this year", "two years ago", "a decade ago".
            if (t.IsIgnoreCase("last") && i + 1 < to && tokens[i + 1].IsIgnoreCase("year"))
            {
                found.Add(new TimeMention(DateRange.Year(documentDate.Year - 1), i, i + 2, true));
                i++;
                continue;
            }
            if (t.IsIgnoreCase("this") && i + 1 < to && tokens[i + 1].IsIgnoreCase("year"))
            {
                found.Add(new TimeMention(new DateRange(DateRange.Year(documentDate.Year).Start, documentDate), i, i + 2, true));
                i++;
                continue;
            }
            if (i + 2 < to && (tokens[i + 1].IsIgnoreCase("years") || tokens[i + 1].IsIgnoreCase("year") || tokens[i + 1].IsIgnoreCase("decade") || tokens[i + 1].IsIgnoreCase("decades"))
                && tokens[i + 2].IsIgnoreCase("ago") && Count(t) is { } n)
            {
                var years = tokens[i + 1].Text.StartsWith("decade", StringComparison.OrdinalIgnoreCase) ? n * 10 : n;
                var center = documentDate.AddYears(-years);
                found.Add(new TimeMention(new DateRange(center.AddMonths(-6), center.AddMonths(6)), i, i + 3, true));
                i += 2;
                continue;
            }

            // Decades: "the 1980s", "in the mid-1990s".
            if ((t.Kind == TokenKind.Number || t.IsWord) && Decade(t.Text) is { } decade && i > from
                && tokens[i - 1].IsWord && tokens[i - 1].Lower is "the" or "early" or "late" or "mid" or "in" or "during" or "since")
            {
                found.Add(new TimeMention(new DateRange(DateRange.Year(decade).Start, DateRange.Year(decade + 9).End), i - 1, i + 1, false));
                continue;
            }

            // ISO dates: "2025-04-12".
            if (t.Kind == TokenKind.Number && t.Text.Length == 10 && t.Text[4] == '-' && t.Text[7] == '-'
                && DateOnly.TryParseExact(t.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                found.Add(new TimeMention(DateRange.Day(iso), i, i + 1, false));
                continue;
            }

            // Year ranges written as one token: "2013-2021", "1980-88"; and "mid-2024".
            if (t.Kind == TokenKind.Number && YearRange(t.Text) is { } yr)
            {
                found.Add(new TimeMention(yr, i, i + 1, false));
                continue;
            }
            if (t.IsWord && t.Text.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && YearValue(t.Text.AsSpan(4)) is { } mid)
            {
                found.Add(new TimeMention(DateRange.Year(mid), i, i + 1, false));
                continue;
            }

            // "Next year", "next month".
            if (t.IsIgnoreCase("next") && i + 1 < to && (tokens[i + 1].IsIgnoreCase("year") || tokens[i + 1].IsIgnoreCase("month")))
            {
                var range = tokens[i + 1].IsIgnoreCase("year") ? DateRange.Year(documentDate.Year + 1)
                    : DateRange.Month(documentDate.AddMonths(1).Year, documentDate.AddMonths(1).Month);
                found.Add(new TimeMention(range, i, i + 2, true));
                i++;
                continue;
            }

            // Decades with an apostrophe: "the ’90s", "the '80s".
            if (t.Kind == TokenKind.Number && t.Text.Length == 3 && t.Text[2] == 's' && t.Text[1] == '0' && i > from
                && (tokens[i - 1].IsPunct('\'') || tokens[i - 1].IsPunct('\u2019')) && tokens[i - 1].End == t.Start)
            {
                var decadeStart = (t.Text[0] - '0') * 10 + (t.Text[0] >= '3' ? 1900 : 2000);
                var startToken = i - 2 >= from && tokens[i - 2].IsWord && tokens[i - 2].Lower is "the" or "early" or "late" or "mid" ? i - 2 : i - 1;
                found.Add(new TimeMention(new DateRange(DateRange.Year(decadeStart).Start, DateRange.Year(decadeStart + 9).End), startToken, i + 1, false));
                continue;
            }

            // Eras of office holders: "the Biden administration", "President Obama's second term".
            if (eras is not null && t.IsCapitalized && i + 1 < to && tokens[i + 1].IsWord)
            {
                var next = tokens[i + 1].Text;
                var ordinal = WordStrings.Lower(next) switch { "first" => 1, "second" => 2, _ => 0 };
                // "the first Trump administration"
                var ordinalBefore = i > from && tokens[i - 1].IsWord ? tokens[i - 1].Lower switch { "first" => 1, "second" => 2, _ => 0 } : 0;
                var eraWord = ordinal > 0 && i + 2 < to ? tokens[i + 2].Text : next;
                if (EraWords.Contains(eraWord) && (t.Possessive || ordinal == 0) && !(eraWord.Equals("term", StringComparison.OrdinalIgnoreCase) && ordinal == 0 && !t.Possessive)
                    && eras.EraOf(t.Text, ordinal > 0 ? ordinal : ordinalBefore) is { } era)
                {
                    var end = i + (ordinal > 0 ? 3 : 2);
                    var start = i;
                    while (start > from && tokens[start - 1].IsWord && (eras.IsTitleWord(tokens[start - 1].Text) || tokens[start - 1].IsIgnoreCase("the") || ordinalBefore > 0 && start == i || tokens[start - 1].IsCapitalized && !tokens[start - 1].Possessive && start - 1 > from)) start--;
                    found.Add(new TimeMention(era, start, end, false, Era: true));
                    i = end - 1;
                    continue;
                }
            }
            // "Obama-era Secretary of State John Kerry": the era reaches over the title and name it describes.
            if (eras is not null && t.IsCapitalized && t.Text.EndsWith("-era", StringComparison.OrdinalIgnoreCase) && t.Text.Length > 4
                && eras.EraOf(t.Text[..^4], 0) is { } adjectiveEra)
            {
                var j = i + 1;
                while (j < to && tokens[j].IsWord && (tokens[j].IsCapitalized || tokens[j].Text is "of" or "the") && !tokens[j - 1].Possessive) j++;
                found.Add(new TimeMention(adjectiveEra, i, j, false, Era: true));
                i = j - 1;
                continue;
            }
            // "When Trump was first in office, …": the time that person held their office.
            if (eras is not null && t.IsIgnoreCase("when") && i + 3 < to && tokens[i + 1].IsCapitalized && tokens[i + 2].IsIgnoreCase("was"))
            {
                var j = i + 3;
                var nth = 0;
                if (tokens[j].IsIgnoreCase("first")) { nth = 1; j++; }
                else if (tokens[j].IsIgnoreCase("still")) j++;
                var inOffice = j + 1 < to && tokens[j].IsIgnoreCase("in") && tokens[j + 1].Lower is "office" or "power"
                    || j < to && tokens[j].IsWord && eras.IsTitleWord(tokens[j].Text) && char.IsLower(tokens[j].Text[0]);
                if (inOffice && eras.EraOf(tokens[i + 1].Text, nth) is { } whenEra)
                {
                    var end = j + 1;
                    while (end < to && !tokens[end].IsPunct(',')) end++;
                    found.Add(new TimeMention(whenEra, i, end, false, Era: true));
                    i = end - 1;
                    continue;
                }
            }
            // "Under President Barack Obama, …": the time that person was in office.
            if (eras is not null && t.IsIgnoreCase("under") && i + 1 < to && tokens[i + 1].IsCapitalized)
            {
                var j = i + 1;
                while (j < to && tokens[j].IsCapitalized && !tokens[j].Possessive) j++;
                if (j > i + 1 && (j == to || !tokens[j].IsWord || char.IsLower(tokens[j].Text[0])) && eras.EraOf(tokens[j - 1].Text, -1) is { } era)
                {
                    found.Add(new TimeMention(era, i, j, false, Era: true));
                    i = j - 1;
                    continue;
                }
            }

            // The forms below all start at a year, read once here: every token that no form above took comes this far.
            if (YearNumber(t) is not { } asYear) continue;
            // A year label opening a sentence or list item: "2015: Iran and six powers sign the deal." Not a clock time: "1930 GMT".
            if (i == first && i + 1 < to
                && (tokens[i + 1].IsPunct(':') || tokens[i + 1].IsPunct('\u2014') || tokens[i + 1].IsPunct('|') || tokens[i + 1].IsCapitalized && !TimeZones.Contains(tokens[i + 1].Text)))
            {
                found.Add(new TimeMention(DateRange.Year(asYear), i, i + 1, false));
                continue;
            }
            // A bare year closing a caption or set in brackets: "…, 2019." "(2019)".
            if (i > from && (tokens[i - 1].IsPunct(',') || tokens[i - 1].IsPunct('('))
                && (i + 1 == to || tokens[i + 1].IsPunct('.') || tokens[i + 1].IsPunct(')')))
            {
                found.Add(new TimeMention(DateRange.Year(asYear), i, i + 1, false));
                continue;
            }

            if (i > from && YearPrepositions.Contains(tokens[i - 1].Text) && !IsFollowedByNoun(tokens, i + 1, to))
            {
                var prep = tokens[i - 1].Lower;
                if (prep is "before" or "after") continue; // open-ended: too vague to judge a title by
                var range = DateRange.Year(asYear);
                // "2013–2021", "2013 to 2021", "2013 and 2021" (after "between"), "2013–21".
                if (i + 2 < to && (tokens[i + 1].IsPunct('\u2013') || tokens[i + 1].IsPunct('-') || tokens[i + 1].Is("to") || tokens[i + 1].Is("and") || tokens[i + 1].Is("until"))
                    && EndYear(tokens[i + 2], asYear) is { } end && end >= asYear)
                {
                    found.Add(new TimeMention(new DateRange(range.Start, DateRange.Year(end).End), i - 1, i + 3, false));
                    i += 2;
                    continue;
                }
                if (prep == "since")
                {
                    found.Add(new TimeMention(new DateRange(range.Start, Later(documentDate, range.End)), i - 1, i + 1, false));
                    continue;
                }
                found.Add(new TimeMention(range, i - 1, i + 1, false));
                continue;
            }
            // "1981–1989" or "2013–21" with an en dash between two tokens, at any position.
            if (i + 2 < to && tokens[i + 1].IsPunct('\u2013') && EndYear(tokens[i + 2], asYear) is { } ye && ye >= asYear)
            {
                found.Add(new TimeMention(new DateRange(DateRange.Year(asYear).Start, DateRange.Year(ye).End), i, i + 3, false));
                i += 2;
            }
        }
        return found;
    }

    /// <summary>The lower-case words a form of <see cref="Find"/> can start at: "last year", "two years ago", "mid-2024", "under …".</summary>
    private static readonly WordSet LowerCaseStarts = new(StringComparer.OrdinalIgnoreCase,
        ["last", "this", "next", "when", "under", .. SmallNumbers.Where(n => n.Value > 0).Select(n => n.Key)]);

    private static bool StartsLowerCaseForm(string word) =>
        LowerCaseStarts.Contains(word) || word.Length > 4 && (word[0] | 0x20) == 'm' && word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The word's classes that concern times (<see cref="WordClasses.Of"/>).</summary>
    internal static WordClass ClassOf(string word)
    {
        var classes = WordClass.None;
        if (StartsLowerCaseForm(word)) classes |= WordClass.TimeWord;
        if (Months.ContainsKey(word)) classes |= WordClass.Month;
        if (EraWords.Contains(word)) classes |= WordClass.EraWord;
        if (WordStrings.Lower(word) is "first" or "second") classes |= WordClass.Ordinal;
        if (word.EndsWith("-era", StringComparison.OrdinalIgnoreCase)) classes |= WordClass.EraAdjective;
        return classes;
    }

    /// <summary>The token's classes as the tokenizer gave them, or (when it gave none) those that concern times.</summary>
    private static WordClass ClassAt(List<Token> tokens, List<byte>? classes, int i) =>
        classes is null ? ClassOf(tokens[i].Text) : (WordClass)classes[i];

    /// <summary>The other forms a capitalised word starts: a month, an era ("the Biden administration", "Trump's first term", "Obama-era").</summary>
    /// <param name="own">The word's own classes (<see cref="ClassAt"/>).</param>
    private static bool MayStartCapitalizedForm(List<Token> tokens, List<byte>? classes, WordClass own, int i, int to, IEraResolver? eras)
    {
        if ((own & WordClass.Month) != 0) return true;
        if (eras is null) return false;
        if ((own & WordClass.EraAdjective) != 0) return true;
        if (i + 1 >= to || !tokens[i + 1].IsWord) return false;
        return (ClassAt(tokens, classes, i + 1) & (WordClass.EraWord | WordClass.Ordinal)) != 0;
    }

    internal static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A lower-case word after a number that is not a function word: "2000 kilometers", "11 attacks".</summary>
    private static bool IsFollowedByNoun(List<Token> tokens, int next, int to) =>
        next < to && tokens[next].IsWord && char.IsLower(tokens[next].Text[0]) && !AfterYear.Contains(tokens[next].Text)
        // "in 2021 promising", "in 2018 signed": a verb follows a time, a noun follows a quantity.
        && !tokens[next].Text.EndsWith("ing", StringComparison.Ordinal) && !tokens[next].Text.EndsWith("ed", StringComparison.Ordinal);

    private static int? Count(Token t)
    {
        if (t.Kind == TokenKind.Number && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100) return n;
        return t.IsWord && SmallNumbers.TryGetValue(t.Text, out var w) && w > 0 ? w : null;
    }

    /// <summary>"1980s" → 1980.</summary>
    private static int? Decade(string text)
    {
        if (text.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return text.Length == 5 && text[4] == 's' && YearValue(text.AsSpan(0, 4)) is { } y && y % 10 == 0 ? y : null;
    }

    /// <summary>"2013-2021" or "1980-88" as one token.</summary>
    private static DateRange? YearRange(string text)
    {
        var dash = text.IndexOf('-');
        if (dash != 4 || YearValue(text.AsSpan(0, 4)) is not { } a) return null;
        var rest = text.AsSpan(5);
        int? b = rest.Length == 4 ? YearValue(rest) : rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var two) ? a / 100 * 100 + two : null;
        return b is { } end && end >= a ? new DateRange(DateRange.Year(a).Start, DateRange.Year(end).End) : null;
    }

    /// <summary>The end of a range: a full year, or two digits in the start's century ("2013–21").</summary>
    private static int? EndYear(Token t, int startYear)
    {
        if (YearNumber(t) is { } y) return y;
        return t.Kind == TokenKind.Number && t.Text.Length == 2 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var two)
            ? startYear / 100 * 100 + two : null;
    }

    private static int? DayNumber(Token t)
    {
        if (t.Kind != TokenKind.Number) return null;
        var text = t.Text;
        foreach (var suffix in (ReadOnlySpan<string>)["st", "nd", "rd", "th"])
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)) { text = text[..^2]; break; }
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 && text.Length <= 2 ? day : null;
    }

    private static int? YearNumber(Token t) => t.Kind == TokenKind.Number && !t.Possessive ? YearValue(t.Text) : null;

    /// <summary>A four-digit year from 1800 to 2100.</summary>
    internal static int? YearValue(ReadOnlySpan<char> text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100 ? year : null;

    private static DateOnly? ValidDay(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>
    /// A date written without a year belongs to the year that puts it nearest the draft's date,
    /// counting a date up to about six months ahead as the coming one (newsroom convention).
    /// </summary>
    /// <summary>The day in the context's range, if exactly one year of it has that day (a context of a year or less).</summary>
    private static DateOnly? InContext(int month, int day, DateRange? context)
    {
        if (context is not { } c || c.End.Year - c.Start.Year > 1) return null;
        DateOnly? found = null;
        for (var year = c.Start.Year; year <= c.End.Year; year++)
        {
            if (ValidDay(year, month, day) is { } d && d >= c.Start && d <= c.End)
            {
                if (found is not null) return null;
                found = d;
            }
        }
        return found;
    }

    internal static DateOnly? InferYear(int month, int day, DateOnly documentDate)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = documentDate.Year - 1; year <= documentDate.Year + 1; year++)
        {
            if (ValidDay(year, month, day) is not { } candidate) continue;
            var distance = candidate.DayNumber - documentDate.DayNumber;
            // Past dates count at face value; future ones are penalised so that "December 30" in early January is last year's.
            var cost = distance <= 0 ? -distance : distance * 2;
            if (cost < bestDistance) { bestDistance = cost; best = candidate; }
        }
        return best;
    }
}
