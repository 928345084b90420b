using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using MediaReview.Claims;
using MediaReview.Reference;

namespace MediaReview.Rules;

/// <summary>What rules may be written for: a claim type, and the placeholders its messages can use.</summary>
public sealed record ClaimKind(string Name, Type ClaimType, IReadOnlyCollection<string> Placeholders,
    Func<Claim, ReferenceSet, IReadOnlyDictionary<string, string>> Arguments);

public static class ClaimKinds
{
    public static readonly ClaimKind Office = new("office", typeof(OfficeClaim), OfficeMessages.Placeholders,
        (claim, reference) => OfficeMessages.Arguments((OfficeClaim)claim, reference));

    public static readonly ClaimKind Weekday = new("weekday", typeof(WeekdayClaim), ["weekday", "actualWeekday", "date", "dateText", "yearNote"],
        (claim, _) =>
        {
            var c = (WeekdayClaim)claim;
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["weekday"] = c.Weekday,
                ["actualWeekday"] = c.ActualWeekday,
                ["date"] = c.Date.ToString("yyyy-MM-dd"),
                ["dateText"] = c.DateText,
                ["yearNote"] = !c.YearInferred ? ""
                    : c.YearFromContext ? $" (the text gives no year; {c.Date.Year} is taken from the heading or label above)"
                    : $" (the text gives no year; {c.Date.Year} is taken from the draft's date)",
            };
        });

    public static readonly ClaimKind Age = new("age", typeof(AgeClaim), ["person", "age", "actualAge", "born", "died", "time", "timeReason"],
        (claim, reference) =>
        {
            var c = (AgeClaim)claim;
            var facts = new Facts(reference);
            var person = reference.GetPerson(c.Person);
            var (low, high) = (facts.AgeOn(c.Person, c.Time.Start), facts.AgeOn(c.Person, c.Time.End));
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["person"] = person.Name,
                ["age"] = c.Age.ToString(CultureInfo.InvariantCulture),
                ["actualAge"] = low == high ? low.ToString(CultureInfo.InvariantCulture) : $"{low} to {high}",
                ["born"] = person.Born?.ToString("yyyy-MM-dd") ?? "",
                ["died"] = person.Died is { } d ? $" and died {d:yyyy-MM-dd}" : "",
                ["time"] = c.Time.Describe(),
                ["timeReason"] = c.TimeReason,
            };
        });

    public static readonly ClaimKind Tenure = new("tenure", typeof(TenureClaim), ["person", "office", "termStart", "stated", "yearsServed", "time", "timeReason"],
        (claim, reference) =>
        {
            var c = (TenureClaim)claim;
            var term = new Facts(reference).TermAt(c.Person, c.Office, c.Time);
            var served = term is null ? 0 : c.Time.End.Year - term.Start.Year - (c.Time.End < term.Start.AddYears(c.Time.End.Year - term.Start.Year) ? 1 : 0);
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["person"] = reference.GetPerson(c.Person).Name,
                ["office"] = term is null ? "" : reference.GetOffice(term.Office).Title,
                ["termStart"] = term?.Start.ToString("yyyy-MM-dd") ?? "",
                ["stated"] = c.SinceYear > 0 ? $"since {c.SinceYear}" : $"for {c.Years} years",
                ["yearsServed"] = served.ToString(CultureInfo.InvariantCulture),
                ["time"] = c.Time.Describe(),
                ["timeReason"] = c.TimeReason,
            };
        });

    public static readonly ClaimKind Event = new("event", typeof(EventClaim), ["event", "eventDate", "place", "stated", "dateText", "yearNote"],
        (claim, reference) =>
        {
            var c = (EventClaim)claim;
            var e = reference.FindEvent(c.Event)!;
            var date = e.Date is { } d ? $"on {d:yyyy-MM-dd}" : $"from {e.Start:yyyy-MM-dd} to {e.End:yyyy-MM-dd}";
            if (e.AlsoDated.Count > 0) date += $" (also dated {string.Join(", ", e.AlsoDated.Select(a => a.ToString("yyyy-MM-dd")))})";
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["event"] = e.Name,
                ["eventDate"] = date,
                ["place"] = e.Place is null ? "" : $" in {e.Place}",
                ["stated"] = c.Stated.Describe(),
                ["dateText"] = c.DateText,
                ["yearNote"] = c.YearInferred ? $" (the text gives no year; {c.Stated.Start.Year} is taken from the draft's date)" : "",
            };
        });

    public static readonly ClaimKind Name = new("name", typeof(NameClaim), ["person", "name", "preferred", "earlier", "earlierLine"],
        (claim, reference) =>
        {
            var c = (NameClaim)claim;
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["person"] = reference.GetPerson(c.Person).Name,
                ["name"] = c.NameText,
                ["preferred"] = c.Preferred,
                ["earlier"] = c.EarlierSpelling,
                ["earlierLine"] = c.EarlierLine.ToString(CultureInfo.InvariantCulture),
            };
        });

    public static readonly ClaimKind Agreement = new("agreement", typeof(AgreementClaim),
        ["agreement", "nameText", "signed", "place", "parties", "stated", "alternative", "event", "eventDate", "eventParty"],
        (claim, reference) =>
        {
            var c = (AgreementClaim)claim;
            var a = reference.FindAgreement(c.Agreement)!;
            static string Between(Agreement x) => x.Parties.Count is > 0 and <= 3 ? $" between {string.Join(" and ", x.Parties.Select(Country))}" : "";
            // "the United States", "the United Kingdom".
            static string Country(string name) => name.StartsWith("United ", StringComparison.Ordinal) ? "the " + name : name;
            var exit = a.Events.FirstOrDefault(e => e.Kind == "exit" && (c.Party.Length == 0 || e.Party is null || e.Party == c.Party))
                ?? a.Events.FirstOrDefault(e => e.Kind == "exit");
            // "the Algiers Agreement of 1981": another agreement of the same place signed in the stated time.
            var other = c.HasDate && c.IsSigning
                ? reference.Agreements.FirstOrDefault(x => x.Id != a.Id && x.Place is not null && x.Place == a.Place && AgreementClaimExtractor.SignedIn(x, c.Stated))
                : null;
            var stated = c.IsExit
                ? string.Join(", ", new[] { c.Party.Length > 0 ? Country(c.Party) : "", c.HasDate ? $"{(c.Stated.IsDay ? "on" : "in")} {c.Stated.Describe()}" : "" }.Where(x => x.Length > 0))
                : c.Stated.Describe();
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["agreement"] = a.Name,
                ["nameText"] = c.NameText,
                ["signed"] = a.Signed.ToString("yyyy-MM-dd") + (a.InForce is { } f ? $" (in force {f:yyyy-MM-dd})" : ""),
                ["place"] = a.Place is null ? "" : $" in {a.Place}",
                ["parties"] = Between(a),
                ["stated"] = stated,
                ["alternative"] = other is null ? "" : $"; the {other.Name}{Between(other)} ({other.Signed:yyyy-MM-dd}) fits that date",
                ["event"] = exit?.What ?? "",
                ["eventDate"] = exit?.Date.ToString("yyyy-MM-dd") ?? "",
                ["eventParty"] = exit?.Party ?? "",
            };
        });

    public static readonly IReadOnlyDictionary<string, ClaimKind> All = new Dictionary<string, ClaimKind>(StringComparer.Ordinal)
    {
        [Office.Name] = Office, [Weekday.Name] = Weekday, [Age.Name] = Age, [Tenure.Name] = Tenure, [Event.Name] = Event,
        [Agreement.Name] = Agreement, [Name.Name] = Name,
    };
}

/// <summary>The values office-rule messages cite: names, offices and the terms that contradict the claim.</summary>
internal static class OfficeMessages
{
    public static readonly string[] Placeholders =
    [
        "person", "name", "title", "office", "terms", "time", "writtenOn", "firstStart", "currentTerm", "heldOffices",
        "born", "died", "deathRecord", "asOf", "timeReason", "qualifier",
    ];

    public static IReadOnlyDictionary<string, string> Arguments(OfficeClaim claim, ReferenceSet reference)
    {
        var texts = Cache.GetValue(reference, r => new Texts(r));
        var person = texts.Of(claim.Person);
        var office = texts.Of(claim.Person, claim.Office);
        string? currentTerm = null;
        for (var i = 0; i < office.Terms.Length; i++)
        {
            if (office.Terms[i].Overlaps(claim.Time.Start, claim.Time.End)) { currentTerm = office.TermDescriptions[i]; break; }
        }
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["person"] = person.Name,
            ["name"] = claim.NameText,
            ["title"] = claim.TitleText,
            ["office"] = office.Title ?? claim.TitleText,
            ["terms"] = office.TermsText,
            ["time"] = claim.Time.Describe(),
            ["writtenOn"] = claim.WrittenOn.Describe(),
            ["firstStart"] = office.FirstStart,
            ["currentTerm"] = currentTerm ?? "",
            ["heldOffices"] = person.HeldOffices,
            ["born"] = person.Born,
            ["died"] = person.Died,
            ["deathRecord"] = person.DeathRecord,
            ["asOf"] = texts.AsOf,
            ["timeReason"] = claim.TimeReason,
            ["qualifier"] = claim.Qualifier,
        };
    }

    /// <summary>
    /// What office messages say of people and their offices, whatever the claim, worked out once per reference set for
    /// the people findings are about: a batch cites the same people over and over, and each message would otherwise
    /// format their terms and dates again. Kept per person, and per person and office for what depends on the office.
    /// </summary>
    private static readonly ConditionalWeakTable<ReferenceSet, Texts> Cache = new();

    private sealed class Texts(ReferenceSet reference)
    {
        private readonly ConcurrentDictionary<string, PersonTexts> _people = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<(string Person, string? Office), OfficeTexts> _offices = new();

        public string AsOf { get; } = reference.AsOf?.ToString("yyyy-MM-dd") ?? "";

        public PersonTexts Of(string personId)
        {
            if (_people.TryGetValue(personId, out var known)) return known;
            var person = reference.GetPerson(personId);
            var held = reference.TermsOf(personId)
                .Select(t => $"{reference.GetOffice(t.Office).Title} {t.Describe()}")
                .ToList();
            return _people.GetOrAdd(personId, new PersonTexts(
                person.Name,
                held.Count == 0 ? "no office in the reference set" : JoinAnd(held),
                person.Born?.ToString("yyyy-MM-dd") ?? "unknown",
                person.Died?.ToString("yyyy-MM-dd") ?? "",
                person.Died is { } died ? $"records the death on {died:yyyy-MM-dd}" : "records no death"));
        }

        public OfficeTexts Of(string personId, string? officeId)
        {
            if (_offices.TryGetValue((personId, officeId), out var known)) return known;
            var office = officeId is null ? null : reference.GetOffice(officeId);
            var terms = office is null ? [] : reference.TermsOf(personId, office.Id).ToArray();
            var descriptions = Array.ConvertAll(terms, t => t.Describe());
            return _offices.GetOrAdd((personId, officeId), new OfficeTexts(
                office?.Title,
                terms,
                descriptions,
                terms.Length == 0 ? "never" : JoinAnd(descriptions),
                terms.Length == 0 ? "" : terms.Min(t => t.Start).ToString("yyyy-MM-dd")));
        }
    }

    private sealed record PersonTexts(string Name, string HeldOffices, string Born, string Died, string DeathRecord);

    private sealed record OfficeTexts(string? Title, Term[] Terms, string[] TermDescriptions, string TermsText, string FirstStart);

    private static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            2 => $"{list[0]} and {list[1]}",
            _ => string.Join(", ", list.Take(list.Count - 1)) + ", and " + list[^1],
        };
    }
}
