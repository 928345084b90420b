using System.Globalization;
using System.Text.Json;

namespace MediaReview.Reference;

/// <summary>
/// Loads a reference set from every *.json file in a folder (schema files, *.schema.json, are skipped).
/// Files may hold any of the sections; all problems are collected and reported together.
/// </summary>
public sealed partial class ReferenceLoader
{
    /// <summary>Off only in tests, to compare the two readers: every file then goes through System.Text.Json's DTOs.</summary>
    internal bool UseDirectReader { get; init; } = true;

    /// <summary>How many files the direct reader read to the end (for tests: the other files went through the DTOs).</summary>
    internal int FilesReadDirectly => _filesReadDirectly;

    private int _filesReadDirectly;

    /// <summary>Files of this many bytes in all are read on all cores; fewer on the calling thread.</summary>
    internal long ReadInParallelFrom { get; init; } = 4 << 20;

    public ReferenceSet LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InputErrorsException([new InputException(directory, "reference folder not found; pass an existing folder to --reference")]);
        }
        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InputErrorsException([new InputException(directory, "no reference files (*.json) in this folder")]);
        }
        // Each file is read as a stream, never whole: at a million people the files are hundreds of megabytes. A
        // problem's line and column come from reading the file again.
        var read = new FileEntries[files.Count];
        var sizes = files.Select(SizeOf).ToArray();
        var totalSize = sizes.Sum();
        // Sized up front: a large set has a person's id to pool in every 170 to 450 bytes of its JSON, and a
        // concurrent dictionary grown to a million strings locks and rehashes them again and again (0.3 s).
        var pool = new StringPool((int)Math.Min(totalSize / 256, 1 << 24));
        FileEntries ReadOne(string f)
        {
            using (PooledStringConverter.Use(pool))
            {
                try
                {
                    return Read(f, () => JsonErrors.ReadFile(f),
                        direct: into => JsonErrors.ReadStream(f, s => new DirectReader(s, into).TryRead()),
                        dto: () => JsonErrors.ReadStream(f, s => JsonSerializer.Deserialize(s, ReferenceJsonContext.Default.ReferenceFileDto)));
                }
                catch (InputErrorsException e)
                {
                    // A file that cannot be read at all; the others are still read and their problems reported too.
                    var unreadable = new FileEntries(f, () => default);
                    foreach (var error in e.Errors) unreadable.Unreadable(error);
                    return unreadable;
                }
            }
        }
        if (Environment.ProcessorCount > 1 && files.Count > 1 && totalSize >= ReadInParallelFrom)
        {
            // A large set (people in one file, terms in another) is read on all cores, largest file first. A small
            // one is read on this thread: starting the thread pool would cost more than it saves.
            var largestFirst = Enumerable.Range(0, files.Count).OrderByDescending(i => sizes[i]).ToArray();
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(largestFirst, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => read[i] = ReadOne(files[i]));
        }
        else
        {
            for (var i = 0; i < files.Count; i++) read[i] = ReadOne(files[i]);
        }
        return Build(read);
    }

    /// <summary>A file's size, or 0 if it cannot be had: reading the file then reports why.</summary>
    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public ReferenceSet Load(IEnumerable<(string Path, ReadOnlyMemory<byte> Json)> files)
    {
        var read = new List<FileEntries>();
        using (PooledStringConverter.Use(new StringPool()))
        {
            foreach (var (path, json) in files)
            {
                read.Add(Read(path, () => json,
                    direct: into => new DirectReader(json, into).TryRead(),
                    dto: () => JsonSerializer.Deserialize(JsonErrors.WithoutBom(json.Span), ReferenceJsonContext.Default.ReferenceFileDto)));
            }
        }
        return Build(read);
    }

    /// <param name="reread">The file's JSON, for a problem's line and column.</param>
    /// <param name="direct">Reads the file with <see cref="DirectReader"/>; false if it gave up.</param>
    /// <param name="dto">Reads the file through System.Text.Json; a JsonException is reported with its line and column.</param>
    private FileEntries Read(string path, Func<ReadOnlyMemory<byte>> reread, Func<FileEntries, bool> direct, Func<ReferenceFileDto?> dto)
    {
        if (UseDirectReader)
        {
            var entries = new FileEntries(path, reread);
            if (direct(entries))
            {
                Interlocked.Increment(ref _filesReadDirectly);
                return entries;
            }
        }
        // The direct reader met something it does not expect: System.Text.Json reads the file again and reports any
        // problem as it always has.
        var file = new FileEntries(path, reread);
        ReferenceFileDto? parsed;
        try
        {
            parsed = dto();
        }
        catch (JsonException e)
        {
            file.Unreadable(JsonErrors.ToInputException(path, e, JsonErrors.WithoutBom(reread().Span)));
            return file;
        }
        if (parsed is null) file.Unlocated("expected a JSON object with sections such as \"people\", \"offices\", \"terms\"");
        else file.Add(parsed);
        return file;
    }

    /// <summary>One file's entries, checked on their own as they are read; <see cref="Build"/> checks them together.</summary>
    private sealed class FileEntries(string path, Func<ReadOnlyMemory<byte>> reread)
    {
        private JsonLocator? _locator;

        public string Path => path;
        public List<InputException> Errors { get; } = [];
        /// <summary>The file is not JSON of the right shape: its entries are not known, so checks across files would only echo it.</summary>
        public bool IsUnreadable { get; private set; }
        public DateOnly? AsOf { get; private set; }
        public List<(Country Value, int Index)> Countries { get; } = [];
        public List<(Person Value, int Index)> People { get; } = [];
        public List<(Office Value, int Index)> Offices { get; } = [];
        public List<(Term Value, int Index)> Terms { get; } = [];
        public List<(Agreement Value, int Index)> Agreements { get; } = [];
        public List<(Event Value, int Index)> Events { get; } = [];

        public void Unreadable(InputException error)
        {
            Errors.Add(error);
            IsUnreadable = true;
        }

        public void Unlocated(string message) => Errors.Add(new InputException(path, message));

        public void Add(ReferenceFileDto dto)
        {
            if (dto.AsOf is not null) SetAsOf(dto.AsOf);
            Each(dto.Countries, "countries", Countries, (c, at) => AddCountry(at, c.Id, c.Name, c.Aliases));
            Each(dto.People, "people", People, (p, at) => AddPerson(at, p.Id, p.Name, p.Aliases, p.Spellings, p.Born, p.Died));
            Each(dto.Offices, "offices", Offices, (o, at) => AddOffice(at, o.Id, o.Title, o.Aliases, o.Country));
            Each(dto.Terms, "terms", Terms, (t, at) => AddTerm(at, t.Person, t.Office, t.Start, t.End, t.StartPrecision));
            AddAgreements(dto.Agreements);
            AddEvents(dto.Events);
        }

        public void SetAsOf(string value) => AsOf = ParseDate(new At("asOf"), value);

        public void AddCountry(At at, string? id, string? name, IReadOnlyList<string>? aliases)
        {
            if (Required(at, "id", id) && Required(at, "name", name))
                Countries.Add((new Country(id!, name!, Names(at.Field(".aliases"), aliases)), at.Index));
        }

        public void AddPerson(At at, string? id, string? name, IReadOnlyList<string>? aliases, IReadOnlyList<string>? spellings, DateField born, DateField died)
        {
            if (!Required(at, "id", id) || !Required(at, "name", name)) return;
            var bornOn = ParseDate(at.Field(".born"), born);
            var diedOn = ParseDate(at.Field(".died"), died);
            if (bornOn is { } b && diedOn is { } d && d < b) Error(at.Field(".died"), $"person '{id}' died ({d:yyyy-MM-dd}) before being born ({b:yyyy-MM-dd})");
            People.Add((new Person(id!, name!, Names(at.Field(".aliases"), aliases), bornOn, diedOn)
            {
                Spellings = Names(at.Field(".spellings"), spellings),
            }, at.Index));
        }

        public void AddOffice(At at, string? id, string? title, IReadOnlyList<string>? aliases, string? country)
        {
            if (Required(at, "id", id) && Required(at, "title", title))
                Offices.Add((new Office(id!, title!, Names(at.Field(".aliases"), aliases), country), at.Index));
        }

        public void AddTerm(At at, string? person, string? office, DateField start, DateField end, string? startPrecision)
        {
            if (!Required(at, "person", person) || !Required(at, "office", office) || !Required(at, "start", start)) return;
            var from = ParseDate(at.Field(".start"), start);
            var to = ParseDate(at.Field(".end"), end);
            if (from is null) return;
            if (to is { } e && e < from) Error(at.Field(".end"), $"term of '{person}' as '{office}' ends ({e:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
            if (startPrecision is not (null or "day" or "month" or "year")) Error(at.Field(".startPrecision"), $"startPrecision '{startPrecision}' must be day, month or year");
            Terms.Add((new Term(person!, office!, from.Value, to, startPrecision), at.Index));
        }

        public void AddAgreements(List<AgreementDto?>? agreements) => Each(agreements, "agreements", Agreements, (a, at) =>
        {
            if (!Required(at, "id", a.Id) || !Required(at, "name", a.Name) || !Required(at, "signed", a.Signed)) return;
            var signed = ParseDate(at.Field(".signed"), a.Signed);
            var inForce = ParseDate(at.Field(".inForce"), a.InForce);
            var events = new List<AgreementEvent>();
            for (var i = 0; i < (a.Events?.Count ?? 0); i++)
            {
                var ev = a.Events![i];
                var evAt = new At($"{at}.events[{i}]");
                if (ev is null) { NullEntry(evAt); continue; }
                if (!Required(evAt, "what", ev.What) || !Required(evAt, "date", ev.Date)) continue;
                if (ev.Kind is not (null or "exit")) { Error(evAt.Field(".kind"), $"kind '{ev.Kind}' must be exit, or left out"); continue; }
                if (ParseDate(evAt.Field(".date"), ev.Date) is { } date) events.Add(new AgreementEvent(ev.What!, date, ev.Party, ev.Kind));
            }
            if (signed is { } s) Agreements.Add((new Agreement(a.Id!, a.Name!, Names(at.Field(".aliases"), a.Aliases), s, inForce, a.Place, Names(at.Field(".parties"), a.Parties), events)
            {
                Keywords = Names(at.Field(".keywords"), a.Keywords),
            }, at.Index));
        });

        public void AddEvents(List<EventDto?>? events) => Each(events, "events", Events, (e, at) =>
        {
            if (!Required(at, "id", e.Id) || !Required(at, "name", e.Name)) return;
            var date = ParseDate(at.Field(".date"), e.Date);
            var start = ParseDate(at.Field(".start"), e.Start);
            var end = ParseDate(at.Field(".end"), e.End);
            if (e.Date is null && e.Start is null) Error(at, $"event '{e.Id}' needs a \"date\" or a \"start\"");
            if (start is { } s && end is { } en && en < s) Error(at.Field(".end"), $"event '{e.Id}' ends before it starts");
            var also = new List<DateOnly>();
            for (var i = 0; i < (e.AlsoDated?.Count ?? 0); i++)
            {
                if (ParseDate(at.Field(".alsoDated", i), e.AlsoDated![i]) is { } d) also.Add(d);
            }
            Events.Add((new Event(e.Id!, e.Name!, Names(at.Field(".aliases"), e.Aliases), date, start, end, e.Place, e.Note, also), at.Index));
        });

        private void Each<T, TValue>(List<T?>? items, string section, List<(TValue Value, int Index)> into, Action<T, At> action)
            where T : class
        {
            if (items is null) return;
            into.EnsureCapacity(into.Count + items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is { } item) action(item, new At(section, i));
                else NullEntry(new At(section, i));
            }
        }

        private void NullEntry(At at) => Error(at, "null where an entry should be; remove it or write the entry out");

        /// <summary>A list of names, each present and not blank; a null or empty entry is an error.</summary>
        private IReadOnlyList<string> Names(At at, IReadOnlyList<string>? names)
        {
            if (names is null || names.Count == 0) return NoNames;
            // Most lists are fine as they are: kept, not copied (a million people have millions of names).
            var blank = false;
            for (var i = 0; i < names.Count && !blank; i++) blank = string.IsNullOrWhiteSpace(names[i]);
            if (!blank) return names;
            var result = new List<string>();
            for (var i = 0; i < names.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(names[i])) Error(at.Item(i), "an empty name; remove the entry or fill it in");
                else result.Add(names[i]);
            }
            return result;
        }

        private bool Required(At at, string field, DateField value) => value.Date is not null || Required(at, field, value.Text);

        private bool Required(At at, string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) return true;
            Error(at, $"missing \"{field}\"");
            return false;
        }

        private DateOnly? ParseDate(At at, DateField value) => value.Date ?? ParseDate(at, value.Text);

        private DateOnly? ParseDate(At at, string? value)
        {
            if (value is null) return null;
            if (IsoDate(value) is { } iso) return iso;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Error(at, $"'{value}' is not a date; write it as YYYY-MM-DD");
            return null;
        }

        public void Error(At where, string message) => Errors.Add(ErrorAt(where, message));

        public InputException ErrorAt(At where, string message)
        {
            var at = where.ToString();
            var (line, column) = Locator.Find(at);
            return new InputException(path, at.Length > 0 ? $"{at}: {message}" : message, line, column);
        }

        public int LineOf(At at) => Locator.Find(at.ToString()).Line;

        /// <summary>Where each entry is in the file, made only when there is a problem to place.</summary>
        private JsonLocator Locator => _locator ??= JsonLocator.ForEntries(JsonErrors.WithoutBom(reread()));
    }

    private static readonly string[] NoNames = [];

    /// <summary>
    /// A date field as read: the date itself when the reader could read it as one (a valid YYYY-MM-DD, no string
    /// made), otherwise its text, which <see cref="FileEntries"/> parses or reports.
    /// </summary>
    private readonly record struct DateField(DateOnly? Date, string? Text)
    {
        public static implicit operator DateField(string? text) => new(null, text);
    }

    /// <summary>The files' entries checked together (ids, references between files), in file order.</summary>
    private static ReferenceSet Build(IReadOnlyList<FileEntries> files)
    {
        var errors = new List<InputException>();
        DateOnly? asOf = null;
        var unreadable = false;
        foreach (var file in files)
        {
            unreadable |= file.IsUnreadable;
            if (file.AsOf is { } a)
            {
                if (asOf is { } existing && existing != a) errors.Add(file.ErrorAt(new At("asOf"), $"asOf {a:yyyy-MM-dd} disagrees with {existing:yyyy-MM-dd} given in another file"));
                asOf = a;
            }
            errors.AddRange(file.Errors);
        }
        // With a file unreadable, "unknown person" errors would only echo it.
        if (unreadable) throw new InputErrorsException(errors);

        // The terms' index needs nothing else, so it is begun now (on other threads for a large set) and made while
        // the ids below are gathered and the terms checked; if they have problems, it is left to finish unused.
        var terms = new Term[files.Sum(f => f.Terms.Count)];
        var at = 0;
        foreach (var file in files)
        {
            foreach (var (term, _) in file.Terms) terms[at++] = term;
        }
        var termIndex = new TermIndex(terms, files.Sum(f => f.People.Count), files.Sum(f => f.Offices.Count));

        // Each id once, in the order first defined; a later definition is a duplicate-id error.
        Dictionary<string, T> Unique<T>(Func<FileEntries, List<(T Value, int Index)>> section, string name, Func<T, string> id, string kind)
        {
            var first = new Dictionary<string, T>(files.Sum(f => section(f).Count), StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var (value, index) in section(file))
                {
                    var key = id(value);
                    if (first.TryAdd(key, value)) continue;
                    // Only for the message: where the first one was.
                    var earlier = files.SelectMany(f => section(f).Select(e => (File: f, e.Index, Id: id(e.Value)))).First(e => e.Id == key);
                    errors.Add(file.ErrorAt(new At(name, index).Field(".id"),
                        $"duplicate {kind} id '{key}' (first defined in {earlier.File.Path}, line {earlier.File.LineOf(new At(name, earlier.Index))})"));
                }
            }
            return first;
        }
        var countries = Unique(f => f.Countries, "countries", c => c.Id, "country");
        var people = Unique(f => f.People, "people", p => p.Id, "person");
        var offices = Unique(f => f.Offices, "offices", o => o.Id, "office");
        var agreements = Unique(f => f.Agreements, "agreements", a => a.Id, "agreement");
        var events = Unique(f => f.Events, "events", e => e.Id, "event");

        foreach (var file in files)
        {
            foreach (var (office, index) in file.Offices)
            {
                if (office.Country is { } c && !countries.ContainsKey(c))
                    errors.Add(file.ErrorAt(new At("offices", index).Field(".country"), $"office '{office.Id}' names unknown country '{c}'; add it to \"countries\" or fix the id"));
            }
        }
        foreach (var file in files)
        {
            foreach (var (term, index) in file.Terms)
            {
                if (!people.TryGetValue(term.Person, out var person))
                {
                    errors.Add(file.ErrorAt(new At("terms", index).Field(".person"), $"term names unknown person '{term.Person}'; add the person to \"people\" or fix the id"));
                }
                else if (person.Died is { } died && term.Start > died)
                {
                    errors.Add(file.ErrorAt(new At("terms", index).Field(".start"), $"term of '{term.Person}' starts after the person's death ({died:yyyy-MM-dd})"));
                }
                if (!offices.ContainsKey(term.Office))
                    errors.Add(file.ErrorAt(new At("terms", index).Field(".office"), $"term names unknown office '{term.Office}'; add the office to \"offices\" or fix the id"));
            }
        }

        if (errors.Count > 0) throw new InputErrorsException(errors);
        // The set takes these dictionaries as they are: at a million people, building them again costs a second.
        return new ReferenceSet(asOf, countries, people, offices, termIndex, agreements.Values, events.Values);
    }

    /// <summary>
    /// A valid "YYYY-MM-DD" read directly: what DateOnly.TryParseExact with that format accepts, at a fraction of its
    /// cost (a million people's dates). Anything else is left to TryParseExact, which also makes the error message.
    /// </summary>
    internal static DateOnly? IsoDate(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-') return null;
        var (year, month, day) = (Digits(value[..4]), Digits(value[5..7]), Digits(value[8..]));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);

        static int Digits(ReadOnlySpan<char> digits)
        {
            var n = 0;
            foreach (var c in digits)
            {
                var d = c - '0';
                if ((uint)d > 9) return -1;
                n = n * 10 + d;
            }
            return n;
        }
    }

    /// <summary>
    /// Where in a reference file an entry is ("people[12].born"), written out only for a message: a million
    /// entries must not each carry a string nobody reads.
    /// </summary>
    private readonly record struct At(string Section, int Index = -1, string? Member = null, int MemberIndex = -1)
    {
        public At Field(string member, int index = -1) =>
            Member is null ? this with { Member = member, MemberIndex = index } : new At(ToString()).Field(member, index);

        public At Item(int index) => Member is null ? this with { Index = index } : this with { MemberIndex = index };

        public override string ToString()
        {
            var s = Index >= 0 ? $"{Section}[{Index}]" : Section;
            if (Member is not null) s += Member;
            return MemberIndex >= 0 ? $"{s}[{MemberIndex}]" : s;
        }
    }
}
