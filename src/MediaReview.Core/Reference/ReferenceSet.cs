namespace MediaReview.Reference;

/// <summary>The facts claims are checked against, with the lookups the rules need.</summary>
public sealed class ReferenceSet
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Country> _countries;
    private readonly Dictionary<string, Agreement> _agreements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly Task<Term[]> _terms;
    private readonly Task<TermGroups> _termsByPerson;
    private readonly Task<OfficeTerms> _termsByOffice;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _countriesByPerson = new(StringComparer.Ordinal);

    /// <summary>
    /// From this many terms, the set's term indexes are made on other threads while its maker goes on (the claim
    /// extractors make their word lists from the people meanwhile); a lookup waits for them. At a million people
    /// and two million terms they take 1.2 s of work. A problem making them (a term without a person, which only
    /// the public constructor lets through) is then thrown at the first lookup instead of here.
    /// </summary>
    internal const int IndexInBackgroundFrom = 100_000;

    public ReferenceSet(DateOnly? asOf, IEnumerable<Country> countries, IEnumerable<Person> people, IEnumerable<Office> offices,
        IEnumerable<Term> terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events)
        : this(asOf, countries.ToDictionary(c => c.Id, StringComparer.Ordinal), people.ToDictionary(p => p.Id, StringComparer.Ordinal),
            offices.ToDictionary(o => o.Id, StringComparer.Ordinal), terms.ToArray(), agreements, events)
    {
    }

    /// <summary>Takes the dictionaries (by id, ordinal) as they are.</summary>
    /// <param name="indexInBackgroundFrom">See <see cref="IndexInBackgroundFrom"/>; tests lower it.</param>
    internal ReferenceSet(DateOnly? asOf, Dictionary<string, Country> countries, Dictionary<string, Person> people, Dictionary<string, Office> offices,
        Term[] terms, IEnumerable<Agreement> agreements, IEnumerable<Event> events, int indexInBackgroundFrom = IndexInBackgroundFrom)
    {
        AsOf = asOf;
        _countries = countries;
        _people = people;
        _offices = offices;
        Agreements = agreements.ToArray();
        foreach (var a in Agreements) _agreements.TryAdd(a.Id, a);
        Events = events.ToArray();
        foreach (var e in Events) _events.TryAdd(e.Id, e);
        // The terms in start order, then each person's and each office's terms in that order ("the president" is
        // looked up among that office's terms).
        var (peopleCount, officeCount) = (people.Count, offices.Count);
        TermGroups ByPerson(Term[] sorted) => new(sorted, t => t.Person, peopleCount);
        OfficeTerms ByOffice(Term[] sorted) => new(sorted, officeCount);
        if (terms.Length < indexInBackgroundFrom)
        {
            var sorted = ByStart(terms);
            _terms = Task.FromResult(sorted);
            _termsByPerson = Task.FromResult(ByPerson(sorted));
            _termsByOffice = Task.FromResult(ByOffice(sorted));
        }
        else
        {
            _terms = Task.Run(() => ByStart(terms));
            _termsByPerson = Task.Run(async () => ByPerson(await _terms.ConfigureAwait(false)));
            _termsByOffice = Task.Run(async () => ByOffice(await _terms.ConfigureAwait(false)));
        }
    }

    /// <summary>A task's result once it is there (at once for a small set); its exception as thrown, not wrapped.</summary>
    private static T Ready<T>(Task<T> task) => task.IsCompletedSuccessfully ? task.Result : task.GetAwaiter().GetResult();

    /// <summary>Each office's terms in start order, with <see cref="LatestEndUnder"/> of them.</summary>
    private sealed class OfficeTerms
    {
        private readonly Dictionary<string, DateOnly[]> _latestEndUnder = new(StringComparer.Ordinal);

        public OfficeTerms(Term[] sorted, int capacity)
        {
            Groups = new(sorted, t => t.Office, capacity);
            foreach (var (office, held) in Groups.Groups) _latestEndUnder[office] = ReferenceSet.LatestEndUnder(held);
        }

        public TermGroups Groups { get; }

        public DateOnly[] LatestEndUnder(string office) => _latestEndUnder[office];
    }

    /// <summary>
    /// An office's terms (in start order) seen as a balanced tree: the term in the middle of a range is its root,
    /// the two halves beside it its subtrees. Each root keeps the latest end in its range (a running term counts
    /// as never ending), so a search for the terms running on a day passes over a range that ended before it.
    /// A running max over the start order would not do: one term running since 1989 would make every later
    /// term a candidate.
    /// </summary>
    private static DateOnly[] LatestEndUnder(Term[] held)
    {
        var latest = new DateOnly[held.Length];
        Fill(0, held.Length);
        return latest;

        DateOnly Fill(int lo, int hi)
        {
            if (lo >= hi) return DateOnly.MinValue;
            var mid = (lo + hi) >>> 1;
            var max = held[mid].End ?? DateOnly.MaxValue;
            var left = Fill(lo, mid);
            var right = Fill(mid + 1, hi);
            if (left > max) max = left;
            if (right > max) max = right;
            return latest[mid] = max;
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
    public IReadOnlyList<Term> Terms => Ready(_terms);
    public IReadOnlyList<Agreement> Agreements { get; }
    public IReadOnlyList<Event> Events { get; }

    public Person? FindPerson(string id) => _people.GetValueOrDefault(id);
    public Office? FindOffice(string id) => _offices.GetValueOrDefault(id);
    public Country? FindCountry(string id) => _countries.GetValueOrDefault(id);
    public Agreement? FindAgreement(string id) => _agreements.GetValueOrDefault(id);
    public Event? FindEvent(string id) => _events.GetValueOrDefault(id);

    public Person GetPerson(string id) => _people[id];
    public Office GetOffice(string id) => _offices[id];

    public IReadOnlyList<Term> TermsOf(string person) => Ready(_termsByPerson).Find(person) ?? [];

    /// <summary>The terms of an office, in start order (as in <see cref="Terms"/>).</summary>
    public IReadOnlyList<Term> TermsOfOffice(string office) => Ready(_termsByOffice).Groups.Find(office) ?? [];

    /// <summary>
    /// The terms of an office running on a day, latest start first. An office of a large set has a hundred thousand
    /// terms: the search goes down the office's tree of latest ends (<see cref="LatestEndUnder"/>), passing over
    /// every range that ended before the day and every term that starts after it.
    /// </summary>
    public IEnumerable<Term> TermsOfOfficeOn(string office, DateOnly day)
    {
        var index = Ready(_termsByOffice);
        if (index.Groups.Find(office) is not { } terms) yield break;
        var latestEnd = index.LatestEndUnder(office);
        // Latest start first: a range's later half, then its middle term, then its earlier half. An entry with
        // Hi < 0 stands for the term at Lo itself.
        var pending = new Stack<(int Lo, int Hi)>();
        pending.Push((0, terms.Length));
        while (pending.TryPop(out var range))
        {
            if (range.Hi < 0)
            {
                var term = terms[range.Lo];
                if (term.End is not { } end || end >= day) yield return term;
                continue;
            }
            if (range.Lo >= range.Hi) continue;
            var mid = (range.Lo + range.Hi) >>> 1;
            if (latestEnd[mid] < day) continue; // everything in the range ended before the day
            pending.Push((range.Lo, mid));
            if (terms[mid].Start > day) continue; // the middle term and the later half start after the day
            pending.Push((mid, -1));
            pending.Push((mid + 1, range.Hi));
        }
    }

    public IEnumerable<Term> TermsOf(string person, string office) => TermsOf(person).Where(t => t.Office == office);

    /// <summary>Countries whose offices the person held, as far as the set knows.</summary>
    public IReadOnlySet<string> CountriesOf(string person) =>
        // Worked out for the people drafts name, when they name them: a set per person of a million costs seconds.
        Ready(_termsByPerson).Find(person) is { } terms
            ? _countriesByPerson.GetOrAdd(person, _ => terms.Select(t => _offices[t.Office].Country).OfType<string>().ToHashSet(StringComparer.Ordinal))
            : EmptySet;

    private static readonly HashSet<string> EmptySet = [];
}
