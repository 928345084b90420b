namespace MediaReview.Reference;

/// <summary>The facts claims are checked against, with the lookups the rules need.</summary>
public sealed class ReferenceSet
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Country> _countries;
    private readonly Dictionary<string, Agreement> _agreements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term[]> _termsByPerson;
    private readonly Dictionary<string, Term[]> _termsByOffice;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _countriesByPerson = new(StringComparer.Ordinal);

    public ReferenceSet(DateOnly? asOf, IEnumerable<Country> countries, IEnumerable<Person> people, IEnumerable<Office> offices,
        IEnumerable<Term> terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events)
        : this(asOf, countries.ToDictionary(c => c.Id, StringComparer.Ordinal), people.ToDictionary(p => p.Id, StringComparer.Ordinal),
            offices.ToDictionary(o => o.Id, StringComparer.Ordinal), terms.ToArray(), agreements, events)
    {
    }

    /// <summary>Takes the dictionaries (by id, ordinal) as they are, and the terms array to sort in place.</summary>
    internal ReferenceSet(DateOnly? asOf, Dictionary<string, Country> countries, Dictionary<string, Person> people, Dictionary<string, Office> offices,
        Term[] terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events)
    {
        AsOf = asOf;
        _countries = countries;
        _people = people;
        _offices = offices;
        Terms = ByStart(terms);
        Agreements = agreements.ToArray();
        foreach (var a in Agreements) _agreements.TryAdd(a.Id, a);
        Events = events.ToArray();
        foreach (var e in Events) _events.TryAdd(e.Id, e);
        // Each person's terms in start order, without LINQ grouping: a million people have two million terms.
        _termsByPerson = new Dictionary<string, Term[]>(_people.Count, StringComparer.Ordinal);
        foreach (var t in Terms)
        {
            ref var own = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_termsByPerson, t.Person, out _);
            own = own is null ? [t] : [.. own, t];
        }
        // Each office's terms in start order: "the president" is looked up among that office's terms, not all of them.
        var byOffice = new Dictionary<string, List<Term>>(StringComparer.Ordinal);
        foreach (var t in Terms)
        {
            ref var own = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byOffice, t.Office, out _);
            (own ??= []).Add(t);
        }
        _termsByOffice = new Dictionary<string, Term[]>(byOffice.Count, StringComparer.Ordinal);
        foreach (var (office, list) in byOffice) _termsByOffice[office] = [.. list];

    }

    /// <summary>
    /// The terms in start order, and in their given order where they start the same day (as a stable sort leaves
    /// them): sorted in place by a key of start and position, two million in a fraction of OrderBy's time.
    /// </summary>
    private static Term[] ByStart(Term[] terms)
    {
        var keys = new long[terms.Length];
        for (var i = 0; i < terms.Length; i++) keys[i] = ((long)terms[i].Start.DayNumber << 32) | (uint)i;
        Array.Sort(keys, terms);
        return terms;
    }

    /// <summary>The last date the set vouches for: a term with no end was running then, nothing later is known.</summary>
    public DateOnly? AsOf { get; }

    public IReadOnlyCollection<Person> People => _people.Values;
    public IReadOnlyCollection<Office> Offices => _offices.Values;
    public IReadOnlyCollection<Country> Countries => _countries.Values;
    public IReadOnlyList<Term> Terms { get; }
    public IReadOnlyList<Agreement> Agreements { get; }
    public IReadOnlyList<Event> Events { get; }

    public Person? FindPerson(string id) => _people.GetValueOrDefault(id);
    public Office? FindOffice(string id) => _offices.GetValueOrDefault(id);
    public Country? FindCountry(string id) => _countries.GetValueOrDefault(id);
    public Agreement? FindAgreement(string id) => _agreements.GetValueOrDefault(id);
    public Event? FindEvent(string id) => _events.GetValueOrDefault(id);

    public Person GetPerson(string id) => _people[id];
    public Office GetOffice(string id) => _offices[id];

    public IReadOnlyList<Term> TermsOf(string person) => _termsByPerson.GetValueOrDefault(person) ?? [];

    /// <summary>The terms of an office, in start order (as in <see cref="Terms"/>).</summary>
    public IReadOnlyList<Term> TermsOfOffice(string office) => _termsByOffice.GetValueOrDefault(office) ?? [];

    public IEnumerable<Term> TermsOf(string person, string office) => TermsOf(person).Where(t => t.Office == office);

    /// <summary>Countries whose offices the person held, as far as the set knows.</summary>
    public IReadOnlySet<string> CountriesOf(string person) =>
        // Worked out for the people drafts name, when they name them: a set per person of a million costs seconds.
        _termsByPerson.TryGetValue(person, out var terms)
            ? _countriesByPerson.GetOrAdd(person, _ => terms.Select(t => _offices[t.Office].Country).OfType<string>().ToHashSet(StringComparer.Ordinal))
            : EmptySet;

    private static readonly HashSet<string> EmptySet = [];
}
