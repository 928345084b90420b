using System.Collections.Frozen;
using MediaReview.Documents;
using MediaReview.Reference;

namespace MediaReview.Claims;

/// <summary>
/// Finds dates given with a weekday ("Saturday, April 12, 2025") and known events given a date ("the
/// first round of talks in Muscat on April 19"). Events are recognised by their reference names and aliases.
/// </summary>
public sealed class DateClaimExtractor : IClaimExtractor
{
    private readonly Lexicon _lexicon;
    private readonly Dictionary<string, string> _places = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownPlaces = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _eventYears = new(StringComparer.Ordinal);

    public DateClaimExtractor(ReferenceSet reference)
    {
        _lexicon = Lexicon.For(reference);
        foreach (var e in reference.Events)
        {
            _eventYears[e.Id] = (e.Date ?? e.Start!.Value).Year;
            if (e.Place is { } place) { _places[e.Id] = place; _knownPlaces.Add(place); }
        }
    }

    private static readonly FrozenDictionary<string, string> Weekdays = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = "Monday", ["Mon"] = "Monday", ["Tuesday"] = "Tuesday", ["Tue"] = "Tuesday", ["Tues"] = "Tuesday",
        ["Wednesday"] = "Wednesday", ["Wed"] = "Wednesday", ["Thursday"] = "Thursday", ["Thu"] = "Thursday", ["Thur"] = "Thursday",
        ["Thurs"] = "Thursday", ["Friday"] = "Friday", ["Fri"] = "Friday", ["Saturday"] = "Saturday", ["Sat"] = "Saturday",
        ["Sunday"] = "Sunday", ["Sun"] = "Sunday",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Claim> Extract(Document document)
    {
        var claims = new List<Claim>();
        var writtenOn = DateRange.Day(document.Date);
        int? sectionYear = null;
        foreach (var block in ProseBlocks.Of(document))
        {
            var (tokens, quotes, sentences) = block;
            // Years the text around a date without a year may mean: a year heading above ("### 1989"), a label
            // opening the block ("**1989:** …", a table row "| 1989 | …"), and years stated earlier in the paragraph.
            if (tokens.Count is 1 or 2 && YearOf(tokens[0]) is { } heading && (tokens.Count == 1 || tokens[1].Kind == TokenKind.Punct))
            {
                sectionYear = heading;
                continue;
            }
            if (tokens.Count is > 0 and <= 8 && !tokens[^1].IsPunct('.') && YearOf(tokens[0]) is null) sectionYear = null;
            var contextYears = new List<int>();
            if (sectionYear is { } sy) contextYears.Add(sy);
            if (tokens.Count > 1 && YearOf(tokens[0]) is { } label) contextYears.Add(label);
            // The year a heading or label sets: a date without a year below it is that year's. The paragraph's other years,
            // added sentence by sentence, stay only possible: "in December 2019. … on Friday, June 19" is not 2019's June 19.
            int? headingYear = contextYears.Count > 0 ? contextYears[0] : null;
            foreach (var (from, to) in sentences)
            {
                var times = TimeExpressions.Find(tokens, block.Classes, from, to, document.Date);
                ShareYears(times);
                // A sentence with no time makes no date claim: its years are never asked for.
                if (times.Count == 0) continue;
                var years = new List<int>(contextYears);
                foreach (var t in times)
                {
                    if (t.YearInferred || t.Era) continue;
                    for (var y = t.Range.Start.Year; y <= t.Range.End.Year && y <= document.Date.Year + 1; y++)
                    {
                        if (!years.Contains(y)) years.Add(y);
                    }
                }
                Events(document, tokens, from, to, times, quotes, writtenOn, claims, years);
                foreach (var mention in times)
                {
                    if (!mention.Range.IsDay) continue;
                    // The weekday stands right before the date, with or without a comma: "Saturday, April 12".
                    var w = mention.StartToken - 1;
                    if (w >= from && (tokens[w].IsPunct(',') || tokens[w].IsPunct('('))) w--;
                    var dotted = w >= from && tokens[w].IsPunct('.');
                    if (dotted) w--;
                    var comma = tokens[w + 1].IsPunct(',') || tokens[w + 1].IsPunct('(');
                    if (w < from || !tokens[w].IsCapitalized || !Weekdays.TryGetValue(tokens[w].Text, out var weekday)) continue;
                    // "Saturday and Sunday, June 21 and 22": two weekdays for two dates.
                    if (w - 2 >= from && tokens[w - 1].IsWord && tokens[w - 1].Text is "and" or "or" && Weekdays.ContainsKey(tokens[w - 2].Text)) continue;
                    // "Friday–Saturday, April 11–12": a range of days, not one weekday for one date.
                    if (w - 2 >= from && tokens[w - 1].Kind == TokenKind.Punct && tokens[w - 1].Text[0] is '-' or '\u2013' or '/' && Weekdays.ContainsKey(tokens[w - 2].Text)) continue;
                    if (mention.EndToken < to && tokens[mention.EndToken].Kind == TokenKind.Punct && tokens[mention.EndToken].Text[0] is '\u2013' or '-') continue;
                    // "Sat" and "Sun" are words too: abbreviations need a dot or a comma before the date, and not "The Sun, …".
                    if (tokens[w].Text.Length < 6 && !dotted && !(comma && !(w > from && tokens[w - 1].IsIgnoreCase("the")))) continue;
                    var start = tokens[w].Start;
                    var end = tokens[mention.EndToken - 1].TextEndIn(document.Prose);
                    if (tokens[w + 1].IsPunct('(') && mention.EndToken < to && tokens[mention.EndToken].IsPunct(')')) end = tokens[mention.EndToken].End;
                    var dateStart = tokens[mention.StartToken].Start;
                    // A date without a year under a year heading or label ("## 2020", "**2020:**") is that year's;
                    // the draft's year and the paragraph's other years stay possible.
                    var date = mention.Range.Start;
                    var reason = YearReason(mention, document);
                    var others = mention.YearInferred ? years.Where(y => y != date.Year).ToList() : [];
                    var fromContext = false;
                    if (mention.YearInferred && headingYear is { } above && above != date.Year && PlaceIn(date, above) is { } placed)
                    {
                        others = years.Where(y => y != placed.Year).Append(date.Year).Distinct().ToList();
                        date = placed;
                        fromContext = true;
                        reason = $"the year is taken from the heading or label above, {placed.Year}";
                    }
                    claims.Add(new WeekdayClaim
                    {
                        OtherYears = others.ToArray(),
                        YearFromContext = fromContext,
                        Weekday = weekday,
                        Date = date,
                        YearInferred = mention.YearInferred,
                        DateText = document.ReadableText(Text.TextSpan.FromBounds(dateStart, end)),
                        Span = Text.TextSpan.FromBounds(start, end),
                        Text = document.Text[start..end],
                        Confidence = (mention.YearInferred ? 0.75 : 0.95) * (quotes[w] ? 0.85 : 1),
                        Context = new ClaimContext(writtenOn, DateRange.Day(date), true, reason, quotes[w]),
                    });
                }
                contextYears = years;
            }
        }
        return claims;
    }

    private static int? YearOf(Token t) => t.Kind == TokenKind.Number ? TimeExpressions.YearValue(t.Text) : null;

    private static DateOnly? PlaceIn(DateOnly date, int year) =>
        date.Month == 2 && date.Day == 29 && !DateTime.IsLeapYear(year) ? null : new DateOnly(year, date.Month, date.Day);

    /// <summary>
    /// "Friday, April 12, and Saturday, April 13, 2025": a date without a year takes the year of the next
    /// full date in the sentence.
    /// </summary>
    private static void ShareYears(List<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            if (!times[i].YearInferred || !times[i].Range.IsDay) continue;
            for (var j = i + 1; j < times.Count; j++)
            {
                if (times[j].YearInferred || !times[j].Range.IsDay) continue;
                if (PlaceIn(times[i].Range.Start, times[j].Range.Start.Year) is not { } shared) break;
                times[i] = times[i] with { Range = DateRange.Day(shared), YearInferred = false };
                break;
            }
        }
    }

    /// <summary>Words before a time that make it the time of something else: "said on April 15", "scheduled for May 3", "after".</summary>
    private static readonly WordSet OtherTimeWords = new(StringComparer.OrdinalIgnoreCase,
        "said", "says", "announced", "told", "wrote", "speaking", "spoke", "scheduled", "planned", "postponed", "originally",
        "after", "before", "since", "until", "following", "ahead", "by", "from", "delayed", "moved", "rescheduled", "set");

    /// <summary>
    /// A time that belongs to the event: in the same clause as its mention (or in a "held …"/"which …"
    /// clause right after it), and not the time of a saying, a schedule, or something "after" it.
    /// </summary>
    private static bool BelongsToEvent(List<Token> tokens, int eventEnd, TimeMention time, int from)
    {
        for (var k = Math.Max(from, time.StartToken - 3); k < time.StartToken; k++)
        {
            if (tokens[k].IsWord && OtherTimeWords.Contains(tokens[k].Text)) return false;
        }
        var (a, b) = time.StartToken >= eventEnd ? (eventEnd, time.StartToken) : (time.EndToken, eventEnd);
        var commas = 0;
        for (var k = a; k < b; k++)
        {
            if (tokens[k].IsPunct(';')) return false;
            // "… came nine days after Israel began the war on June 13", "talks since … in January 2025".
            // ", which began on September 22, 1980,": a clause that dates the event itself.
            if (tokens[k].IsWord && tokens[k].Lower is "which" or "that" && k > a && tokens[k - 1].IsPunct(',') && k + 1 < b
                && time.StartToken >= eventEnd && k - 1 == eventEnd
                && (EventVerbs.Contains(tokens[k + 1].Text) || tokens[k + 1].IsIgnoreCase("took") && k + 2 < b && tokens[k + 2].IsIgnoreCase("place"))) continue;
            if (tokens[k].IsWord && tokens[k].Lower is "after" or "before" or "since" or "following" or "until" or "which" or "who" or "that") return false;
            // "in Rome on Friday, May 16": the comma after a weekday is part of the date.
            if (tokens[k].IsPunct(',') && k > 0 && tokens[k - 1].IsWord && IsWeekday(tokens[k - 1].Text)) continue;
            if (!tokens[k].IsPunct(',')) continue;
            // One comma is fine when it opens a clause about the event: ", held in Rome on April 26".
            commas++;
            Token? next = k + 1 < tokens.Count ? tokens[k + 1] : null;
            if (commas > 1 || time.StartToken < eventEnd || !(next is { IsWord: true } n && n.Lower is "held" or "hosted" or "convened" or "which" or "that" or "on" or "in"))
                return false;
        }
        return true;
    }

    private static readonly WordSet EventVerbs = new(StringComparer.OrdinalIgnoreCase,
        "began", "started", "erupted", "broke", "ended", "concluded", "happened", "occurred", "unfolded");

    /// <summary>Each event mention with the nearest time after it in its clause (else the nearest before).</summary>
    private void Events(Document document, List<Token> tokens, int from, int to, List<TimeMention> times, bool[] quotes, DateRange writtenOn, List<Claim> claims,
        List<int> contextYears)
    {
        if (times.Count == 0) return;
        var mentions = new List<(int Start, int End, string Event)>();
        for (var i = from; i < to; i++)
        {
            // Most words start no event's name: no enumerator is made for them.
            if (!_lexicon.StartsEvent(tokens[i])) continue;
            var first = i;
            foreach (var (form, end) in _lexicon.EventsAt(tokens, first, to))
            {
                var (id, generic) = (form.Event, form.Generic);
                i = end - 1;
                // "a first round of talks", "Five days after Soleimani was killed": not the event being dated.
                if (first > from && tokens[first - 1].IsWord && tokens[first - 1].Lower is "a" or "an") break;
                if (generic && !NamesPlace(tokens, from, to, _places[id])) break;
                if (AfterPhrase(tokens, from, first)) break;
                mentions.Add((first, end, id));
                break;
            }
        }
        for (var m = 0; m < mentions.Count; m++)
        {
            var (start, end, id) = mentions[m];
            var nextEvent = m + 1 < mentions.Count ? mentions[m + 1].Start : to;
            var previousEvent = m > 0 ? mentions[m - 1].End : from;
            TimeMention? time = null;
            foreach (var t in times)
            {
                if (t.StartToken >= end && t.StartToken < nextEvent && BelongsToEvent(tokens, end, t, from)) { time = t; break; }
            }
            if (time is null)
            {
                foreach (var t in times)
                {
                    if (t.EndToken <= start && t.StartToken >= previousEvent && BelongsToEvent(tokens, start, t, from)) time = t;
                }
            }
            if (time is not { } when) continue;
            // "the first round of talks in Istanbul": a place other than the event's means other talks.
            var clauseStart = start;
            while (clauseStart > from && !tokens[clauseStart - 1].IsPunct(',')) clauseStart--;
            var clauseEnd = end;
            while (clauseEnd < to && !tokens[clauseEnd].IsPunct(',')) clauseEnd++;
            if (OtherPlace(tokens, clauseStart, clauseEnd, _places.GetValueOrDefault(id))) continue;
            // "the 2024 presidential runoff on July 5": a year in the event's name is the year of its date.
            for (var k = start; k < end && when.YearInferred && when.Range.IsDay; k++)
            {
                if (YearOf(tokens[k]) is { } nameYear && PlaceIn(when.Range.Start, nameYear) is { } named)
                {
                    when = when with { Range = DateRange.Day(named), YearInferred = false };
                }
            }
            // A date without a year, in a paragraph or section of the event's year, is that year's.
            if (when.YearInferred && when.Range.IsDay && _eventYears.TryGetValue(id, out var eventYear) && contextYears.Contains(eventYear)
                && PlaceIn(when.Range.Start, eventYear) is { } inEventYear)
                when = when with { Range = DateRange.Day(inEventYear) };
            AddEventClaim(document, tokens, from, start, end, id, when, PartOf(tokens, from, when), quotes, writtenOn, claims);
            // "began on June 13 and ended on June 24": a second time in the sentence, marked as the start or end, is checked too.
            foreach (var t in times)
            {
                if (t.StartToken <= when.StartToken || t.StartToken >= nextEvent || !BelongsToEvent(tokens, end, t, from)) continue;
                if (PartOf(tokens, from, t) is { Length: > 0 } part) AddEventClaim(document, tokens, from, t.StartToken - 2, t.StartToken - 1, id, t, part, quotes, writtenOn, claims);
            }
        }
    }

    private static string YearReason(TimeMention mention, Document document) =>
        mention.YearInferred ? $"the year is taken from the draft's date, {document.Date:yyyy-MM-dd}" : "";

    private static bool IsWeekday(string text) => Weekdays.ContainsKey(text) && text.Length >= 3;

    /// <summary>The clause names the place: "in Muscat".</summary>
    private static bool NamesPlace(List<Token> tokens, int from, int to, string place)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsWord && string.Equals(tokens[k].Text, place, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The mention stands in an "after …" / "since …" phrase ("Five days after Soleimani was killed, …").</summary>
    private static bool AfterPhrase(List<Token> tokens, int from, int start)
    {
        for (var k = Math.Max(from, start - 4); k < start; k++)
        {
            if (tokens[k].IsPunct(',')) return false;
            if (tokens[k].IsWord && tokens[k].Lower is "after" or "before" or "since" or "following" or "until") return true;
        }
        return false;
    }

    /// <summary>"began on June 13" → "start", "ended on June 24" → "end", else "".</summary>
    private static string PartOf(List<Token> tokens, int from, TimeMention when)
    {
        var part = "";
        for (var k = Math.Max(from, when.StartToken - 3); k < when.StartToken; k++)
        {
            if (!tokens[k].IsWord) continue;
            var w = tokens[k].Lower;
            if (w is "began" or "begun" or "started" or "erupted" or "broke") part = "start";
            else if (w is "ended" or "concluded" or "finished") part = "end";
        }
        return part;
    }

    private static void AddEventClaim(Document document, List<Token> tokens, int from, int start, int end, string id, TimeMention when, string part,
        bool[] quotes, DateRange writtenOn, List<Claim> claims)
    {
        start = Math.Max(from, start);
        var spanStart = tokens[Math.Min(start, when.StartToken)].Start;
        var spanEnd = tokens[Math.Max(end, when.EndToken) - 1].TextEndIn(document.Prose);
        claims.Add(new EventClaim
        {
            Event = id,
            Stated = when.Range,
            YearInferred = when.YearInferred,
            DateText = document.ReadableText(Tokenizer.SpanOf(tokens, when.StartToken, when.EndToken, document.Prose)),
            Part = part,
            Span = Text.TextSpan.FromBounds(spanStart, spanEnd),
            Text = document.Text[spanStart..spanEnd],
            Confidence = (when.YearInferred ? 0.75 : 0.85) * (quotes[start] ? 0.85 : 1),
            Context = new ClaimContext(writtenOn, when.Range, true, YearReason(when, document), quotes[start]),
        });
    }

    /// <summary>The clause says "in &lt;Place&gt;" for another place where events of the set happen ("the third round … in Rome").</summary>
    private bool OtherPlace(List<Token> tokens, int from, int to, string? place)
    {
        if (place is null) return false;
        for (var k = from; k + 1 < to; k++)
        {
            if (tokens[k].IsIgnoreCase("in") && tokens[k + 1].IsCapitalized && _knownPlaces.Contains(tokens[k + 1].Text)
                && !string.Equals(tokens[k + 1].Text, place, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
