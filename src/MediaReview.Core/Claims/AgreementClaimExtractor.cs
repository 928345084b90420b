using System.Collections.Frozen;
using MediaReview.Documents;
using MediaReview.Reference;

namespace MediaReview.Claims;

/// <summary>
/// Finds agreements named with the year or date the text attaches ("the 2015 nuclear deal", "the Algiers
/// Agreement of 1981", "the JCPOA, signed in Vienna in 2014") and the exits it reports ("the United States
/// withdrew from the JCPOA in 2017", "Iraq's abrogation of the Algiers Agreement"). Names are matched
/// without their year ("Algiers Accord" for "Algiers Accords", "1975 Algiers Agreement" and "Algiers Accord
/// of 1975"), so that a name several agreements share is resolved by the year the text gives.
/// </summary>
public sealed class AgreementClaimExtractor : IClaimExtractor
{
    private sealed record Form(string[] Words, Agreement[] Agreements, bool Generic);

    private readonly ReferenceSet _reference;
    private readonly WordMap<List<Form>> _formsByFirst;
    private readonly Lexicon _lexicon;
    private readonly HashSet<string> _places = new(StringComparer.Ordinal);

    /// <summary>Between "the" and a generic name: "the landmark 2015 nuclear deal".</summary>
    private static readonly WordSet Adjectives = new(StringComparer.OrdinalIgnoreCase,
        "landmark", "historic", "original", "multilateral", "international", "defunct", "now-defunct", "so-called", "Obama-era", "troubled", "tattered");

    /// <summary>"the 2018 JCPOA withdrawal": a year in front belongs to the noun after the name, not to the agreement.</summary>
    private static readonly WordSet CompoundHeads = new(StringComparer.OrdinalIgnoreCase,
        "withdrawal", "exit", "pullout", "talks", "negotiations", "negotiators", "negotiator", "anniversary", "collapse", "framework",
        "sanctions", "dispute", "commission", "crisis", "deadline", "review", "text", "terms", "era", "signatories", "parties",
        "architect", "architects", "supporters", "critics", "opponents", "restrictions", "snapback", "mechanism", "revival",
        "violations", "breach", "compliance", "limits", "debate", "conference", "summit", "signing", "ceremony", "abrogation");

    private static readonly WordSet SigningVerbs = new(StringComparer.OrdinalIgnoreCase,
        "signed", "reached", "concluded", "struck", "sealed", "inked", "clinched", "agreed", "adopted", "finalized", "finalised", "brokered", "forged");

    /// <summary>Past forms that report an exit; "pulled", "tore" and "walked" need their particle.</summary>
    private static readonly FrozenDictionary<string, string?> ExitVerbs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["withdrew"] = null, ["withdrawn"] = null, ["quit"] = null, ["exited"] = null, ["abandoned"] = null, ["abrogated"] = null,
        ["renounced"] = null, ["terminated"] = null, ["scrapped"] = null, ["left"] = null, ["ditched"] = null, ["reneged"] = null,
        ["pulled"] = "out", ["tore"] = "up", ["torn"] = "up", ["walked"] = "away",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ExitNouns = new(StringComparer.OrdinalIgnoreCase,
        "withdrawal", "exit", "pullout", "abrogation", "termination", "departure");

    /// <summary>Words before a verb that make it something other than a report of what happened.</summary>
    private static readonly WordSet NotHappened = new(StringComparer.OrdinalIgnoreCase,
        "to", "not", "never", "would", "will", "could", "might", "may", "can", "should", "must", "didn't", "hasn't", "haven't",
        "won't", "wouldn't", "if", "whether", "threatened", "threatens", "cannot");

    /// <summary>Words that open a subordinate clause: an opening time does not reach past them.</summary>
    private static readonly WordSet Subordinators = new(StringComparer.OrdinalIgnoreCase,
        "after", "before", "since", "when", "as", "until", "once", "while", "because", "following", "which", "that", "who");

    public AgreementClaimExtractor(ReferenceSet reference)
    {
        _reference = reference;
        _lexicon = Lexicon.For(reference);
        var forms = new Dictionary<string, (string[] Words, List<Agreement> Agreements, bool Generic)>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in reference.Agreements)
        {
            if (a.Place is { } place) _places.Add(place);
            foreach (var name in a.Aliases.Prepend(a.Name))
            {
                var words = Lexicon.Words(name).ToList();
                if (words.Count > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
                if (words.Count > 1 && IsYear(words[0])) words.RemoveAt(0);
                if (words.Count > 2 && IsYear(words[^1]) && words[^2] == "of") words.RemoveRange(words.Count - 2, 2);
                if (words.Count == 0) continue;
                words[^1] = Singular(words[^1]);
                var generic = words.All(w => char.IsLower(w[0]) || reference.Countries.Any(c => c.Name == w || c.Aliases.Contains(w)));
                var key = string.Join(' ', words);
                if (!forms.TryGetValue(key, out var entry)) forms[key] = entry = (words.ToArray(), [], generic);
                if (!entry.Agreements.Contains(a)) entry.Agreements.Add(a);
            }
        }
        var formsByFirst = new Dictionary<string, List<Form>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, (words, agreements, generic)) in forms)
        {
            if (!formsByFirst.TryGetValue(words[0], out var list)) formsByFirst[words[0]] = list = [];
            list.Add(new Form(words, agreements.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray(), generic));
        }
        foreach (var list in formsByFirst.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        // Probed for every word of every draft: frozen, behind a quick test of first and last letters with the length.
        _formsByFirst = new(formsByFirst, StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<Claim> Extract(Document document)
    {
        var claims = new List<Claim>();
        if (_formsByFirst.Count == 0) return claims;
        var writtenOn = DateRange.Day(document.Date);
        foreach (var block in ProseBlocks.Of(document))
        {
            var (tokens, quotes, sentences) = block;
            foreach (var (from, to) in sentences)
            {
                List<TimeMention>? times = null;
                for (var i = from; i < to; i++)
                {
                    if (Match(tokens, from, to, i) is not { } m) continue;
                    times ??= TimeExpressions.Find(tokens, block.Classes, from, to, document.Date);
                    var ctx = new Ctx(document, tokens, from, to, times, quotes, writtenOn);
                    Signing(ctx, m, claims);
                    Exit(ctx, m, claims);
                    i = m.End - 1;
                }
            }
        }
        return claims;
    }

    private sealed record Ctx(Document Document, List<Token> Tokens, int From, int To, List<TimeMention> Times, bool[] Quotes, DateRange WrittenOn);

    /// <summary>An agreement name at tokens [Start, End); Year is a year written in front of it ("the 2015 nuclear deal"), at YearToken.</summary>
    private sealed record Mention(int Start, int End, Form Form, int Year, int YearToken);

    private Mention? Match(List<Token> tokens, int from, int to, int i)
    {
        var t = tokens[i];
        if (!t.IsWord || !_formsByFirst.TryGetValue(t.Text, out var forms)) return null;
        foreach (var form in forms)
        {
            if (MatchWords(tokens, i, to, form) is not { } end) continue;
            // "a new nuclear deal", "another JCPOA": some other agreement.
            var k = i - 1;
            while (k >= from && tokens[k].IsWord && Adjectives.Contains(tokens[k].Text)) k--;
            var year = 0;
            var yearToken = -1;
            if (k >= from && tokens[k].Kind == TokenKind.Number && IsYear(tokens[k].Text))
            {
                year = int.Parse(tokens[k].Text, System.Globalization.CultureInfo.InvariantCulture);
                yearToken = k;
                k--;
                while (k >= from && tokens[k].IsWord && Adjectives.Contains(tokens[k].Text)) k--;
            }
            // (A sentence may start with the name: there is no word before it then.)
            Token? before = k >= from ? tokens[k] : null;
            // A year counts as the agreement's only after "the", a possessive or a determiner: "| 2018 | Treaty of Amity …"
            // in a table row is a label, not "the 2018 Treaty of Amity".
            if (year > 0 && !(before is { IsWord: true } det && (det.Possessive || det.Lower is "the" or "a" or "its" or "their" or "this" or "that")))
            {
                year = 0;
                yearToken = -1;
            }
            if (before is { IsWord: true } b && b.Lower is "a" or "an" or "new" or "another" or "future" or "second" or "any" or "possible" or "interim" or "fresh") return null;
            if (form.Generic)
            {
                // "the nuclear deal", "Iran's 2015 nuclear deal": definite, and in a paragraph about the agreement's parties.
                var definite = before is { IsWord: true } d && (d.IsIgnoreCase("the") || d.Possessive && d.Text is "Iran" or "Tehran" or "Obama");
                if (!definite) return null;
                var agreement = form.Agreements[0];
                // The block's words are looked through only here, for the rare generic name, not gathered for every block.
                if (agreement.Keywords.Count > 0 && !tokens.Any(t => t.IsWord && agreement.Keywords.Contains(t.Text))) return null;
            }
            // "the 2018 JCPOA withdrawal": the year is the withdrawal's.
            if (year > 0 && end < to && tokens[end].IsWord && CompoundHeads.Contains(tokens[end].Text)) { year = 0; yearToken = -1; }
            return new Mention(yearToken >= 0 ? yearToken : i, end, form, year, yearToken);
        }
        return null;
    }

    /// <summary>The year or date the text attaches to the agreement itself: in front, "of 1981", "(2015)", ", signed in Vienna in 2014".</summary>
    private void Signing(Ctx c, Mention m, List<Claim> claims)
    {
        var tokens = c.Tokens;
        var nameStart = m.YearToken >= 0 ? m.YearToken + 1 : m.Start;
        if (m.Year > 0)
        {
            Add(c, m, "signed", DateRange.Year(m.Year), m.YearToken, m.YearToken + 1, "", claims);
        }
        var p = m.End;
        // "(2015)"
        if (p + 2 < c.To && tokens[p].IsPunct('(') && tokens[p + 1].Kind == TokenKind.Number && IsYear(tokens[p + 1].Text) && tokens[p + 2].IsPunct(')'))
        {
            Add(c, m with { End = p + 3 }, "signed", DateRange.Year(int.Parse(tokens[p + 1].Text, System.Globalization.CultureInfo.InvariantCulture)), p + 1, p + 2, "", claims);
            return;
        }
        // "of 1981", "of July 2015"
        if (p < c.To && tokens[p].IsIgnoreCase("of") && TimeAt(c, p) is { } of)
        {
            // The date's text leaves out "of" when the time took it in ("of 1981"); a time after "of" ("of July 2015")
            // is cited from the token after its first, the year a correction replaces, but never past its end: a
            // one-token time after "of" ("of mid-2019") made an empty span and stopped the check.
            Add(c, m, "signed", of.Range, Math.Min(of.StartToken + 1, of.EndToken - 1), of.EndToken, "", claims, of.YearInferred);
            return;
        }
        // ", signed in Vienna in 2014", "which was reached on July 14, 2015", "was signed in 2016"
        if (p < c.To && tokens[p].IsPunct(',')) p++;
        if (p < c.To && tokens[p].IsWord && tokens[p].Text is "which" or "that") p++;
        if (p < c.To && tokens[p].IsWord && tokens[p].Text is "was" or "were" or "had" or "been") p++;
        if (p < c.To && tokens[p].IsWord && tokens[p].Text is "been") p++;
        var verbBefore = false;
        if (!(p < c.To && tokens[p].IsWord && SigningVerbs.Contains(tokens[p].Text)))
        {
            // "Iran and six powers signed the JCPOA in 2015": the verb before, the time right after the name.
            var v = nameStart - 1;
            if (v >= c.From && tokens[v].IsIgnoreCase("the")) v--;
            if (!(v >= c.From && tokens[v].IsWord && SigningVerbs.Contains(tokens[v].Text)) || v > c.From && NotHappened.Contains(tokens[v - 1].Text)) return;
            verbBefore = true;
            p = m.End;
        }
        else
        {
            p++;
        }
        if (p + 1 < c.To && tokens[p].IsIgnoreCase("in") && tokens[p + 1].IsCapitalized && _places.Contains(tokens[p + 1].Text) && TimeAt(c, p + 2) is not null) p += 2;
        if (TimeAt(c, p) is not { } when || when.YearInferred) return;
        if (verbBefore && m.Year > 0) return;
        Add(c, m, "signed", when.Range, when.StartToken + (IsPreposition(tokens[when.StartToken]) ? 1 : 0), when.EndToken, "", claims);
    }

    /// <summary>"the United States withdrew from the JCPOA in 2017", "Iraq's abrogation of the Algiers Agreement in 1980".</summary>
    private void Exit(Ctx c, Mention m, List<Claim> claims)
    {
        var tokens = c.Tokens;
        // Only a name some agreement with an exit belongs to: nothing else can be checked.
        if (!m.Form.Agreements.Any(a => a.Events.Any(e => e.Kind == "exit"))) return;
        int verb = -1, subjectEnd = -1;
        var noun = false;
        for (var k = m.Start - 1; k >= Math.Max(c.From, m.Start - 7); k--)
        {
            var t = tokens[k];
            if (t.IsPunct(',') || t.IsPunct(';') || t.IsPunct('(')) break;
            if (!t.IsWord) continue;
            // "pulled out of the JCPOA", and "pulled the United States out of the JCPOA": the particle may follow the object.
            if (ExitVerbs.TryGetValue(t.Text, out var particle) && (particle is null || HasParticle(tokens, k + 1, m.Start, particle)))
            {
                if (k > c.From && NotHappened.Contains(tokens[k - 1].Text)) return;
                // "left" is too common a word to take from afar: "left the JCPOA" only.
                if (t.IsIgnoreCase("left") && k < m.Start - 2) return;
                verb = k;
                subjectEnd = k;
                // "has withdrawn", "had pulled out": the subject is before the auxiliary.
                while (subjectEnd > c.From && tokens[subjectEnd - 1].IsWord && tokens[subjectEnd - 1].Text is "has" or "had" or "have" or "formally" or "unilaterally" or "effectively")
                    subjectEnd--;
                break;
            }
            if (ExitNouns.Contains(t.Text) && k + 1 < m.Start && tokens[k + 1].Text is "from" or "of")
            {
                verb = k;
                subjectEnd = k;
                noun = true;
                break;
            }
        }
        if (verb < 0) return;

        // The time: right after the name ("… the JCPOA in 2017"), or an opening time that governs the main clause ("In 2017, …").
        TimeMention? when = TimeAt(c, m.End);
        if (when is null && !noun && c.Times.FirstOrDefault(t => t.StartToken == c.From) is { EndToken: var openEnd } opening
            && openEnd < c.To && tokens[openEnd].IsPunct(','))
        {
            var governs = true;
            for (var k = openEnd + 1; k < verb && governs; k++) governs = !tokens[k].IsPunct(',') && !(tokens[k].IsWord && Subordinators.Contains(tokens[k].Text));
            if (governs) when = opening;
        }
        if (when is { YearInferred: true }) when = null;

        // The party: the nearest country or person before the verb or noun ("the U.S. withdrawal", "Trump withdrew").
        var party = "";
        var parties = new HashSet<string>(StringComparer.Ordinal);
        for (var k = subjectEnd - 1; k >= Math.Max(c.From, subjectEnd - 5); k--)
        {
            var t = tokens[k];
            if (t.IsPunct(',') || t.IsPunct(';') || t.IsWord && (Subordinators.Contains(t.Text) || t.Text is "said" or "says" or "and" or "or")) break;
            if (_lexicon.CountryEndingAt(tokens, c.From, k) is { Country: var country }) parties.Add(_reference.FindCountry(country)!.Name);
            else if (PersonCountryEndingAt(tokens, c.From, k, when?.Range ?? c.WrittenOn) is { } personCountry) parties.Add(personCountry);
        }
        if (parties.Count == 1) party = parties.First();
        if (when is null && party == "") return;
        // The span: the verb or noun to the name, and the time when it follows ("withdrew from the JCPOA in 2017").
        var start = Math.Min(verb, m.Start);
        var end = when is { } w2 && w2.StartToken >= m.End ? w2.EndToken : m.End;
        Add(c, m with { Start = start, End = end }, "exit", when?.Range ?? default, when?.StartToken ?? -1, when?.EndToken ?? -1, party, claims,
            hasDate: when is not null);
    }

    private void Add(Ctx c, Mention m, string what, DateRange stated, int dateFrom, int dateTo, string party, List<Claim> claims,
        bool yearInferred = false, bool hasDate = true)
    {
        var tokens = c.Tokens;
        // A name several agreements share goes to the one the stated time fits, else the first.
        var candidates = m.Form.Agreements;
        var agreement = what == "signed" && hasDate
            ? candidates.FirstOrDefault(a => SignedIn(a, stated)) ?? candidates.MinBy(a => Math.Abs(a.Signed.Year - stated.Start.Year))!
            : candidates.FirstOrDefault(a => a.Events.Any(e => e.Kind == "exit")) ?? candidates[0];
        var spanStart = tokens[what == "exit" ? m.Start : Math.Min(m.Start, dateFrom >= 0 ? dateFrom : int.MaxValue)].Start;
        var spanEnd = tokens[what == "exit" ? m.End - 1 : Math.Max(m.End, dateTo) - 1].End;
        var dateText = dateFrom >= 0 ? c.Document.ReadableText(Tokenizer.SpanOf(tokens, dateFrom, dateTo, c.Document.Prose)) : "";
        string? correction = null;
        var right = what == "signed" ? agreement.Signed.Year : agreement.Events.FirstOrDefault(e => e.Kind == "exit")?.Date.Year ?? 0;
        if (hasDate && dateFrom >= 0 && dateTo == dateFrom + 1 && IsYear(tokens[dateFrom].Text) && right > 0)
        {
            var text = c.Document.Text[spanStart..spanEnd];
            var at = tokens[dateFrom].Start - spanStart;
            correction = text[..at] + right.ToString(System.Globalization.CultureInfo.InvariantCulture) + text[(at + 4)..];
        }
        var inQuote = c.Quotes[m.Start];
        claims.Add(new AgreementClaim
        {
            Agreement = agreement.Id,
            NameText = c.Document.ReadableText(Tokenizer.SpanOf(tokens, m.YearToken >= 0 && m.YearToken == m.Start ? m.Start + 1 : m.Start, m.End, c.Document.Prose)),
            What = what,
            Stated = stated,
            HasDate = hasDate,
            DateText = dateText,
            Party = party,
            Generic = m.Form.Generic,
            CorrectionText = correction,
            Span = Text.TextSpan.FromBounds(spanStart, spanEnd),
            Text = c.Document.Text[spanStart..spanEnd],
            Confidence = (m.Form.Generic ? 0.75 : 0.9) * (yearInferred ? 0.8 : 1) * (inQuote ? 0.85 : 1),
            Context = new ClaimContext(c.WrittenOn, hasDate ? stated : c.WrittenOn, hasDate, "", inQuote),
        });
    }

    internal static bool SignedIn(Agreement a, DateRange range) =>
        a.Signed >= range.Start && a.Signed <= range.End || a.InForce is { } f && f >= range.Start && f <= range.End;

    /// <summary>A time that starts at token p, or at p + 1 after "in", "on", "of" or "during".</summary>
    private static bool HasParticle(List<Token> tokens, int from, int to, string particle)
    {
        for (var i = from; i < to; i++) if (tokens[i].IsIgnoreCase(particle)) return true;
        return false;
    }

    /// <summary>The time at token p, or one word on ("in 2017", "on May 8, 2017"); "with Iran" between the name and the time is skipped.</summary>
    private static TimeMention? TimeAt(Ctx c, int p)
    {
        if (p + 1 < c.To && c.Tokens[p].IsIgnoreCase("with") && c.Tokens[p + 1].IsCapitalized)
        {
            p++;
            while (p < c.To && c.Tokens[p].IsCapitalized && !c.Tokens[p].Possessive) p++;
        }
        foreach (var t in c.Times)
        {
            if (t.Era) continue;
            if (t.StartToken == p || t.StartToken == p + 1 && p < c.To && IsPreposition(c.Tokens[p])) return t;
        }
        return null;
    }

    private static bool IsPreposition(Token t) => t.IsWord && t.Lower is "in" or "on" or "of" or "during";

    /// <summary>A reference person whose name ends at token k, as the country whose office they held at the time.</summary>
    private string? PersonCountryEndingAt(List<Token> tokens, int from, int k, DateRange time)
    {
        for (var s = Math.Max(from, k - 3); s <= k; s++)
        {
            if (!tokens[s].IsWord || _lexicon.NamesStartingWith(tokens[s].Text) is not { } forms) continue;
            foreach (var form in forms)
            {
                // Only a name that is one person's on its own: not a surname waiting for its full name.
                if (form.RequiresPrior || form.People.Length != 1 || s + form.Tokens.Length - 1 != k) continue;
                var ok = true;
                for (var j = 0; j < form.Tokens.Length && ok; j++) ok = tokens[s + j].Text == form.Tokens[j];
                if (!ok) continue;
                var countries = _reference.TermsOf(form.People[0]).Where(t => t.Overlaps(time.Start, time.End))
                    .Select(t => _reference.GetOffice(t.Office).Country).OfType<string>().Distinct().ToList();
                return countries.Count == 1 ? _reference.FindCountry(countries[0])?.Name : null;
            }
        }
        return null;
    }

    private static int? MatchWords(List<Token> tokens, int i, int to, Form form)
    {
        var p = i;
        for (var k = 0; k < form.Words.Length; k++)
        {
            // "Resolution 2231": a number is a word of the name.
            if (p >= to || !(tokens[p].IsWord || tokens[p].Kind == TokenKind.Number)) return null;
            var text = tokens[p].Text;
            var want = form.Words[k];
            var same = form.Words.Length == 1 ? text == want : string.Equals(text, want, StringComparison.OrdinalIgnoreCase);
            if (!same && !(k == form.Words.Length - 1 && string.Equals(Singular(text), want, StringComparison.OrdinalIgnoreCase))) return null;
            if (k < form.Words.Length - 1 && tokens[p].Possessive) return null;
            p++;
        }
        return p;
    }

    private static bool IsYear(string text) => TimeExpressions.YearValue(text) is not null;

    /// <summary>"Accords" → "Accord", "Declarations" → "Declaration": agreements are named in both numbers.</summary>
    private static string Singular(string word) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && char.IsLetter(word[^2]) && !word.All(char.IsUpper) ? word[..^1] : word;
}
