using MediaReview.Documents;
using MediaReview.Reference;

namespace MediaReview.Claims;

/// <summary>
/// Finds people presented with a title or office ("President Masoud Pezeshkian", "Abbas Araghchi,
/// Iran's foreign minister,"), with the qualifiers "former", "late" and "then-", and the time each
/// claim speaks of. Only people and offices in the reference set make claims: anything else is
/// unverifiable and left alone.
/// </summary>
public sealed partial class OfficeClaimExtractor : IClaimExtractor, IEraResolver
{
    private static readonly WordSet Weekdays = new(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Capitalised only because they start a sentence: "For Khamenei, …" is not a longer name.</summary>
    private static readonly WordSet SentenceOpeners = new(StringComparer.Ordinal,
        "A", "An", "The", "This", "That", "These", "Those", "For", "When", "But", "And", "Or", "As", "In", "On", "At", "If", "While",
        "After", "Before", "Since", "Although", "Though", "Then", "So", "Yet", "Also", "Meanwhile", "However", "Still", "Even", "With",
        "Without", "Under", "Over", "According", "Like", "Unlike", "Despite", "Because", "Why", "How", "What", "Who", "Where", "Only",
        "Both", "Neither", "Either", "Now", "Today", "Yesterday", "Later", "Earlier", "Asked", "Speaking", "Addressing", "Instead",
        "Indeed", "Thus", "Unless", "Until", "Once", "Whether", "Did", "Does", "Do", "Is", "Was", "Are", "Were", "Has", "Had", "Have",
        "Will", "Would", "Can", "Could", "Should", "Might", "Must", "To", "By", "From", "Of", "Among", "Against", "During", "Through",
        "Within", "Inside", "Outside", "Upon", "Via", "Whereas", "Let", "Yes", "No", "Not", "Perhaps");

    /// <summary>Words that open an introductory phrase: a name inside one is not the subject an appositive describes.</summary>
    private static readonly WordSet IntroductoryWords = new(StringComparer.OrdinalIgnoreCase,
        "according", "for", "unlike", "like", "asked", "when", "after", "before", "speaking", "with", "without", "as", "despite",
        "besides", "including", "to", "from", "against", "beyond", "under", "following", "since", "until", "while", "although",
        "because", "if", "thanks", "apart", "aside", "than", "except", "told", "briefing", "meeting", "replacing", "succeeding");

    private readonly Lexicon _lexicon;
    private readonly ReferenceSet _reference;

    public OfficeClaimExtractor(ReferenceSet reference)
    {
        _reference = reference;
        _lexicon = Lexicon.For(reference);
    }

    public IEnumerable<Claim> Extract(Document document)
    {
        var claims = new List<Claim>();
        var mentions = new List<NameMention>();
        var state = new MentionState();
        var writtenOn = DateRange.Day(document.Date);
        var dated = $"the draft is dated {document.Date:yyyy-MM-dd}";
        TimeMention? section = null;
        foreach (var block in ProseBlocks.Of(document))
        {
            var (tokens, _, sentences) = block;
            // A heading or line that is just a year ("### 1989", "2013:") sets the time of the text below it.
            if (tokens.Count is 1 or 2 && tokens[0].Kind == TokenKind.Number && tokens[0].Text.Length == 4
                && int.TryParse(tokens[0].Text, out var year) && year is >= 1800 and <= 2100 && (tokens.Count == 1 || tokens[1].IsPunct(':')))
            {
                section = new TimeMention(DateRange.Year(year), 0, 0, false);
                continue;
            }
            // A heading that is just a date ("## Friday, June 13, 2025" in a live blog) sets the day of the entries below.
            if (tokens.Count is > 0 and <= 7 && TimeExpressions.Find(tokens, block.Classes, 0, tokens.Count, document.Date) is [{ Range.IsDay: true } day]
                && tokens.Take(day.StartToken).All(t => t.Kind == TokenKind.Punct || t.IsCapitalized && t.Text.EndsWith("day", StringComparison.Ordinal))
                && tokens.Skip(day.EndToken).All(t => t.Kind == TokenKind.Punct))
            {
                section = day;
                continue;
            }
            // Another short heading ("## Today") ends the year's section.
            if (tokens.Count is > 0 and <= 8 && !tokens[^1].IsPunct('.')) section = null;
            SentenceContext? previous = null;
            foreach (var (from, to) in sentences)
            {
                var sentence = new SentenceContext(this, block, from, to, document, writtenOn, dated, previous, section);
                previous = sentence;
                // "Had President Hillary Clinton won, …", "Would a President Harris have kept Blinken?": nothing is
                // claimed, but the names are still spelled.
                var hypothetical = IsHypothetical(tokens, from, to);
                for (var i = from; i < to; i++)
                {
                    // Every name starts with a capital; most tokens do not (and a call per token is a sixth of matching).
                    if (!tokens[i].IsCapitalized) continue;
                    if (!TryMatchPerson(sentence, i, state, out var person, out var end, out var form))
                    {
                        if (end > i + 1) i = end - 1; // a longer name that is not a reference person: skip all of it
                        continue;
                    }
                    mentions.Add(new NameMention(sentence, i, end, person, form));
                    if (!hypothetical)
                    {
                        // "the president, Masoud Pezeshkian, the foreign minister, Abbas Araghchi": a title before the
                        // name binds first, so a list of pairs is not read as each name with the next title.
                        var claim = TitleBefore(sentence, i, end, person) ?? TitleCommaBefore(sentence, i, end, person)
                            ?? AppositiveAfter(sentence, i, end, person) ?? LateBefore(sentence, i, end, person);
                        if (claim is not null) claims.Add(claim);
                        AgesAround(sentence, i, end, person, claims);
                        TenureAfter(sentence, i, end, person, claims);
                    }
                    i = end - 1;
                }
                if (hypothetical) continue;
                AgesOfTitleHolders(sentence, claims);
                TenuresOfTitleHolders(sentence, claims);
            }
        }
        NameClaims(document, mentions, claims);
        return claims;
    }

    private static readonly WordSet HypotheticalOpeners = new(StringComparer.Ordinal,
        "If", "Had", "Should", "Were", "Imagine", "Suppose", "Supposing", "Would", "Could", "Unless");

    private static bool IsHypothetical(List<Token> tokens, int from, int to)
    {
        // Only the opening word: "would be" in reported speech ("said the strikes would be answered") claims as usual.
        return from < to && tokens[from].IsWord && HypotheticalOpeners.Contains(tokens[from].Text);
    }

    // ---- people ----------------------------------------------------------------------------

    /// <summary>Names seen so far in the draft, to resolve surnames and to tell reference people from namesakes.</summary>
    private sealed class MentionState
    {
        public readonly Dictionary<string, int> FullSeen = new(StringComparer.Ordinal);
        /// <summary>Surname → the person last named in full with it, or null for someone outside the reference set.</summary>
        public readonly Dictionary<string, string?> LastBySurname = new(StringComparer.Ordinal);
        public int Counter;
    }

    private bool TryMatchPerson(SentenceContext s, int i, MentionState state, out string person, out int end, out NameForm matched)
    {
        person = "";
        matched = null!;
        end = i;
        var tokens = s.Tokens;
        var first = tokens[i];
        if (!first.IsCapitalized) return false;
        var forms = _lexicon.NamesStartingWith(first.Text);
        NameForm? match = null;
        var matchEnd = i;
        if (forms is not null)
        {
            foreach (var form in forms)
            {
                if (MatchName(s, i, form) is { } e) { match = form; matchEnd = e; break; }
            }
        }

        if (match is null) return false;
        // A capitalised word right before or after makes this part of a longer name ("John Harris", "Trump Tower").
        var prevIsName = i > s.From && IsNameLike(tokens[i - 1]) && tokens[i - 1].End < first.Start
            && !(i - 1 == s.From && SentenceOpeners.Contains(tokens[i - 1].Text));
        end = matchEnd;
        // "Joseph R. Biden Jr.": a generational suffix belongs to the name.
        if (end < s.To && !tokens[end - 1].Possessive && tokens[end].IsWord && NameSuffixes.Contains(tokens[end].Text)) end++;
        var last = tokens[end - 1];
        // A full reference name stays that person next to any capitalised word ("Republican Donald Trump",
        // "President-elect Donald Trump", a title-case headline "Marco Rubio Heads to Oman"); a lone surname
        // after a first name is someone else ("Eric Trump"), and before one it may be part of a longer name
        // ("Trump Tower", "President Kerry Washington"), so a title-case headline with a surname alone is skipped.
        var nextIsName = !match.IsFull && end < s.To && !last.Possessive && tokens[end].IsCapitalized && !Weekdays.Contains(tokens[end].Text)
            && !_lexicon.IsTitleWord(tokens[end].Text) && !Lexicon.Honorifics.Contains(tokens[end].Text);
        // A full form that leaves out the given name ("Hashemi Rafsanjani") after another given name is someone
        // else of the family ("Faezeh Hashemi Rafsanjani").
        if (match.IsFull && !(prevIsName && !_lexicon.StartsWithGivenName(match))) prevIsName = false;
        if (prevIsName || nextIsName)
        {
            // "Robert Harris … Harris": from here on the surname means someone outside the reference set.
            if (prevIsName && !match.IsFull) state.LastBySurname[match.Key] = null;
            return false;
        }

        string? resolved;
        if (match.IsFull)
        {
            resolved = match.People.Length == 1 ? match.People[0] : MostRecent(match.People, state);
            if (resolved is null) return false;
            state.FullSeen[resolved] = ++state.Counter;
            if (match.SurnameKey is { } surnameOfFull) state.LastBySurname[surnameOfFull] = resolved;
        }
        else
        {
            var surname = match.Key;
            if (state.LastBySurname.TryGetValue(surname, out var lastNamed))
            {
                // The draft last used this surname for someone outside the reference set, or for one specific person.
                if (lastNamed is null || !match.People.Contains(lastNamed)) return false;
                resolved = lastNamed;
            }
            else if (match.RequiresPrior)
            {
                // A surname the reference set does not list ("Rohani", "Al Busaidi") counts once its person was named in full.
                resolved = MostRecent(match.People.Where(state.FullSeen.ContainsKey).ToArray(), state);
            }
            else
            {
                resolved = match.People.Length == 1 ? match.People[0] : MostRecent(match.People, state);
            }
            if (resolved is null) return false;
        }
        person = resolved;
        matched = match;
        return true;
    }

    /// <summary>Nouns after a possessive title that point to the holder's time in office: "President Obama's administration".</summary>
    private static readonly WordSet EraNouns = new(StringComparer.Ordinal,
        "administration", "government", "cabinet", "envoy", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "team", "era", "presidency", "negotiators");

    private static readonly WordSet NameSuffixes = new(StringComparer.Ordinal,
        "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    /// <summary>
    /// Where a name form ends if it matches at token i; one middle initial the form lacks is allowed
    /// ("Antony J. Blinken" for "Antony Blinken").
    /// </summary>
    private static int? MatchName(SentenceContext s, int i, NameForm form)
    {
        var tokens = s.Tokens;
        var p = i;
        var skipped = false;
        for (var k = 0; k < form.Tokens.Length; k++)
        {
            if (p >= s.To) return null;
            var t = tokens[p];
            if (k > 0 && !skipped && t.Text != form.Tokens[k] && IsInitial(t) && p + 1 < s.To)
            {
                skipped = true;
                p++;
                t = tokens[p];
            }
            if (t.Kind == TokenKind.Punct || t.Text != form.Tokens[k] || (k < form.Tokens.Length - 1 && t.Possessive)) return null;
            p++;
        }
        return p;
    }

    private static bool IsAllCaps(string text) => text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsInitial(Token t) => t.IsWord && t.Text.Length == 2 && char.IsUpper(t.Text[0]) && t.Text[1] == '.' && !t.Possessive;

    /// <summary>A capitalised word that may be a first name: not a title, honorific, qualifier, country, or a word in capitals (a dateline, "GMT").</summary>
    private bool IsNameLike(Token t) =>
        t.IsCapitalized && !t.Possessive && !IsAllCaps(t.Text) && !Lexicon.Honorifics.Contains(t.Text) && !_lexicon.IsTitleWord(t.Text)
        && !IsQualifier(t) && _lexicon.CountriesEndingWith(t.Text) is null && !t.IsIgnoreCase("the");

    private static string? MostRecent(string[] people, MentionState state)
    {
        string? best = null;
        var bestSeen = 0;
        foreach (var p in people)
        {
            if (state.FullSeen.TryGetValue(p, out var seen) && seen > bestSeen) { best = p; bestSeen = seen; }
        }
        return best;
    }

    // ---- claim forms -------------------------------------------------------------------------

    /// <summary>[the] [former|late|then-] [country] Title [of Country] [honorifics] Name.</summary>
    private OfficeClaim? TitleBefore(SentenceContext s, int nameStart, int nameEnd, string person)
    {
        var k = SkipHonorificsBack(s, nameStart - 1);
        string? ofCountry = null;
        if (MatchOfCountryBack(s, k) is { } of) { ofCountry = of.Country; k = of.Start - 1; }
        if (MatchTitleBack(s, k) is not { } title) return null;
        var (qualifier, country, start) = ModifiersBack(s, title.Start - 1);
        // "a President Harris" imagines; it does not claim.
        if (start - 1 >= s.From && (s.Tokens[start - 1].IsIgnoreCase("a") || s.Tokens[start - 1].IsIgnoreCase("an"))) return null;
        return Build(s, person, title.Form, start, title.Start, title.End, nameStart, nameEnd, qualifier, country ?? ofCountry, "title",
            endOffset: s.Tokens[nameEnd - 1].TextEndIn(s.Document.Prose));
    }

    /// <summary>
    /// Name, [the] [country's] [former|late] [NN-year-old] title [of Country], closed by punctuation —
    /// "Abbas Araghchi, Iran's foreign minister, said". Not after an introductory phrase ("According to
    /// Witkoff, the president is …") and not with "a" ("a former IRGC commander" is a description).
    /// </summary>
    private OfficeClaim? AppositiveAfter(SentenceContext s, int nameStart, int nameEnd, string person)
    {
        var tokens = s.Tokens;
        // Set off by a comma, a bracket or a dash: "Abbas Araghchi (Iran's foreign minister) said".
        if (nameEnd >= s.To || tokens[nameEnd - 1].Possessive) return null;
        if (!(tokens[nameEnd].IsPunct(',') || tokens[nameEnd].IsPunct('(') || tokens[nameEnd].IsPunct('\u2014') || tokens[nameEnd].IsPunct('\u2013'))) return null;
        if (InIntroductoryPhrase(s, nameStart)) return null;
        var p = nameEnd + 1;
        string qualifier = "none";
        string? country = null;
        for (var guard = 0; guard < 4 && p < s.To; guard++)
        {
            var t = tokens[p];
            if (t.IsIgnoreCase("a") || t.IsIgnoreCase("an")) return null;
            if (t.IsIgnoreCase("the")) { p++; continue; }
            if ((QualifierOf(t) ?? (t.IsIgnoreCase("then") ? "then" : null)) is { } q && qualifier == "none") { qualifier = q; p++; continue; }
            if (country is null && MatchCountryForward(s, p) is { } c) { country = c.Country; p = c.End; continue; }
            if (t.Kind == TokenKind.Number && t.Text.EndsWith("-year-old", StringComparison.Ordinal)) { p++; continue; }
            break;
        }
        if (MatchTitleForward(s, p) is not { } title) return null;
        var after = title.End;
        if (MatchOfCountryForward(s, after) is { } of) { country ??= of.Country; after = of.End; }
        if (!ClosesAppositive(s, after)) return null;
        if (tokens[title.End - 1].Possessive) return null;
        return Build(s, person, title.Form, nameStart, title.Start, title.End, nameStart, nameEnd, qualifier, country, "appositive",
            endOffset: tokens[after - 1].TextEndIn(s.Document.Prose));
    }

    /// <summary>[the|country's] [former] title, Name, — "Iran's foreign minister, Abbas Araghchi, said".</summary>
    private OfficeClaim? TitleCommaBefore(SentenceContext s, int nameStart, int nameEnd, string person)
    {
        var tokens = s.Tokens;
        // "The Leader of the Islamic Revolution, Ayatollah Sayyid Ali Khamenei,": honorifics may follow the comma.
        var comma = SkipHonorificsBack(s, nameStart - 1);
        if (comma - 1 < s.From || !tokens[comma].IsPunct(',')) return null;
        // The name must be set off on both sides: "When he briefed the president, Araghchi said" is no appositive.
        if (!ClosesAppositive(s, nameEnd) && !(nameEnd < s.To && tokens[nameEnd].IsIgnoreCase("and"))) return null;
        var k = comma - 1;
        string? ofCountry = null;
        if (MatchOfCountryBack(s, k) is { } of) { ofCountry = of.Country; k = of.Start - 1; }
        if (MatchTitleBack(s, k) is not { } title) return null;
        var (qualifier, country, start) = ModifiersBack(s, title.Start - 1);
        var introduced = start < title.Start || title.Start == s.From || (start - 1 >= s.From && tokens[start - 1].IsIgnoreCase("the"));
        if (!introduced || InIntroductoryPhrase(s, title.Start)) return null;
        return Build(s, person, title.Form, start, title.Start, title.End, nameStart, nameEnd, qualifier, country ?? ofCountry, "appositive",
            endOffset: tokens[nameEnd - 1].TextEndIn(s.Document.Prose));
    }

    /// <summary>Punctuation (or the sentence's end) that closes an appositive.</summary>
    private static bool ClosesAppositive(SentenceContext s, int at)
    {
        if (at >= s.To) return true;
        var t = s.Tokens[at];
        return t.Kind == TokenKind.Punct && t.Text[0] is ',' or '.' or ';' or ')' or ':' or '\u2014' or '\u2013' or '!' or '?' or '\u201D' or '"';
    }

    /// <summary>The comma-delimited stretch holding the token starts with "According to", "For", "Asked about"….</summary>
    private static bool InIntroductoryPhrase(SentenceContext s, int token)
    {
        var start = token;
        while (start > s.From && !s.Tokens[start - 1].IsPunct(',') && !s.Tokens[start - 1].IsPunct(';')) start--;
        if (start == token) return false;
        var first = s.Tokens[start];
        return first.IsWord && IntroductoryWords.Contains(first.Text);
    }

    /// <summary>"the late Hassan Rouhani", "late Ayatollah Ali Akbar Hashemi Rafsanjani".</summary>
    private OfficeClaim? LateBefore(SentenceContext s, int nameStart, int nameEnd, string person)
    {
        var k = SkipHonorificsBack(s, nameStart - 1);
        if (k < s.From || !s.Tokens[k].IsIgnoreCase("late")) return null;
        var start = k - 1 >= s.From && s.Tokens[k - 1].IsIgnoreCase("the") ? k - 1 : k;
        return Build(s, person, null, start, k, k, nameStart, nameEnd, "late", null, "qualifier", endOffset: s.Tokens[nameEnd - 1].TextEndIn(s.Document.Prose));
    }

    /// <summary>The claim for a person with a title (or, with no form, with just "the late"), or null when unverifiable.</summary>
    private OfficeClaim? Build(SentenceContext s, string person, TitleForm? form, int spanStart, int titleStart, int titleEnd,
        int nameStart, int nameEnd, string qualifier, string? country, string shape, int endOffset)
    {
        var claimTime = s.TimeFor(qualifier, spanStart);
        // "President Barack Obama's secretary of state, John Kerry": a title naming whose aide or era someone
        // was speaks of that person's time in office, whenever the sentence is set.
        if (qualifier is "none" && shape == "title" && s.Tokens[nameEnd - 1].Possessive && nameEnd < s.To && s.Tokens[nameEnd].IsWord
            && char.IsLower(s.Tokens[nameEnd].Text[0]) && (_lexicon.IsTitleWord(s.Tokens[nameEnd].Text) || EraNouns.Contains(s.Tokens[nameEnd].Text)))
            claimTime = claimTime with { HasTime = false, Reason = "the title names whose aide or era is meant" };
        if (qualifier == "current") qualifier = "none"; // judged at the draft's date, like any plain title
        var (office, resolveConfidence) = form is null ? (null, 1) : ResolveOffice(form, person, country, claimTime.Range);
        // A title no reference office fits ("Vice President Mohammad Javad Zarif": Iran's vice presidency is not in the set)
        // is still a claim, one no office rule can judge: its verdict is "unverifiable". With "late" it is still a claim
        // that the person has died, as sure as "the late X": the title's doubt must not make it a finding of confidence 0.
        if (office is null) resolveConfidence = 1;
        var tokens = s.Tokens;
        var lowerCaseTitle = form is not null && !tokens[titleStart].IsCapitalized;
        var confidence = (shape == "appositive" ? 0.85 : 0.95) * resolveConfidence * claimTime.ConfidenceFactor
            * (s.InQuote(nameStart) ? 0.85 : 1) * (lowerCaseTitle && shape == "title" ? 0.95 : 1);
        return new OfficeClaim
        {
            Person = person,
            Office = office,
            Qualifier = qualifier,
            TitleText = titleEnd > titleStart ? s.Text(titleStart, titleEnd) : "",
            NameText = s.Text(nameStart, nameEnd),
            Form = shape,
            TitleStart = tokens[titleStart].Start,
            Span = Span(s, spanStart, endOffset),
            Text = s.Document.Text[tokens[spanStart].Start..endOffset],
            Confidence = Round(confidence),
            Context = s.Context(claimTime, nameStart),
        };
    }

    private static Text.TextSpan Span(SentenceContext s, int startToken, int endOffset) =>
        Text.TextSpan.FromBounds(s.Tokens[startToken].Start, endOffset);

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Which office a title means for this person. A country named in the text narrows it; so does the
    /// person's own country (a generic "Vice President" next to an Iranian is not the U.S. office).
    /// Null when no reference office fits: the claim is unverifiable.
    /// </summary>
    private (string? Office, double Confidence) ResolveOffice(TitleForm form, string person, string? country, DateRange time)
    {
        // One pass, no lists: this runs for every title next to a name (the hottest path of the extractor).
        var personCountries = country is null && !form.NamesCountry ? _reference.CountriesOf(person) : null;
        string? first = null, firstHeld = null, current = null;
        var candidates = 0;
        foreach (var o in form.Offices)
        {
            var officeCountry = _reference.GetOffice(o).Country;
            if (country is not null ? officeCountry != country
                : personCountries is { Count: > 0 } && officeCountry is { } c && !personCountries.Contains(c)) continue;
            candidates++;
            first ??= o;
            if (candidates > 1 && current is not null) continue;
            var terms = _reference.TermsOf(person);
            var held = false;
            foreach (var t in terms)
            {
                if (t.Office != o) continue;
                held = true;
                if (current is null && t.Overlaps(time.Start, time.End)) { current = o; break; }
            }
            if (held) firstHeld ??= o;
        }
        if (candidates == 0) return (null, 0);
        if (candidates == 1) return (first, 1);
        if (firstHeld is null) return (first, 0.9);
        return (current ?? firstHeld, 0.95);
    }

    // ---- token helpers -----------------------------------------------------------------------

    private static bool IsQualifier(Token t) => QualifierOf(t) is not null;

    private static string? QualifierOf(Token t)
    {
        if (!t.IsWord) return null;
        if (t.IsIgnoreCase("former") || t.IsIgnoreCase("ex-")) return "former";
        if (t.IsIgnoreCase("late")) return "late";
        if (t.IsIgnoreCase("then-")) return "then";
        // "incoming Secretary of State", "future President": the office is ahead.
        if (t.IsIgnoreCase("incoming") || t.IsIgnoreCase("future") || t.IsIgnoreCase("would-be") || t.IsIgnoreCase("designated")) return "future";
        // "Kerry, the current secretary of state", "Araghchi, now foreign minister": held on the draft's date. (Checker's
        // CurrentQualifier finds the same words to put "former" in their place.)
        if (t.IsIgnoreCase("current") || t.IsIgnoreCase("now") || t.IsIgnoreCase("sitting") || t.IsIgnoreCase("currently")) return "current";
        return null;
    }

    /// <summary>Steps back over honorifics and ranks ("Ayatollah", "Maj. Gen.") that stand between a title and a name.</summary>
    private int SkipHonorificsBack(SentenceContext s, int k)
    {
        while (k >= s.From)
        {
            var t = s.Tokens[k];
            // "Gen." is the word and its dot.
            if (t.IsPunct('.') && k - 1 >= s.From && s.Tokens[k - 1].End == t.Start && Lexicon.Honorifics.Contains(s.Tokens[k - 1].Text))
            {
                k--;
                continue;
            }
            // A title may end in a word that is also a rank: "Director General Rafael Grossi".
            if (!t.IsWord || t.Possessive || !Lexicon.Honorifics.Contains(t.Text) || MatchTitleBack(s, k) is not null) break;
            k--;
        }
        return k;
    }

    /// <summary>Qualifiers and a country modifier before a title, in either order; returns where the claim starts.</summary>
    private (string Qualifier, string? Country, int Start) ModifiersBack(SentenceContext s, int k)
    {
        var qualifier = "none";
        string? country = null;
        var start = k + 1;
        for (var guard = 0; guard < 3 && k >= s.From; guard++)
        {
            var t = s.Tokens[k];
            // A bare "then" is a qualifier only after "the": "the then president" (not "…, then President X met him").
            var q = QualifierOf(t) ?? (t.IsIgnoreCase("then") && k - 1 >= s.From && s.Tokens[k - 1].IsIgnoreCase("the") ? "then" : null);
            if (qualifier == "none" && q is not null && !t.Possessive)
            {
                qualifier = q;
                start = k;
                k--;
                continue;
            }
            if (country is null && MatchCountryBack(s, k) is { } c)
            {
                country = c.Country;
                start = c.Start;
                k = c.Start - 1;
                continue;
            }
            // "Biden's Secretary of State Antony Blinken": the office as it was under that person, not now.
            if (qualifier == "none" && t.Possessive && t.IsCapitalized && _lexicon.NamesStartingWith(t.Text) is { } names
                && names.Any(n => n.Tokens.Length == 1))
            {
                qualifier = "then";
                break;
            }
            break;
        }
        // Take in a leading "the" for "the late …" so a suggestion can drop it.
        if (qualifier == "late" && start - 1 >= s.From && s.Tokens[start - 1].IsIgnoreCase("the")) start--;
        return (qualifier, country, start);
    }

    private (TitleForm Form, int Start, int End)? MatchTitleBack(SentenceContext s, int k)
    {
        if (k < s.From || !s.Tokens[k].IsWord || s.Tokens[k].Possessive) return null;
        var forms = _lexicon.TitlesEndingWith(s.Tokens[k].Text);
        if (forms is null) return null;
        foreach (var form in forms)
        {
            var start = k - form.Tokens.Length + 1;
            if (start < s.From) continue;
            var ok = true;
            for (var j = 0; j < form.Tokens.Length && ok; j++)
            {
                var t = s.Tokens[start + j];
                ok = t.IsWord && (j == form.Tokens.Length - 1 || !t.Possessive) && t.IsIgnoreCase(form.Tokens[j]);
            }
            if (ok) return (form, start, k + 1);
        }
        return null;
    }

    private (TitleForm Form, int Start, int End)? MatchTitleForward(SentenceContext s, int p)
    {
        if (p >= s.To || !s.Tokens[p].IsWord || !_lexicon.StartsTitle(s.Tokens[p].Text)) return null;
        (TitleForm Form, int Start, int End)? best = null;
        for (var e = p; e < s.To && e < p + 8; e++)
        {
            if (!s.Tokens[e].IsWord) break;
            if (MatchTitleBack(s, e) is { } m && m.Start == p) best = m;
            if (s.Tokens[e].Possessive) break;
        }
        return best;
    }

    private (string Country, int Start)? MatchCountryBack(SentenceContext s, int k) => _lexicon.CountryEndingAt(s.Tokens, s.From, k);

    private (string Country, int End)? MatchCountryForward(SentenceContext s, int p)
    {
        for (var e = Math.Min(s.To - 1, p + 3); e >= p; e--)
        {
            if (MatchCountryBack(s, e) is { } m && m.Start == p) return (m.Country, e + 1);
        }
        return null;
    }

    /// <summary>"of [the] Iran" ending at token k.</summary>
    private (string Country, int Start)? MatchOfCountryBack(SentenceContext s, int k)
    {
        if (MatchCountryBack(s, k) is not { } c) return null;
        var j = c.Start - 1;
        if (j >= s.From && s.Tokens[j].Is("the")) j--;
        return j >= s.From && s.Tokens[j].Is("of") ? (c.Country, j) : null;
    }

    private (string Country, int End)? MatchOfCountryForward(SentenceContext s, int p)
    {
        if (p >= s.To || !s.Tokens[p].Is("of")) return null;
        var q = p + 1;
        if (q < s.To && s.Tokens[q].Is("the")) q++;
        return MatchCountryForward(s, q);
    }

    // ---- sentence context --------------------------------------------------------------------
}
