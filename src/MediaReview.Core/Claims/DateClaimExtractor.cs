using MediaReview.Documents;

namespace MediaReview.Claims;

/// <summary>Finds dates given with a weekday ("Saturday, April 12, 2025", "on Friday, April 11").</summary>
public sealed class DateClaimExtractor : IClaimExtractor
{
    private static readonly Dictionary<string, string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = "Monday", ["Mon"] = "Monday", ["Tuesday"] = "Tuesday", ["Tue"] = "Tuesday", ["Tues"] = "Tuesday",
        ["Wednesday"] = "Wednesday", ["Wed"] = "Wednesday", ["Thursday"] = "Thursday", ["Thu"] = "Thursday", ["Thur"] = "Thursday",
        ["Thurs"] = "Thursday", ["Friday"] = "Friday", ["Fri"] = "Friday", ["Saturday"] = "Saturday", ["Sat"] = "Saturday",
        ["Sunday"] = "Sunday", ["Sun"] = "Sunday",
    };

    public IEnumerable<Claim> Extract(Document document)
    {
        var claims = new List<Claim>();
        var writtenOn = DateRange.Day(document.Date);
        foreach (var region in document.Regions)
        {
            var tokens = Tokenizer.Tokenize(document.Prose, region.Start, region.End);
            var quotes = Sentences.QuoteMask(tokens);
            foreach (var (from, to) in Sentences.Split(tokens))
            {
                foreach (var mention in TimeExpressions.Find(tokens, from, to, document.Date))
                {
                    if (!mention.Range.IsDay) continue;
                    // The weekday stands right before the date, with or without a comma: "Saturday, April 12".
                    var w = mention.StartToken - 1;
                    if (w >= from && tokens[w].IsPunct(',')) w--;
                    var dotted = w >= from && tokens[w].IsPunct('.');
                    if (dotted) w--;
                    if (w < from || !tokens[w].IsCapitalized || !Weekdays.TryGetValue(tokens[w].Text, out var weekday)) continue;
                    // "Sat" and "Sun" are words too; only full names, or abbreviations with a dot.
                    if (tokens[w].Text.Length < 6 && !dotted) continue;
                    var start = tokens[w].Start;
                    var end = tokens[mention.EndToken - 1].TextEnd;
                    var dateStart = tokens[mention.StartToken].Start;
                    claims.Add(new WeekdayClaim
                    {
                        Weekday = weekday,
                        Date = mention.Range.Start,
                        YearInferred = mention.YearInferred,
                        DateText = document.Text[dateStart..end],
                        Span = Text.TextSpan.FromBounds(start, end),
                        Text = document.Text[start..end],
                        Confidence = mention.YearInferred ? 0.75 : 0.95,
                        WrittenOn = writtenOn,
                        Time = mention.Range,
                        HasTime = true,
                        TimeReason = mention.YearInferred ? $"the year is taken from the draft's date, {document.Date:yyyy-MM-dd}" : "",
                        InQuote = quotes[w],
                    });
                }
            }
        }
        return claims;
    }
}
