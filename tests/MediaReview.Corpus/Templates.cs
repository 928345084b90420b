using System.Globalization;

namespace MediaReview.Corpus;

/// <summary>A person named in a sentence, as written (for MR4001: one person spelled two ways in a draft).</summary>
public sealed record Mention(string Person, string Surface, bool Variant);

/// <summary>One generated sentence: a claim (correct, or carrying one planted error) or plain prose.</summary>
public sealed class Sentence
{
    public required string Text { get; init; }
    public required string Kind { get; init; }
    /// <summary>The diagnostic ID MediaReview is expected to report on this sentence, or null if it is correct.</summary>
    public string? Planted { get; init; }
    /// <summary>Ends its paragraph: the sentence opens with a time ("In 2018, …") that would govern the sentences after it.</summary>
    public bool EndsParagraph { get; init; }
    public List<Mention> Mentions { get; init; } = [];
}

/// <summary>
/// Claim sentences filled from the reference set for a draft written on a given date. Each kind can write a
/// correct sentence or one with a planted error of its own kind; a kind returns null when the reference set has
/// nothing that fits the date (the caller then picks another kind).
/// </summary>
public sealed class Templates
{
    public static readonly string[] Kinds = ["current", "former", "past", "late", "weekday", "age", "tenure", "event", "agreement", "exit", "name"];
    public static readonly int[] Weights = [5, 2, 3, 1, 3, 2, 2, 2, 2, 1, 3];

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] LateActions = ["A portrait of the late {0} hung in the hall.", "Supporters of the late {0} gathered outside the mosque.", "Relatives of the late {0} attended the ceremony."];
    private static readonly string[] NameActions = ["A portrait of {0} hung behind the podium.", "The name of {0} came up repeatedly in the debate.", "Posters of {0} lined the road from the airport.", "State media replayed old footage of {0}."];
    private static readonly string[] WeekdayActions = ["The statement was released on {0}.", "The two delegations last met on {0}.", "The ministry published the figures on {0}.", "The embassy reopened on {0}."];
    private static readonly string[] AgreementTails = ["remains a reference point for negotiators", "is still cited by both sides", "came up again in parliament", "was discussed at length by the delegations"];

    private readonly ReferenceData _r;
    private readonly Dictionary<string, List<Term>> _termsByPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _countriesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _titles = new(StringComparer.Ordinal);
    /// <summary>Office → "Iran's foreign minister", for appositives; only offices of a one-word country with a plain title.</summary>
    private readonly Dictionary<string, string> _appositives = new(StringComparer.Ordinal);
    private static readonly HashSet<string> PlainTitleWords = new(StringComparer.OrdinalIgnoreCase)
        { "president", "vice", "foreign", "minister", "prime", "secretary", "of", "state", "sultan", "supreme", "leader", "speaker", "parliament" };
    private readonly int[] _agreementYears;

    public Templates(ReferenceData r)
    {
        _r = r;
        foreach (var p in r.People)
        {
            _termsByPerson[p.Id] = r.Terms.Where(t => t.Person == p.Id).ToList();
            _countriesOf[p.Id] = _termsByPerson[p.Id].Select(t => r.OfficeById[t.Office].Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
        // Titles written before a name: the office's capitalised aliases and its title, up to four words.
        foreach (var o in r.Offices)
        {
            _titles[o.Id] = o.Aliases.Prepend(o.Title)
                .Where(a => char.IsUpper(a[0]) && a.Split(' ').Length <= 4).Distinct(StringComparer.Ordinal).ToArray();
        }
        foreach (var o in r.Offices)
        {
            if (o.Country is null || !r.Countries.TryGetValue(o.Country, out var country) || country.Contains(' ')) continue;
            var plain = o.Aliases.Where(a => a.Split(' ').All(PlainTitleWords.Contains)).OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).FirstOrDefault();
            if (plain is not null) _appositives[o.Id] = $"{country}'s {plain.ToLowerInvariant()}";
        }
        _agreementYears = r.Agreements.SelectMany(a => new[] { a.Signed.Year, a.InForce?.Year ?? a.Signed.Year }).Distinct().ToArray();
    }

    public Sentence? Make(string kind, Rng rng, DateOnly d, bool plant) => kind switch
    {
        "current" => Current(rng, d, plant),
        "former" => Former(rng, d, plant),
        "past" => Past(rng, d, plant),
        "late" => Late(rng, d, plant),
        "weekday" => Weekday(rng, d, plant),
        "age" => Age(rng, d, plant),
        "tenure" => Tenure(rng, d, plant),
        "event" => EventDate(rng, d, plant),
        "agreement" => AgreementYear(rng, d, plant),
        "exit" => AgreementExitYear(rng, d, plant),
        "name" => Name(rng, plant),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // ---- offices ----------------------------------------------------------------------------------------------

    private IEnumerable<Term> TermsOf(string person, string office) => _termsByPerson[person].Where(t => t.Office == office);

    private IEnumerable<(Person P, Office O)> PersonOffices() =>
        _r.People.SelectMany(p => _termsByPerson[p.Id].Select(t => t.Office).Distinct().Select(o => (p, _r.OfficeById[o])));

    /// <summary>Title Name said on Monday that …: correct for a holder on the draft's date; planted MR1002 (held before), MR1003 (held later) or MR1001 (never held).</summary>
    private Sentence? Current(Rng rng, DateOnly d, bool plant)
    {
        if (!plant)
        {
            var holders = _r.Terms.Where(t => t.Covers(d.AddDays(-14), d.AddDays(7)) && _r.PersonById[t.Person].AliveOn(d)).ToList();
            if (holders.Count == 0) return null;
            var t = rng.Pick(holders);
            return rng.Chance(0.3) && _appositives.TryGetValue(t.Office, out var appositive)
                ? SaidAppositive(rng, _r.PersonById[t.Person], appositive, null)
                : Said(rng, _r.PersonById[t.Person], rng.Pick(_titles[t.Office]), null);
        }
        var which = rng.Int(3);
        if (which == 0)
        {
            var outdated = PersonOffices().Where(x => x.P.AliveOn(d) && TermsOf(x.P.Id, x.O.Id).Any(t => t.End <= d.AddDays(-30))
                && !TermsOf(x.P.Id, x.O.Id).Any(t => t.Overlaps(d.AddDays(-30), d))).ToList();
            if (outdated.Count == 0) return null;
            var (p, o) = rng.Pick(outdated);
            return rng.Chance(0.3) && _appositives.TryGetValue(o.Id, out var appositive)
                ? SaidAppositive(rng, p, appositive, "MR1002")
                : Said(rng, p, rng.Pick(_titles[o.Id]), "MR1002");
        }
        if (which == 1)
        {
            var notYet = PersonOffices().Where(x => x.P.AliveOn(d) && (x.P.Born is null || x.P.Born.Value.Year <= d.Year - 25)
                && TermsOf(x.P.Id, x.O.Id).All(t => t.Start >= d.AddDays(30))).ToList();
            if (notYet.Count == 0) return null;
            var (p, o) = rng.Pick(notYet);
            return Said(rng, p, rng.Pick(_titles[o.Id]), "MR1003");
        }
        // Never held: an office of the person's own country, under a title that names no other office of it.
        var never = new List<(Person, string)>();
        foreach (var p in _r.People.Where(p => p.AliveOn(d)))
        {
            foreach (var o in _r.Offices.Where(o => o.Country is not null && _countriesOf[p.Id].Contains(o.Country) && !TermsOf(p.Id, o.Id).Any()))
            {
                foreach (var title in _titles[o.Id])
                {
                    var meant = _r.Offices.Where(x => x.Country is not null && _countriesOf[p.Id].Contains(x.Country) && _titles[x.Id].Contains(title)).ToList();
                    if (meant.Count == 1) never.Add((p, title));
                }
            }
        }
        if (never.Count == 0) return null;
        var (person, t1) = rng.Pick(never);
        return Said(rng, person, t1, "MR1001");
    }

    private static Sentence Said(Rng rng, Person p, string title, string? planted, string prefix = "") => new()
    {
        Text = $"{prefix}{title} {p.Name} {(rng.Chance(0.5) ? "said" : "told reporters")} on {rng.Pick(WeekdayNames)} that {rng.Pick(Prose.Clauses)}.",
        Kind = "office",
        Planted = planted,
        Mentions = [new Mention(p.Id, p.Name, false)],
    };

    /// <summary>Name, Iran's foreign minister, said on Monday that …</summary>
    private static Sentence SaidAppositive(Rng rng, Person p, string appositive, string? planted) => new()
    {
        Text = $"{p.Name}, {appositive}, said on {rng.Pick(WeekdayNames)} that {rng.Pick(Prose.Clauses)}.",
        Kind = "office",
        Planted = planted,
        Mentions = [new Mention(p.Id, p.Name, false)],
    };

    private static readonly string[] WeekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Former Title Name said …: correct for a past holder; planted MR1004 for the holder on the draft's date.</summary>
    private Sentence? Former(Rng rng, DateOnly d, bool plant)
    {
        var pairs = plant
            ? PersonOffices().Where(x => x.P.AliveOn(d) && TermsOf(x.P.Id, x.O.Id).Any(t => t.Covers(d.AddDays(-30), d.AddDays(7)))).ToList()
            : PersonOffices().Where(x => x.P.AliveOn(d) && TermsOf(x.P.Id, x.O.Id).Any(t => t.End <= d.AddDays(-30))
                && !TermsOf(x.P.Id, x.O.Id).Any(t => t.Overlaps(d.AddDays(-30), d))).ToList();
        if (pairs.Count == 0) return null;
        var (p, o) = rng.Pick(pairs);
        return Said(rng, p, rng.Pick(_titles[o.Id]), plant ? "MR1004" : null, "Former ");
    }

    /// <summary>In 2018, Title Name did …: correct for a year the person held the office; planted MR1002 (after) or MR1003 (before).</summary>
    private Sentence? Past(Rng rng, DateOnly d, bool plant)
    {
        var lastYear = d.Year - 1;
        var options = new List<(Person P, Office O, int Year)>();
        var mode = plant ? rng.Int(2) : -1;
        foreach (var (p, o) in PersonOffices())
        {
            var terms = TermsOf(p.Id, o.Id).ToList();
            for (var y = Math.Max(1985, (p.Born?.Year ?? 1940) + 25); y <= lastYear; y++)
            {
                DateOnly from = new(y, 1, 1), to = new(y, 12, 31);
                if (!p.AliveOn(to)) break;
                var held = terms.Any(t => t.Overlaps(from, to));
                var ok = mode switch
                {
                    -1 => held,
                    0 => !held && terms.Any(t => t.End < from),
                    _ => !held && terms.All(t => t.Start > to),
                };
                if (ok) options.Add((p, o, y));
            }
            // A person held in office in a year they died: allowed for the correct case only.
            if (mode == -1 && p.Died is { } died && died.Year <= lastYear && terms.Any(t => t.Overlaps(new DateOnly(died.Year, 1, 1), died)))
                options.Add((p, o, died.Year));
        }
        if (options.Count == 0) return null;
        var (person, office, year) = rng.Pick(options);
        return new Sentence
        {
            Text = $"In {year.ToString(CultureInfo.InvariantCulture)}, {(mode == -1 && rng.Chance(0.3) ? "then-" : "")}{rng.Pick(_titles[office.Id])} {person.Name} {rng.Pick(Prose.PastActions)}.",
            Kind = "office",
            Planted = mode switch { 0 => "MR1002", 1 => "MR1003", _ => null },
            EndsParagraph = true,
            Mentions = [new Mention(person.Id, person.Name, false)],
        };
    }

    /// <summary>the late Name: correct for someone dead on the draft's date; planted MR1005 for someone alive.</summary>
    private Sentence? Late(Rng rng, DateOnly d, bool plant)
    {
        var people = _r.People.Where(p => plant ? p.AliveOn(d) : p.Died <= d.AddDays(-30)).ToList();
        if (people.Count == 0) return null;
        var person = rng.Pick(people);
        return new Sentence
        {
            Text = string.Format(CultureInfo.InvariantCulture, rng.Pick(LateActions), person.Name),
            Kind = "office",
            Planted = plant ? "MR1005" : null,
            Mentions = [new Mention(person.Id, person.Name, false)],
        };
    }

    // ---- dates ------------------------------------------------------------------------------------------------

    public static string LongDate(DateOnly day) => $"{Months[day.Month - 1]} {day.Day.ToString(CultureInfo.InvariantCulture)}, {day.Year.ToString(CultureInfo.InvariantCulture)}";

    private static string WeekdayName(DayOfWeek w) => WeekdayNames[((int)w + 6) % 7];

    /// <summary>Weekday, Month d, yyyy within two months before the draft: planted MR2001 names another weekday.</summary>
    private static Sentence Weekday(Rng rng, DateOnly d, bool plant)
    {
        var day = d.AddDays(-rng.Range(1, 60));
        var weekday = plant ? (DayOfWeek)(((int)day.DayOfWeek + rng.Range(1, 6)) % 7) : day.DayOfWeek;
        var date = rng.Chance(0.7) ? LongDate(day)
            : $"{day.Day.ToString(CultureInfo.InvariantCulture)} {Months[day.Month - 1]} {day.Year.ToString(CultureInfo.InvariantCulture)}";
        return new Sentence
        {
            Text = string.Format(CultureInfo.InvariantCulture, rng.Pick(WeekdayActions), $"{WeekdayName(weekday)}, {date}"),
            Kind = "weekday",
            Planted = plant ? "MR2001" : null,
        };
    }

    private static int AgeOn(DateOnly born, DateOnly day) =>
        day.Year - born.Year - (day.Month < born.Month || day.Month == born.Month && day.Day < born.Day ? 1 : 0);

    /// <summary>Name, 70, said …: the age on the draft's date (no birthday within two weeks of it); planted MR2003 is 2–4 years off.</summary>
    private Sentence? Age(Rng rng, DateOnly d, bool plant)
    {
        var people = _r.People.Where(p => p.Born is { } b && p.AliveOn(d) && AgeOn(b, d.AddDays(-14)) == AgeOn(b, d.AddDays(14)) && AgeOn(b, d) >= 25).ToList();
        if (people.Count == 0) return null;
        var p = rng.Pick(people);
        var age = AgeOn(p.Born!.Value, d) + (plant ? rng.Pick(new[] { -4, -3, -2, 2, 3, 4 }) : 0);
        var surname = p.Aliases.FirstOrDefault(a => !a.Contains(' '));
        // A title the person holds on the draft's date, for "President Hassan Rouhani, 70, said …".
        var office = _termsByPerson[p.Id].FirstOrDefault(t => t.Covers(d.AddDays(-30), d.AddDays(7)))?.Office;
        var title = office is not null && rng.Chance(0.4) ? rng.Pick(_titles[office]) + " " : "";
        var text = surname is not null && rng.Chance(0.4)
            ? $"The {age.ToString(CultureInfo.InvariantCulture)}-year-old {surname} spoke to reporters on {rng.Pick(WeekdayNames)}."
            : $"{title}{p.Name}, {age.ToString(CultureInfo.InvariantCulture)}, said on {rng.Pick(WeekdayNames)} that {rng.Pick(Prose.Clauses)}.";
        var mention = text.StartsWith("The ", StringComparison.Ordinal) ? surname! : p.Name;
        return new Sentence { Text = text, Kind = "age", Planted = plant ? "MR2003" : null, Mentions = [new Mention(p.Id, mention, false)] };
    }

    /// <summary>Title Name, in office since 2013, said …: the start year of the running term; planted MR2004 is 1–4 years off.</summary>
    private Sentence? Tenure(Rng rng, DateOnly d, bool plant)
    {
        var terms = _r.Terms.Where(t => t.Covers(d.AddDays(-30), d.AddDays(7)) && _r.PersonById[t.Person].AliveOn(d)).ToList();
        if (terms.Count == 0) return null;
        var term = rng.Pick(terms);
        var year = term.Start.Year;
        if (plant)
        {
            var wrong = Enumerable.Range(year - 4, 9).Where(y => y != year && y <= d.Year).ToList();
            year = rng.Pick(wrong);
        }
        var p = _r.PersonById[term.Person];
        var y = year.ToString(CultureInfo.InvariantCulture);
        return new Sentence
        {
            Text = rng.Chance(0.3) && _appositives.TryGetValue(term.Office, out var appositive)
                ? $"{p.Name} has served as {appositive[(appositive.IndexOf(' ') + 1)..]} since {y}."
                : $"{rng.Pick(_titles[term.Office])} {p.Name}, in office since {y}, said on {rng.Pick(WeekdayNames)} that {rng.Pick(Prose.Clauses)}.",
            Kind = "tenure",
            Planted = plant ? "MR2004" : null,
            Mentions = [new Mention(p.Id, p.Name, false)],
        };
    }

    /// <summary>
    /// An event of the reference set with its date ("Soleimani was killed in Baghdad on January 3, 2020.", "The
    /// Iran–Iraq War began on September 22, 1980."); planted MR2002 moves the date 2–20 days.
    /// </summary>
    private Sentence? EventDate(Rng rng, DateOnly d, bool plant)
    {
        var events = _r.Events.Where(e => (e.Date ?? e.End ?? e.Start) < d.AddDays(-7)).ToList();
        if (events.Count == 0) return null;
        var e = rng.Pick(events);
        // Not an alias that carries a variant spelling of a name ("killing of Qassem Soleimani"): MR4002 flags it.
        var phrases = e.Aliases.Prepend(e.Name).Where(a => !a.Contains('(') && char.IsLetter(a[0]) && !HasVariantSpelling(a))
            .Distinct(StringComparer.Ordinal).ToList();
        // An alias that names no one needs the event's place in the sentence.
        var phrase = rng.Pick(phrases);
        var clause = phrase.Contains(" was ", StringComparison.Ordinal) || phrase.Contains(" died ", StringComparison.Ordinal);
        if (!clause) phrase = phrase.Contains("'s", StringComparison.Ordinal) ? char.ToUpperInvariant(phrase[0]) + phrase[1..]
            : phrase.StartsWith("The ", StringComparison.Ordinal) ? phrase : "The " + phrase;
        if (e.Place is not null && !phrase.Contains(e.Place, StringComparison.Ordinal)) phrase += " in " + e.Place;
        string verb;
        DateOnly day;
        if (e.Date is { } single)
        {
            verb = clause ? "" : " took place";
            day = rng.Chance(0.8) || e.AlsoDated.Length == 0 ? single : rng.Pick(e.AlsoDated);
        }
        else
        {
            var began = rng.Chance(0.5) || e.End is null;
            verb = clause ? "" : began ? " began" : " ended";
            day = began ? e.Start!.Value : e.End!.Value;
        }
        var right = new HashSet<DateOnly>(e.AlsoDated) { day };
        if (e.Date is { } dd) right.Add(dd);
        if (plant)
        {
            var shifts = Enumerable.Range(2, 19).SelectMany(n => new[] { n, -n }).Select(day.AddDays)
                .Where(x => x < d && !right.Contains(x) && !right.Any(r => Math.Abs(r.DayNumber - x.DayNumber) < 2)).ToList();
            day = rng.Pick(shifts);
        }
        return new Sentence
        {
            Text = $"{phrase}{verb} on {LongDate(day)}.",
            Kind = "event",
            Planted = plant ? "MR2002" : null,
            Mentions = MentionsIn(phrase),
        };
    }

    /// <summary>The people an event phrase names ("Soleimani was killed"), as the checker would read them.</summary>
    private List<Mention> MentionsIn(string text)
    {
        var found = new List<Mention>();
        foreach (var p in _r.People)
        {
            var form = p.Aliases.Prepend(p.Name).OrderByDescending(a => a.Length).FirstOrDefault(a => ContainsWord(text, a));
            if (form is not null) found.Add(new Mention(p.Id, form, false));
        }
        return found;
    }

    private bool HasVariantSpelling(string text) => _r.People.Any(p => p.Spellings.Any(v => ContainsWord(text, v)));

    private static bool ContainsWord(string text, string word)
    {
        var i = text.IndexOf(word, StringComparison.Ordinal);
        return i >= 0 && (i == 0 || !char.IsLetter(text[i - 1])) && (i + word.Length == text.Length || !char.IsLetter(text[i + word.Length]));
    }

    // ---- agreements -------------------------------------------------------------------------------------------

    private static IEnumerable<string> AgreementNames(Agreement a) =>
        a.Aliases.Prepend(a.Name).Where(n => char.IsUpper(n[0]) && !n.Any(char.IsDigit)).Distinct(StringComparer.Ordinal);

    /// <summary>The 2015 JCPOA …, the Algiers Accords of 1981, the JCPOA, signed in Vienna in 2015, …: planted MR3001 gives a year no agreement was signed or entered into force.</summary>
    private Sentence? AgreementYear(Rng rng, DateOnly d, bool plant)
    {
        var agreements = _r.Agreements.Where(a => a.Signed < d && AgreementNames(a).Any()).ToList();
        if (agreements.Count == 0) return null;
        var a = rng.Pick(agreements);
        var name = rng.Pick(AgreementNames(a).ToList());
        var year = a.InForce is { } f && rng.Chance(0.3) ? f.Year : a.Signed.Year;
        if (plant)
        {
            var wrong = Enumerable.Range(a.Signed.Year - 5, 11).Where(y => y <= d.Year && !_agreementYears.Contains(y)).ToList();
            if (wrong.Count == 0) return null;
            year = rng.Pick(wrong);
        }
        var y = year.ToString(CultureInfo.InvariantCulture);
        var tail = rng.Pick(AgreementTails);
        var text = rng.Int(3) switch
        {
            0 => $"The {y} {name} {tail}.",
            1 => $"The {name} of {y} {tail}.",
            _ => $"The {name}, signed{(a.Place is null ? "" : " in " + a.Place)} in {y}, {tail}.",
        };
        return new Sentence { Text = text, Kind = "agreement", Planted = plant ? "MR3001" : null, Mentions = MentionsIn(text) };
    }

    /// <summary>The United States withdrew from the JCPOA in 2018: planted MR3002 gives another year.</summary>
    private Sentence? AgreementExitYear(Rng rng, DateOnly d, bool plant)
    {
        var exits = _r.Agreements.SelectMany(a => a.Exits.Where(x => x.Date < d.AddDays(-30)).Select(x => (a, x))).ToList();
        if (exits.Count == 0) return null;
        var (agreement, exit) = rng.Pick(exits);
        var year = exit.Date.Year;
        if (plant)
        {
            var wrong = Enumerable.Range(year - 4, 9).Where(y => y != exit.Date.Year && y >= agreement.Signed.Year && y <= d.Year).ToList();
            if (wrong.Count == 0) return null;
            year = rng.Pick(wrong);
        }
        var verb = exit.What.Contains("abrogated", StringComparison.OrdinalIgnoreCase) ? "abrogated"
            : exit.What.Contains("terminated", StringComparison.OrdinalIgnoreCase) ? "terminated" : "withdrew from";
        var party = exit.Party.StartsWith("United ", StringComparison.Ordinal) ? "The " + exit.Party : exit.Party;
        var name = rng.Pick(AgreementNames(agreement).ToList());
        return new Sentence
        {
            Text = $"{party} {verb} the {name} in {year.ToString(CultureInfo.InvariantCulture)}{(rng.Chance(0.5) ? ", a decision that still shapes the talks" : "")}.",
            Kind = "exit",
            Planted = plant ? "MR3002" : null,
        };
    }

    // ---- names ------------------------------------------------------------------------------------------------

    /// <summary>A sentence naming a person: the preferred spelling, or (planted MR4002) a variant spelling of two words or more.</summary>
    private Sentence? Name(Rng rng, bool plant)
    {
        var people = plant ? _r.People.Where(p => p.Spellings.Any(s => s.Contains(' '))).ToList() : _r.People;
        if (people.Count == 0) return null;
        var p = rng.Pick(people);
        var written = plant ? rng.Pick(p.Spellings.Where(s => s.Contains(' ')).ToList()) : p.Name;
        return new Sentence
        {
            Text = string.Format(CultureInfo.InvariantCulture, rng.Pick(NameActions), written),
            Kind = "name",
            Planted = plant ? "MR4002" : null,
            Mentions = [new Mention(p.Id, written, plant)],
        };
    }
}
