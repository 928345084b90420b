using System.Collections.Frozen;
using System.Globalization;

namespace MediaReview.Claims;

// Ages and tenures stated for a person the extractor has found.
public sealed partial class OfficeClaimExtractor
{
    private static readonly WordSet Approximately = new(StringComparer.OrdinalIgnoreCase,
        "nearly", "almost", "about", "around", "some", "roughly", "approximately", "over", "more", "than", "at", "least", "close", "to");

    /// <summary>Ages written around a name: "Araghchi, 61,", "Khamenei (86)", ", aged 86", "died at 82", "the 86-year-old … Khamenei", "Khamenei, Iran's 86-year-old supreme leader".</summary>
    private void AgesAround(SentenceContext s, int nameStart, int nameEnd, string person, List<Claim> claims)
    {
        var tokens = s.Tokens;
        // Polls and tallies: "Trump (47) led Harris (45)" gives percentages, not ages. Only a number in
        // brackets or after "at" or "then" is in doubt there; "Rouhani, 70, said", "86-year-old", "aged 86"
        // and "at the age of 86" are ages in any sentence.
        // Looked at only when a number in doubt is there: most names have no age beside them.
        bool? tally = null;
        bool Tally()
        {
            if (tally is { } known) return known;
            var found = false;
            for (var p = s.From; p < s.To && !found; p++)
            {
                found = tokens[p].IsPunct('%') || tokens[p].IsWord && NumberContext.Contains(tokens[p].Text);
            }
            tally = found;
            return found;
        }
        int? age = null;
        int spanStart = nameStart, spanEnd = nameEnd;
        // After the name: "Khamenei, then 56," and "Khamenei, at 87," are ages too.
        var skip = nameEnd + 2 < s.To && tokens[nameEnd].IsPunct(',') && (tokens[nameEnd + 1].IsIgnoreCase("then") || tokens[nameEnd + 1].IsIgnoreCase("at")) && !Tally() ? 1 : 0;
        var thenAge = false;
        if (skip == 1 && AgeNumber(tokens[nameEnd + 2]) is { } then
            && (nameEnd + 3 == s.To || tokens[nameEnd + 3].Kind == TokenKind.Punct && tokens[nameEnd + 3].Text[0] is ',' or '.' or ';'))
        {
            age = then;
            spanEnd = nameEnd + 3;
            thenAge = tokens[nameEnd + 1].IsIgnoreCase("then");
        }
        // "At 89, Khamenei …"
        else if (nameStart - 3 >= s.From && tokens[nameStart - 1].IsPunct(',') && AgeNumber(tokens[nameStart - 2]) is { } at89 && tokens[nameStart - 3].IsIgnoreCase("at")
            && nameStart - 3 == s.From && !Tally())
        {
            age = at89;
            spanStart = nameStart - 3;
        }
        else if (nameEnd + 1 < s.To && (tokens[nameEnd].IsPunct(',') || tokens[nameEnd].IsPunct('(') && !Tally()) && AgeNumber(tokens[nameEnd + 1]) is { } a
            && (nameEnd + 2 == s.To || tokens[nameEnd + 2].Kind == TokenKind.Punct && tokens[nameEnd + 2].Text[0] is ',' or '.' or ';' or ')'))
        {
            age = a;
            spanEnd = tokens[nameEnd].IsPunct('(') && nameEnd + 2 < s.To && tokens[nameEnd + 2].IsPunct(')') ? nameEnd + 3 : nameEnd + 2;
        }
        for (var p = nameEnd; age is null && p < Math.Min(s.To - 1, nameEnd + 6); p++)
        {
            // ", aged 86", "died aged 86", "died at 82", "died at the age of 82".
            var t = tokens[p];
            if (t.IsIgnoreCase("aged") && AgeNumber(tokens[p + 1]) is { } aged) { age = aged; spanEnd = p + 2; }
            // "died at 82" right after the name, or after "who": not "whose wife died at 38".
            else if (t.IsIgnoreCase("died") && p + 2 < s.To && tokens[p + 1].IsIgnoreCase("at") && AgeNumber(tokens[p + 2]) is { } at
                && (p == nameEnd || tokens[p - 1].IsIgnoreCase("who") || tokens[p - 1].IsPunct(','))) { age = at; spanEnd = p + 3; }
            else if (t.IsWord && t.Lower is "whose" or "which" or "whom") break;
            else if (t.IsIgnoreCase("age") && p + 2 < s.To && tokens[p + 1].IsIgnoreCase("of") && AgeNumber(tokens[p + 2]) is { } of) { age = of; spanEnd = p + 3; }
            else if (t.Kind == TokenKind.Punct && t.Text[0] is '.' or ';') break;
        }
        // Before the name, among its title words: "the 86-year-old Supreme Leader Ali Khamenei", "86-year-old Khamenei".
        for (var p = nameStart - 1; age is null && p >= Math.Max(s.From, nameStart - 7); p--)
        {
            var t = tokens[p];
            if (YearOld(t) is { } before) { age = before; spanStart = p; }
            else if (t.Kind == TokenKind.Punct || !(t.IsWord && (_lexicon.IsTitleWord(t.Text) || Lexicon.Honorifics.Contains(t.Text) || t.Possessive || t.IsIgnoreCase("the")
                || _lexicon.CountriesEndingWith(t.Text) is not null))) break;
        }
        // In an appositive: "Ali Khamenei, Iran's 86-year-old supreme leader".
        if (age is null && nameEnd < s.To && tokens[nameEnd].IsPunct(','))
        {
            for (var p = nameEnd + 1; p < Math.Min(s.To, nameEnd + 6) && !tokens[p].IsPunct(','); p++)
            {
                if (YearOld(tokens[p]) is { } appositive) { age = appositive; spanEnd = p + 1; break; }
            }
        }
        if (age is null) return;
        claims.Add(NewAge(s, person, age.Value, spanStart, spanEnd, nameStart, 0.9, thenAge ? "then-age" : "age"));
    }

    /// <summary>"the 88-year-old supreme leader" with no name: the person who held the office then.</summary>
    private void AgesOfTitleHolders(SentenceContext s, List<Claim> claims)
    {
        var tokens = s.Tokens;
        for (var p = s.From; p < s.To; p++)
        {
            if (YearOld(tokens[p]) is not { } age || MatchTitleForward(s, p + 1) is not { } title) continue;
            // Already read with a name ("Ali Khamenei, Iran's 86-year-old supreme leader").
            if (HasClaimAt<AgeClaim>(claims, tokens[p].Start)) continue;
            if (title.End < s.To && tokens[title.End].IsCapitalized) continue; // a name follows: handled with the name
            var time = s.TimeFor("none", p);
            if (!time.HasTime) continue;
            if (SoleHolder(title.Form, time.Range.End) is not { } holder) continue;
            claims.Add(NewAge(s, holder, age, p, title.End, p, 0.8));
        }
    }

    /// <summary>"The supreme leader has ruled since 1992", "the 88-year-old supreme leader, who has ruled since 1992": the tenure of the office's holder at the time.</summary>
    private void TenuresOfTitleHolders(SentenceContext s, List<Claim> claims)
    {
        var tokens = s.Tokens;
        for (var p = s.From + 1; p < s.To; p++)
        {
            // "the supreme leader", and "the 86-year-old supreme leader" (whose age is a claim of its own).
            var article = YearOld(tokens[p - 1]) is not null && p - 2 >= s.From ? p - 2 : p - 1;
            if (!tokens[article].IsIgnoreCase("the") || MatchTitleForward(s, p) is not { } title) continue;
            if (title.End >= s.To || tokens[title.End].IsCapitalized) continue; // a name follows: handled with the name
            if (HasClaimAt<TenureClaim>(claims, tokens[p].Start)) continue;
            var time = s.TimeFor("former", p);
            if (SoleHolder(title.Form, time.Range.End) is not { } holder) continue;
            var before = claims.Count;
            TenureAfter(s, p, title.End, holder, claims);
            if (claims.Count > before) p = title.End;
        }
    }

    /// <summary>A claim of that kind already covers the offset. (A loop, not a lambda: a closure was made for every token.)</summary>
    private static bool HasClaimAt<T>(List<Claim> claims, int offset) where T : Claim
    {
        foreach (var c in claims)
        {
            if (c is T && c.Span.Contains(offset)) return true;
        }
        return false;
    }

    /// <summary>The one person who held an office the title can mean on the day, or null if none or several did.</summary>
    private string? SoleHolder(TitleForm title, DateOnly day)
    {
        string? holder = null;
        foreach (var office in title.Offices)
        {
            foreach (var term in _reference.TermsOfOfficeOn(office, day))
            {
                if (holder is null) holder = term.Person;
                else if (holder != term.Person) return null;
            }
        }
        return holder;
    }

    private AgeClaim NewAge(SentenceContext s, string person, int age, int startToken, int endToken, int timeToken, double confidence, string qualifier = "age")
    {
        var time = s.TimeFor(qualifier, timeToken);
        var start = s.Tokens[startToken].Start;
        var end = s.Tokens[endToken - 1].TextEndIn(s.Document.Prose);
        return new AgeClaim
        {
            Person = person,
            Age = age,
            Span = Text.TextSpan.FromBounds(start, end),
            Text = s.Document.Text[start..end],
            Confidence = Round(confidence * time.ConfidenceFactor * (s.InQuote(startToken) ? 0.85 : 1)),
            Context = s.Context(time, startToken),
        };
    }

    /// <summary>
    /// "has ruled since 1989", "in office since 2020", "has led the country for 35 years", "has been supreme
    /// leader since 1989", "Khamenei, the supreme leader since 1989". Only these forms: "has been ill since
    /// 2014" or "has been a critic since 2015" say nothing about an office.
    /// </summary>
    private void TenureAfter(SentenceContext s, int nameStart, int nameEnd, string person, List<Claim> claims)
    {
        var tokens = s.Tokens;
        var end = Math.Min(s.To, nameEnd + 16);
        string? office = null;
        var triggered = false;
        for (var p = nameEnd; p < end; p++)
        {
            var t = tokens[p];
            if (t.IsCapitalized && p > nameEnd && _lexicon.NamesStartingWith(t.Text) is not null) return; // another person's clause
            if (t.IsPunct(';') || TenureClauseEnds.Contains(t.Text)) return;
            if (!triggered)
            {
                if (HaveForms.Contains(t.Text) && p + 1 < end && tokens[p + 1].IsWord
                    && RuleVerbs.Contains(tokens[p + 1].Text))
                {
                    triggered = true;
                    p++;
                    continue;
                }
                if (t.IsIgnoreCase("in") && p + 1 < end && (tokens[p + 1].IsIgnoreCase("office") || tokens[p + 1].IsIgnoreCase("power")))
                {
                    triggered = true;
                    p++;
                    continue;
                }
                // "has been supreme leader", "has served as president", ", the supreme leader since …"
                var q = p;
                if (t.IsIgnoreCase("been") || t.IsIgnoreCase("as")) q++;
                while (q < end && tokens[q].IsWord && (tokens[q].IsIgnoreCase("the") || _lexicon.CountriesEndingWith(tokens[q].Text) is not null)) q++;
                if ((q > p || tokens[p - 1].IsPunct(',')) && MatchTitleForward(s, q) is { } title && title.End < end
                    && (tokens[title.End].IsIgnoreCase("since") || tokens[title.End].IsIgnoreCase("for") && (q > p || t.IsIgnoreCase("been") || t.IsIgnoreCase("as"))))
                {
                    var (resolved, _) = ResolveOffice(title.Form, person, null, s.WrittenOn);
                    if (resolved is null) return;
                    office = resolved;
                    triggered = true;
                    p = title.End - 1;
                }
                continue;
            }
            if (t.IsIgnoreCase("since") && p + 1 < s.To)
            {
                // "since 1989", "since August 2023", "since Aug. 21, 2024": the year of the start.
                var q = p + 1;
                while (q < Math.Min(s.To, p + 5) && !(tokens[q].Kind == TokenKind.Number && tokens[q].Text.Length == 4)) q++;
                if (q < s.To && int.TryParse(tokens[q].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100
                    && (q == p + 1 || tokens[p + 1].IsCapitalized))
                {
                    if (!MentionsBreak(s)) claims.Add(NewTenure(s, person, office, nameStart, q + 1, sinceYear: year, years: 0, approximate: false, atLeast: false));
                    return;
                }
            }
            if (t.IsIgnoreCase("for") && CountOfYears(s, p + 1) is { } count)
            {
                // "for 17 years in total" counts past terms too: not the running term.
                if (count.End < s.To && tokens[count.End].IsWord && tokens[count.End].Lower is "in" or "combined" or "altogether") return;
                if (!MentionsBreak(s)) claims.Add(NewTenure(s, person, office, nameStart, count.End, sinceYear: 0, years: count.Years, approximate: count.Approximate, atLeast: count.AtLeast));
                return;
            }
        }
    }

    /// <summary>"has served as prime minister since 2009, with a break in 2021": the text knows the terms were not one.</summary>
    private static bool MentionsBreak(SentenceContext s)
    {
        for (var k = s.From; k < s.To; k++)
        {
            if (s.Tokens[k].IsWord && s.Tokens[k].Lower is "break" or "breaks" or "interruption" or "gap" or "non-consecutive" or "nonconsecutive" or "intermittently")
                return true;
        }
        return false;
    }

    /// <summary>Words that end the clause a tenure is read in: another clause or another subject ("…, and Araghchi has served since 2024").</summary>
    private static readonly WordSet TenureClauseEnds = new(StringComparer.OrdinalIgnoreCase, "which", "whose", "whom", "and", "but");

    private static readonly WordSet HaveForms = new(StringComparer.OrdinalIgnoreCase, "has", "have", "had");

    private static readonly WordSet RuleVerbs = new(StringComparer.OrdinalIgnoreCase,
        "ruled", "led", "governed", "reigned", "presided");

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"35 years", "more than 30 years", "nearly four decades", "two years".</summary>
    private static (int Years, bool Approximate, bool AtLeast, int End)? CountOfYears(SentenceContext s, int p)
    {
        var tokens = s.Tokens;
        var approximate = false;
        var atLeast = false;
        while (p < s.To && tokens[p].IsWord && Approximately.Contains(tokens[p].Text))
        {
            if (tokens[p].Lower is "more" or "over" or "least") atLeast = true; else if (!tokens[p].IsIgnoreCase("than") && !tokens[p].IsIgnoreCase("at")) approximate = true;
            p++;
        }
        if (p + 1 >= s.To) return null;
        int n;
        if (tokens[p].Kind == TokenKind.Number && int.TryParse(tokens[p].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits)) n = digits;
        else if (tokens[p].IsWord && NumberWords.TryGetValue(tokens[p].Text, out var word)) n = word;
        else return null;
        var unit = tokens[p + 1].Lower;
        if (unit is "years" or "year") return n is > 0 and < 80 ? (n, approximate, atLeast, p + 2) : null;
        if (unit is "decades" or "decade") return n is > 0 and < 8 ? (n * 10, true, atLeast, p + 2) : null;
        return null;
    }

    private TenureClaim NewTenure(SentenceContext s, string person, string? office, int startToken, int endToken, int sinceYear, int years, bool approximate, bool atLeast)
    {
        var start = s.Tokens[startToken].Start;
        var end = s.Tokens[endToken - 1].TextEndIn(s.Document.Prose);
        // "has ruled since …" speaks of now: judged at the draft's date unless the sentence opens with its own time.
        var time = s.TimeFor("former", startToken);
        return new TenureClaim
        {
            Person = person,
            Office = office,
            SinceYear = sinceYear,
            Years = years,
            Approximate = approximate,
            AtLeast = atLeast,
            Span = Text.TextSpan.FromBounds(start, end),
            Text = s.Document.Text[start..end],
            Confidence = Round(0.9 * (s.InQuote(startToken) ? 0.85 : 1)),
            Context = s.Context(time, startToken),
        };
    }

    private static readonly WordSet NumberContext = new(StringComparer.OrdinalIgnoreCase,
        "poll", "polls", "percent", "percentage", "points", "votes", "vote", "seats", "ballots", "survey", "approval");

    private static int? AgeNumber(Token t) =>
        t.Kind == TokenKind.Number && t.Text.Length <= 3 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 18 and <= 120 ? n : null;

    /// <summary>"86-year-old" → 86.</summary>
    private static int? YearOld(Token t)
    {
        if (t.Kind != TokenKind.Number || !t.Text.EndsWith("-year-old", StringComparison.Ordinal)) return null;
        return int.TryParse(t.Text.AsSpan(0, t.Text.Length - "-year-old".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 120 ? n : null;
    }
}
