namespace MediaReview.Reference;

/// <summary>
/// A set's terms in start order, and each person's and each office's terms in that order ("the president" is
/// looked up among that office's terms). It needs nothing but the terms, so the loader begins it as soon as they
/// are read, before they are checked against the people and offices.
/// </summary>
internal sealed class TermIndex
{
    /// <summary>
    /// From this many terms the index is made on other threads while its maker goes on (checking the terms, then
    /// the claim extractors making their word lists from the people); a lookup waits for it. At a million people
    /// and two million terms it is about a second of work. A problem making it (a term without a person or office,
    /// which only the public <see cref="ReferenceSet"/> constructor lets through) is then thrown at the first lookup.
    /// </summary>
    internal const int InBackgroundFrom = 100_000;

    private readonly Task<Term[]> _sorted;
    private readonly Task<TermGroups> _byPerson;
    private readonly Task<OfficeTerms> _byOffice;

    /// <param name="people">How many people the set has (room for their groups).</param>
    /// <param name="offices">How many offices it has.</param>
    public TermIndex(Term[] terms, int people, int offices, int inBackgroundFrom = InBackgroundFrom)
    {
        // Each person's terms from the terms as given; each office's from the terms in start order.
        TermGroups ByPerson() => new(terms, t => t.Person, people, inStartOrder: false);
        OfficeTerms ByOffice(Term[] sorted) => new(sorted, offices);
        if (terms.Length < inBackgroundFrom)
        {
            var sorted = ByStart(terms);
            _sorted = Task.FromResult(sorted);
            _byPerson = Task.FromResult(ByPerson());
            _byOffice = Task.FromResult(ByOffice(sorted));
        }
        else
        {
            _sorted = Task.Run(() => ByStart(terms));
            _byPerson = Task.Run(ByPerson);
            _byOffice = Task.Run(async () => ByOffice(await _sorted.ConfigureAwait(false)));
        }
    }

    public Term[] Sorted => Ready(_sorted);

    public IReadOnlyList<Term> OfPerson(string person) => Ready(_byPerson).Find(person);

    /// <summary>As <see cref="OfPerson"/>, for a loop that should not box the slice and its enumerator (rule lookups run per claim).</summary>
    public ReadOnlySpan<Term> SpanOfPerson(string person) => Ready(_byPerson).Find(person);

    public IReadOnlyList<Term> OfOffice(string office) => Ready(_byOffice).Groups.Find(office);

    /// <summary>
    /// The terms of an office running on a day, latest start first: down the office's tree of latest ends
    /// (<see cref="OfficeTerms"/>), passing over every range that ended before the day and every term that starts
    /// after it.
    /// </summary>
    public IEnumerable<Term> OfOfficeOn(string office, DateOnly day)
    {
        var index = Ready(_byOffice);
        var terms = index.Groups.Find(office);
        if (terms.Count == 0) yield break;
        var latestEnd = index.LatestEndUnder(terms);
        // Latest start first: a range's later half, then its middle term, then its earlier half. An entry with
        // Hi < 0 stands for the term at Lo itself.
        var pending = new Stack<(int Lo, int Hi)>();
        pending.Push((0, terms.Count));
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

    /// <summary>A task's result once it is there (at once for a small set); its exception as thrown, not wrapped.</summary>
    private static T Ready<T>(Task<T> task) => task.IsCompletedSuccessfully ? task.Result : task.GetAwaiter().GetResult();

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
    /// Terms grouped by a key (a person or an office), each group in start order, all in one array: a million
    /// people's groups are a million slices of it, not a million small arrays for the garbage collector to walk.
    /// Each term's group is looked up once, the groups are counted, then the terms are placed (and a group sorted
    /// by start, stably, if the terms given were not in start order).
    /// </summary>
    private sealed class TermGroups
    {
        private readonly Dictionary<string, int> _slots;
        private readonly Term[] _terms;
        /// <summary>Group s is _terms[_starts[s].._starts[s + 1]].</summary>
        private readonly int[] _starts;

        /// <param name="inStartOrder">
        /// Whether <paramref name="terms"/> are in start order; if not, each group is put in start order (in their
        /// given order where they start the same day, as a stable sort leaves them).
        /// </param>
        public TermGroups(Term[] terms, Func<Term, string> key, int capacity, bool inStartOrder)
        {
            _slots = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
            var slotOf = new int[terms.Length];
            var counts = new List<int>(capacity);
            // A file lists a person's terms one after another: the same key as the term before is the same group,
            // found without hashing it again (a pooled id is the same string).
            string? lastKey = null;
            var lastSlot = -1;
            for (var i = 0; i < terms.Length; i++)
            {
                var k = key(terms[i]);
                if (lastSlot < 0 || !ReferenceEquals(k, lastKey))
                {
                    ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_slots, k, out var exists);
                    if (!exists)
                    {
                        slot = counts.Count;
                        counts.Add(0);
                    }
                    (lastKey, lastSlot) = (k, slot);
                }
                counts[lastSlot]++;
                slotOf[i] = lastSlot;
            }
            _starts = new int[counts.Count + 1];
            for (var s = 0; s < counts.Count; s++) _starts[s + 1] = _starts[s] + counts[s];
            // The next place in each group, counted up from its start.
            var next = counts;
            for (var s = 0; s < next.Count; s++) next[s] = _starts[s];
            _terms = new Term[terms.Length];
            for (var i = 0; i < terms.Length; i++) _terms[next[slotOf[i]]++] = terms[i];
            if (inStartOrder) return;
            for (var s = 0; s + 1 < _starts.Length; s++) InStartOrder(_terms.AsSpan(_starts[s], _starts[s + 1] - _starts[s]));
        }

        /// <summary>A group in start order: an insertion sort, stable, and at once for the few terms of a person, mostly in order already.</summary>
        private static void InStartOrder(Span<Term> group)
        {
            for (var i = 1; i < group.Length; i++)
            {
                var term = group[i];
                var j = i - 1;
                if (group[j].Start <= term.Start) continue;
                while (j >= 0 && group[j].Start > term.Start)
                {
                    group[j + 1] = group[j];
                    j--;
                }
                group[j + 1] = term;
            }
        }

        public ArraySegment<Term> Find(string key) => _slots.TryGetValue(key, out var slot) ? Group(slot) : ArraySegment<Term>.Empty;

        /// <summary>Every group, a slice of one array holding them all (<see cref="ArraySegment{T}.Array"/>).</summary>
        public IEnumerable<ArraySegment<Term>> Groups => _slots.Values.Select(Group);

        private ArraySegment<Term> Group(int slot) => new(_terms, _starts[slot], _starts[slot + 1] - _starts[slot]);
    }

    /// <summary>
    /// Each office's terms in start order, seen as a balanced tree: the term in the middle of a range is its root,
    /// the two halves beside it its subtrees. Each root keeps the latest end in its range (a running term counts as
    /// never ending), so a search for the terms running on a day passes over a range that ended before it. A
    /// running max over the start order would not do: one term running since 1989 would make every later term a
    /// candidate.
    /// </summary>
    private sealed class OfficeTerms
    {
        /// <summary>For each term, the latest end in the range it is the root of, in the same place as the term in the groups' array.</summary>
        private readonly DateOnly[] _latestEndUnder;

        public OfficeTerms(Term[] sorted, int capacity)
        {
            Groups = new(sorted, t => t.Office, capacity, inStartOrder: true);
            _latestEndUnder = new DateOnly[sorted.Length];
            foreach (var held in Groups.Groups) Fill(held, LatestEndUnder(held), 0, held.Count);
        }

        public TermGroups Groups { get; }

        /// <summary>The latest ends of a group's trees, placed as its terms are.</summary>
        public ArraySegment<DateOnly> LatestEndUnder(ArraySegment<Term> held) => new(_latestEndUnder, held.Offset, held.Count);

        private static DateOnly Fill(ReadOnlySpan<Term> held, Span<DateOnly> latest, int lo, int hi)
        {
            if (lo >= hi) return DateOnly.MinValue;
            var mid = (lo + hi) >>> 1;
            var max = held[mid].End ?? DateOnly.MaxValue;
            var left = Fill(held, latest, lo, mid);
            var right = Fill(held, latest, mid + 1, hi);
            if (left > max) max = left;
            if (right > max) max = right;
            return latest[mid] = max;
        }
    }
}
