using System.Globalization;

namespace MediaReview.Claims;

/// <summary>A time a sentence sets for itself: "in 2018", "on March 3, 2016", "from 2013 to 2021".</summary>
/// <param name="YearInferred">The text gave no year; it was taken from the draft's date.</param>
public readonly record struct TimeMention(DateRange Range, int StartToken, int EndToken, bool YearInferred);

/// <summary>
/// Finds explicit times in a sentence, in the forms news English uses. Deliberately conservative:
/// a bare number is a time only where a preposition or a month makes it one ("the 2015 deal" is not).
/// </summary>
public static class TimeExpressions
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3, ["April"] = 4, ["Apr"] = 4,
        ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8,
        ["September"] = 9, ["Sept"] = 9, ["Sep"] = 9, ["October"] = 10, ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11,
        ["December"] = 12, ["Dec"] = 12,
    };

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "during", "by", "from", "until", "till", "to", "through", "between", "and", "of", "around", "circa", "since",
        "early", "late", "mid", "throughout", "before", "after",
    };

    /// <summary>Times set by tokens [from, to) of a sentence.</summary>
    public static List<TimeMention> Find(IReadOnlyList<Token> tokens, int from, int to, DateOnly documentDate)
    {
        var found = new List<TimeMention>();
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            // Month-based forms: "March 3, 2016", "March 3", "March 2016", "3 March 2016".
            // A month counts only when a day or a year follows it ("May" alone is a verb as often as not).
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
                    else if (InferYear(month, day, documentDate) is { } inferred)
                    {
                        found.Add(new TimeMention(DateRange.Day(inferred), i, j + 1, true));
                        i = j;
                    }
                    continue;
                }
                if (j < to && YearNumber(tokens[j]) is { } y)
                {
                    found.Add(new TimeMention(DateRange.Month(y, month), i, j + 1, false));
                    i = j;
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

            // Year ranges written as one token: "2013-2021", "mid-2024".
            if (t.Kind == TokenKind.Number && t.Text.Length == 9 && t.Text[4] == '-' &&
                YearValue(t.Text.AsSpan(0, 4)) is { } a && YearValue(t.Text.AsSpan(5, 4)) is { } b && b >= a)
            {
                found.Add(new TimeMention(new DateRange(DateRange.Year(a).Start, DateRange.Year(b).End), i, i + 1, false));
                continue;
            }
            if (t.IsWord && t.Text.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && YearValue(t.Text.AsSpan(4)) is { } mid)
            {
                found.Add(new TimeMention(DateRange.Year(mid), i, i + 1, false));
                continue;
            }

            if (YearNumber(t) is { } year2 && i > from && YearPrepositions.Contains(tokens[i - 1].Text))
            {
                var prep = tokens[i - 1].Text.ToLowerInvariant();
                if (prep is "before" or "after") continue; // open-ended: too vague to judge a title by
                var range = DateRange.Year(year2);
                // "2013–2021", "2013 to 2021", "2013 and 2021" (after "between").
                if (i + 2 < to && (tokens[i + 1].IsPunct('\u2013') || tokens[i + 1].IsPunct('-') || tokens[i + 1].Is("to") || tokens[i + 1].Is("and") || tokens[i + 1].Is("until"))
                    && YearNumber(tokens[i + 2]) is { } end && end >= year2)
                {
                    found.Add(new TimeMention(new DateRange(range.Start, DateRange.Year(end).End), i - 1, i + 3, false));
                    i += 2;
                    continue;
                }
                if (prep == "since")
                {
                    var until = documentDate > range.Start ? documentDate : range.End;
                    found.Add(new TimeMention(new DateRange(range.Start, until), i - 1, i + 1, false));
                    continue;
                }
                found.Add(new TimeMention(range, i - 1, i + 1, false));
                continue;
            }
            // "1981–1989" written with an en dash between two tokens, at any position.
            if (YearNumber(t) is { } ys && i + 2 < to && tokens[i + 1].IsPunct('\u2013') && YearNumber(tokens[i + 2]) is { } ye && ye >= ys)
            {
                found.Add(new TimeMention(new DateRange(DateRange.Year(ys).Start, DateRange.Year(ye).End), i, i + 3, false));
                i += 2;
            }
        }
        return found;
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

    private static int? YearValue(ReadOnlySpan<char> text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100 ? year : null;

    private static DateOnly? ValidDay(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>
    /// A date written without a year belongs to the year that puts it nearest the draft's date,
    /// counting a date up to about six months ahead as the coming one (newsroom convention).
    /// </summary>
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
