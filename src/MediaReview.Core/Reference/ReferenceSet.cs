namespace MediaReview.Reference;

/// <summary>The facts claims are checked against, with the lookups the rules need.</summary>
public sealed class ReferenceSet
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Country> _countries;
    private readonly Dictionary<string, Agreement> _agreements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly TermGroups _termsByPerson;
    private readonly TermGroups _termsByOffice;
    private readonly Dictionary<string, DateOnly[]> _latestEndByOffice = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _countriesByPerson = new(StringComparer.Ordinal);

    public ReferenceSet(DateOnly? asOf, IEnumerable<Country> countries, IEnumerable<Person> people, IEnumerable<Office> offices,
        IEnumerable<Term> terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events)
        : this(asOf, countries.ToDictionary(c => c.Id, StringComparer.Ordinal), people.ToDictionary(p => p.Id, StringComparer.Ordinal),
            offices.ToDictionary(o => o.Id, StringComparer.Ordinal), terms.ToArray(), agreements, events)
    {
    }

    /// <summary>Takes the dictionaries (by id, ordinal) as they are.</summary>
    internal ReferenceSet(DateOnly? asOf, Dictionary<string, Country> countries, Dictionary<string, Person> people, Dictionary<string, Office> offices,
        Term[] terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events)
    {
        AsOf = asOf;
        _countries = countries;
        _people = people;
        _offices = offices;
        var sorted = ByStart(terms);
        Terms = sorted;
        Agreements = agreements.ToArray();
        foreach (var a in Agreements) _agreements.TryAdd(a.Id, a);
        Events = events.ToArray();
        foreach (var e in Events) _events.TryAdd(e.Id, e);
        // Each person's and each office's terms in start order ("the president" is looked up among that office's terms).
        _termsByPerson = new TermGroups(sorted, t => t.Person, _people.Count);
        _termsByOffice = new TermGroups(sorted, t => t.Office, _offices.Count);
        // For each office, the latest end among its terms up to each one (a running term counts as never ending).
        foreach (var (office, held) in _termsByOffice.Groups)
        {
            var latest = new DateOnly[held.Length];
            var max = DateOnly.MinValue;
            for (var i = 0; i < held.Length; i++) latest[i] = max = held[i].End is { } end ? (end > max ? end : max) : DateOnly.MaxValue;
            _latestEndByOffice[office] = latest;
        }
    }

    /// <summary>
    /// The terms in start order, and in their given order where they start the same day (as a stable sort leaves
    /// them): a key of start and position per term, sorted, two million in a fraction of OrderBy's time.
    /// </summary>
    private static Term[] ByStart(Term[] terms)
    {
        var keys = new long[terms.Length];
        for (var i = 0; i < terms.Length; i++) keys[i] = ((long)terms[i].Start.DayNumber << 32) | (uint)i;
        Array.Sort(keys);
        var sorted = new Term[terms.Length];
        for (var i = 0; i < keys.Length; i++) sorted[i] = terms[(int)(uint)keys[i]];
        return sorted;
    }

    /// <summary>
    /// Terms grouped by a key (a person or an office), each group in the order of the terms given. Built without
    /// LINQ grouping or growing arrays, since a million people have two million terms: each term's group is looked
    /// up once, the groups are counted, then each is filled into an array of its size.
    /// </summary>
    private sealed class TermGroups
    {
        private readonly Dictionary<string, int> _slots;
        private readonly Term[][] _groups;

        public TermGroups(Term[] terms, Func<Term, string> key, int capacity)
        {
            _slots = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
            var slotOf = new int[terms.Length];
            var counts = new List<int>(capacity);
            for (var i = 0; i < terms.Length; i++)
            {
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_slots, key(terms[i]), out var exists);
                if (!exists)
                {
                    slot = counts.Count;
                    counts.Add(0);
                }
                counts[slot]++;
                slotOf[i] = slot;
            }
            _groups = new Term[counts.Count][];
            for (var s = 0; s < _groups.Length; s++) _groups[s] = new Term[counts[s]];
            var filled = new int[counts.Count];
            for (var i = 0; i < terms.Length; i++) _groups[slotOf[i]][filled[slotOf[i]]++] = terms[i];
        }

        public Term[]? Find(string key) => _slots.TryGetValue(key, out var slot) ? _groups[slot] : null;

        public IEnumerable<(string Key, Term[] Terms)> Groups => _slots.Select(s => (s.Key, _groups[s.Value]));
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

    public IReadOnlyList<Term> TermsOf(string person) => _termsByPerson.Find(person) ?? [];

    /// <summary>The terms of an office, in start order (as in <see cref="Terms"/>).</summary>
    public IReadOnlyList<Term> TermsOfOffice(string office) => _termsByOffice.Find(office) ?? [];

    /// <summary>
    /// The terms of an office running on a day, latest start first. An office of a large set has a hundred thousand
    /// terms: the search starts at the last term begun by the day and stops where no earlier term runs that late.
    /// </summary>
    public IEnumerable<Term> TermsOfOfficeOn(string office, DateOnly day)
    {
        if (_termsByOffice.Find(office) is not { } terms) yield break;
        var latestEnd = _latestEndByOffice[office];
        // The first term starting after the day; the ones before it started by then.
        int lo = 0, hi = terms.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (terms[mid].Start <= day) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo - 1; i >= 0 && latestEnd[i] >= day; i--)
        {
            if (terms[i].End is not { } end || end >= day) yield return terms[i];
        }
    }

    public IEnumerable<Term> TermsOf(string person, string office) => TermsOf(person).Where(t => t.Office == office);

    /// <summary>Countries whose offices the person held, as far as the set knows.</summary>
    public IReadOnlySet<string> CountriesOf(string person) =>
        // Worked out for the people drafts name, when they name them: a set per person of a million costs seconds.
        _termsByPerson.Find(person) is { } terms
            ? _countriesByPerson.GetOrAdd(person, _ => terms.Select(t => _offices[t.Office].Country).OfType<string>().ToHashSet(StringComparer.Ordinal))
            : EmptySet;

    private static readonly HashSet<string> EmptySet = [];
}
