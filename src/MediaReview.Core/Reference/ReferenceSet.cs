namespace MediaReview.Reference;

/// <summary>The facts claims are checked against, with the lookups the rules need.</summary>
public sealed class ReferenceSet
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Country> _countries;
    private readonly Dictionary<string, Agreement> _agreements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly TermIndex _index;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _countriesByPerson = new(StringComparer.Ordinal);

    public ReferenceSet(DateOnly? asOf, IEnumerable<Country> countries, IEnumerable<Person> people, IEnumerable<Office> offices,
        IEnumerable<Term> terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events)
        : this(asOf, countries.ToDictionary(c => c.Id, StringComparer.Ordinal), people.ToDictionary(p => p.Id, StringComparer.Ordinal),
            offices.ToDictionary(o => o.Id, StringComparer.Ordinal), terms.ToArray(), agreements, events)
    {
    }

    /// <summary>Takes the dictionaries (by id, ordinal) as they are.</summary>
    /// <param name="indexInBackgroundFrom">See <see cref="TermIndex.InBackgroundFrom"/>; tests set it.</param>
    internal ReferenceSet(DateOnly? asOf, Dictionary<string, Country> countries, Dictionary<string, Person> people, Dictionary<string, Office> offices,
        Term[] terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events, int indexInBackgroundFrom = TermIndex.InBackgroundFrom)
        : this(asOf, countries, people, offices, new TermIndex(terms, people.Count, offices.Count, indexInBackgroundFrom), agreements, events)
    {
    }

    /// <summary>Takes the dictionaries (by id, ordinal) and the index of the terms (begun before the terms were checked) as they are.</summary>
    internal ReferenceSet(DateOnly? asOf, Dictionary<string, Country> countries, Dictionary<string, Person> people, Dictionary<string, Office> offices,
        TermIndex index, IEnumerable<Agreement> agreements, IEnumerable<Event> events)
    {
        AsOf = asOf;
        _countries = countries;
        _people = people;
        _offices = offices;
        _index = index;
        Agreements = agreements.ToArray();
        foreach (var a in Agreements) _agreements.TryAdd(a.Id, a);
        Events = events.ToArray();
        foreach (var e in Events) _events.TryAdd(e.Id, e);
    }

    /// <summary>The last date the set vouches for: a term with no end was running then, nothing later is known.</summary>
    public DateOnly? AsOf { get; }

    public IReadOnlyCollection<Person> People => _people.Values;
    public IReadOnlyCollection<Office> Offices => _offices.Values;
    public IReadOnlyCollection<Country> Countries => _countries.Values;
    public IReadOnlyList<Term> Terms => _index.Sorted;
    public IReadOnlyList<Agreement> Agreements { get; }
    public IReadOnlyList<Event> Events { get; }

    public Person? FindPerson(string id) => _people.GetValueOrDefault(id);
    public Office? FindOffice(string id) => _offices.GetValueOrDefault(id);
    public Country? FindCountry(string id) => _countries.GetValueOrDefault(id);
    public Agreement? FindAgreement(string id) => _agreements.GetValueOrDefault(id);
    public Event? FindEvent(string id) => _events.GetValueOrDefault(id);

    public Person GetPerson(string id) => _people[id];
    public Office GetOffice(string id) => _offices[id];

    /// <summary>The person's terms, in start order (as in <see cref="Terms"/>).</summary>
    public IReadOnlyList<Term> TermsOf(string person) => _index.OfPerson(person);

    /// <summary>The person's terms, in start order, as a span: no allocation, for lookups made per claim.</summary>
    internal ReadOnlySpan<Term> TermSpanOf(string person) => _index.SpanOfPerson(person);

    /// <summary>The terms of an office, in start order (as in <see cref="Terms"/>).</summary>
    public IReadOnlyList<Term> TermsOfOffice(string office) => _index.OfOffice(office);

    /// <summary>
    /// The terms of an office running on a day, latest start first. An office of a large set has a hundred thousand
    /// terms: the search passes over every run of them that ended before the day (<see cref="TermIndex.OfOfficeOn"/>).
    /// </summary>
    public IEnumerable<Term> TermsOfOfficeOn(string office, DateOnly day) => _index.OfOfficeOn(office, day);

    public IEnumerable<Term> TermsOf(string person, string office) => TermsOf(person).Where(t => t.Office == office);

    /// <summary>Countries whose offices the person held, as far as the set knows.</summary>
    public IReadOnlySet<string> CountriesOf(string person) =>
        // Worked out for the people drafts name, when they name them: a set per person of a million costs seconds.
        _index.OfPerson(person) is { Count: > 0 } terms
            ? _countriesByPerson.GetOrAdd(person, _ => terms.Select(t => _offices[t.Office].Country).OfType<string>().ToHashSet(StringComparer.Ordinal))
            : EmptySet;

    private static readonly HashSet<string> EmptySet = [];
}
