using System.Globalization;
using System.Text.Json;

namespace MediaReview.Reference;

/// <summary>
/// Loads a reference set from every *.json file in a folder (schema files, *.schema.json, are skipped).
/// Files may hold any of the sections; all problems are collected and reported together.
/// </summary>
public sealed class ReferenceLoader
{
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
        // Each file is read as a stream when its turn comes, never whole: at a million people the files are hundreds
        // of megabytes. A problem's line and column come from reading the file again.
        var builder = new Builder();
        using (PooledStringConverter.Use())
        {
            foreach (var f in files) builder.Add(f, () => JsonErrors.ReadStream(f, s => JsonSerializer.Deserialize(s, ReferenceJsonContext.Default.ReferenceFileDto)), () => JsonErrors.ReadFile(f));
        }
        return builder.Build();
    }

    public ReferenceSet Load(IEnumerable<(string Path, ReadOnlyMemory<byte> Json)> files)
    {
        var builder = new Builder();
        using (PooledStringConverter.Use())
        {
            foreach (var (path, json) in files)
                builder.Add(path, () => JsonSerializer.Deserialize(JsonErrors.WithoutBom(json.Span), ReferenceJsonContext.Default.ReferenceFileDto), () => json);
        }
        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly List<InputException> _errors = [];
        private readonly List<(Country Value, string Path, At At)> _countries = [];
        private readonly List<(Person Value, string Path, At At)> _people = [];
        private readonly List<(Office Value, string Path, At At)> _offices = [];
        private readonly List<(Term Value, string Path, At At)> _terms = [];
        private readonly List<(Agreement Value, string Path, At At)> _agreements = [];
        private readonly List<(Event Value, string Path, At At)> _events = [];
        // Each file's JSON, for finding a problem's line and column: the locator is built only when there is a problem.
        private readonly Dictionary<string, Func<ReadOnlyMemory<byte>>> _json = [];
        private readonly Dictionary<string, JsonLocator> _locators = [];

        private JsonLocator Locator(string path) =>
            _locators.TryGetValue(path, out var locator) ? locator : _locators[path] = JsonLocator.Create(JsonErrors.WithoutBom(_json[path]().Span));
        private DateOnly? _asOf;
        private bool _unreadable;

        /// <param name="parse">Reads the file; a JsonException is reported with its line and column from <paramref name="reread"/>.</param>
        public void Add(string path, Func<ReferenceFileDto?> parse, Func<ReadOnlyMemory<byte>> reread)
        {
            ReferenceFileDto? dto;
            try
            {
                dto = parse();
            }
            catch (JsonException e)
            {
                _errors.Add(JsonErrors.ToInputException(path, e, JsonErrors.WithoutBom(reread().Span)));
                _unreadable = true;
                return;
            }
            if (dto is null)
            {
                _errors.Add(new InputException(path, "expected a JSON object with sections such as \"people\", \"offices\", \"terms\""));
                return;
            }
            _json[path] = reread;

            if (dto.AsOf is not null)
            {
                var asOf = ParseDate(path, new At("asOf"), dto.AsOf);
                if (asOf is { } a)
                {
                    if (_asOf is { } existing && existing != a) Error(path, new At("asOf"), $"asOf {a:yyyy-MM-dd} disagrees with {existing:yyyy-MM-dd} given in another file");
                    _asOf = a;
                }
            }

            Each(dto.Countries, "countries", _countries, (c, at) =>
            {
                if (Required(path, at, "id", c.Id) && Required(path, at, "name", c.Name))
                    _countries.Add((new Country(c.Id!, c.Name!, Names(path, at.Field(".aliases"), c.Aliases)), path, at));
            });
            Each(dto.People, "people", _people, (p, at) =>
            {
                if (!Required(path, at, "id", p.Id) || !Required(path, at, "name", p.Name)) return;
                var born = ParseDate(path, at.Field(".born"), p.Born);
                var died = ParseDate(path, at.Field(".died"), p.Died);
                if (born is { } b && died is { } d && d < b) Error(path, at.Field(".died"), $"person '{p.Id}' died ({d:yyyy-MM-dd}) before being born ({b:yyyy-MM-dd})");
                _people.Add((new Person(p.Id!, p.Name!, Names(path, at.Field(".aliases"), p.Aliases), born, died)
                {
                    Spellings = Names(path, at.Field(".spellings"), p.Spellings),
                }, path, at));
            });
            Each(dto.Offices, "offices", _offices, (o, at) =>
            {
                if (Required(path, at, "id", o.Id) && Required(path, at, "title", o.Title))
                    _offices.Add((new Office(o.Id!, o.Title!, Names(path, at.Field(".aliases"), o.Aliases), o.Country), path, at));
            });
            Each(dto.Terms, "terms", _terms, (t, at) =>
            {
                if (!Required(path, at, "person", t.Person) || !Required(path, at, "office", t.Office) || !Required(path, at, "start", t.Start)) return;
                var start = ParseDate(path, at.Field(".start"), t.Start);
                var end = ParseDate(path, at.Field(".end"), t.End);
                if (start is null) return;
                if (end is { } e && e < start) Error(path, at.Field(".end"), $"term of '{t.Person}' as '{t.Office}' ends ({e:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
                if (t.StartPrecision is not (null or "day" or "month" or "year")) Error(path, at.Field(".startPrecision"), $"startPrecision '{t.StartPrecision}' must be day, month or year");
                _terms.Add((new Term(t.Person!, t.Office!, start.Value, end, t.StartPrecision), path, at));
            });
            Each(dto.Agreements, "agreements", _agreements, (a, at) =>
            {
                if (!Required(path, at, "id", a.Id) || !Required(path, at, "name", a.Name) || !Required(path, at, "signed", a.Signed)) return;
                var signed = ParseDate(path, at.Field(".signed"), a.Signed);
                var inForce = ParseDate(path, at.Field(".inForce"), a.InForce);
                var events = new List<AgreementEvent>();
                for (var i = 0; i < (a.Events?.Count ?? 0); i++)
                {
                    var ev = a.Events![i];
                    var evAt = new At($"{at}.events[{i}]");
                    if (!Required(path, evAt, "what", ev.What) || !Required(path, evAt, "date", ev.Date)) continue;
                    if (ev.Kind is not (null or "exit")) { Error(path, evAt.Field(".kind"), $"kind '{ev.Kind}' must be exit, or left out"); continue; }
                    if (ParseDate(path, evAt.Field(".date"), ev.Date) is { } date) events.Add(new AgreementEvent(ev.What!, date, ev.Party, ev.Kind));
                }
                if (signed is { } s) _agreements.Add((new Agreement(a.Id!, a.Name!, Names(path, at.Field(".aliases"), a.Aliases), s, inForce, a.Place, Names(path, at.Field(".parties"), a.Parties), events)
                {
                    Keywords = Names(path, at.Field(".keywords"), a.Keywords),
                }, path, at));
            });
            Each(dto.Events, "events", _events, (e, at) =>
            {
                if (!Required(path, at, "id", e.Id) || !Required(path, at, "name", e.Name)) return;
                var date = ParseDate(path, at.Field(".date"), e.Date);
                var start = ParseDate(path, at.Field(".start"), e.Start);
                var end = ParseDate(path, at.Field(".end"), e.End);
                if (e.Date is null && e.Start is null) Error(path, at, $"event '{e.Id}' needs a \"date\" or a \"start\"");
                if (start is { } s && end is { } en && en < s) Error(path, at.Field(".end"), $"event '{e.Id}' ends before it starts");
                var also = new List<DateOnly>();
                for (var i = 0; i < (e.AlsoDated?.Count ?? 0); i++)
                {
                    if (ParseDate(path, at.Field(".alsoDated", i), e.AlsoDated![i]) is { } d) also.Add(d);
                }
                _events.Add((new Event(e.Id!, e.Name!, Names(path, at.Field(".aliases"), e.Aliases), date, start, end, e.Place, e.Note, also), path, at));
            });
        }

        public ReferenceSet Build()
        {
            // With a file unreadable, "unknown person" errors would only echo it.
            if (_unreadable) throw new InputErrorsException(_errors);
            // Each id once, in the order first defined; a later definition is a duplicate-id error.
            var countries = Unique(_countries, c => c.Id, "country");
            var people = Unique(_people, p => p.Id, "person");
            var offices = Unique(_offices, o => o.Id, "office");
            var agreements = Unique(_agreements, a => a.Id, "agreement");
            var events = Unique(_events, e => e.Id, "event");

            foreach (var (office, path, at) in _offices)
            {
                if (office.Country is { } c && !countries.ContainsKey(c))
                    Error(path, at.Field(".country"), $"office '{office.Id}' names unknown country '{c}'; add it to \"countries\" or fix the id");
            }
            foreach (var (term, path, at) in _terms)
            {
                if (!people.TryGetValue(term.Person, out var person))
                {
                    Error(path, at.Field(".person"), $"term names unknown person '{term.Person}'; add the person to \"people\" or fix the id");
                }
                else if (person.Died is { } died && term.Start > died)
                {
                    Error(path, at.Field(".start"), $"term of '{term.Person}' starts after the person's death ({died:yyyy-MM-dd})");
                }
                if (!offices.ContainsKey(term.Office))
                    Error(path, at.Field(".office"), $"term names unknown office '{term.Office}'; add the office to \"offices\" or fix the id");
            }

            if (_errors.Count > 0) throw new InputErrorsException(_errors);
            var terms = new Term[_terms.Count];
            for (var i = 0; i < terms.Length; i++) terms[i] = _terms[i].Value;
            // The set takes these dictionaries as they are: at a million people, building them again costs a second.
            return new ReferenceSet(_asOf, countries, people, offices, terms, agreements.Values, events.Values);
        }

        /// <summary>Each id's first entry, in the order defined; a later one with the same id is a duplicate-id error.</summary>
        private Dictionary<string, T> Unique<T>(List<(T Value, string Path, At At)> items, Func<T, string> id, string kind)
        {
            var first = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
            foreach (var item in items)
            {
                var key = id(item.Value);
                if (!first.TryAdd(key, item.Value))
                {
                    // Only for the message: where the first one was.
                    var earlier = items.Find(e => id(e.Value) == key);
                    var (line, _) = Locator(earlier.Path).Find(earlier.At.ToString());
                    Error(item.Path, item.At.Field(".id"), $"duplicate {kind} id '{key}' (first defined in {earlier.Path}, line {line})");
                }
            }
            return first;
        }

        private static void Each<T, TValue>(List<T>? items, string section, List<(TValue Value, string Path, At At)> into, Action<T, At> action)
        {
            if (items is null) return;
            into.EnsureCapacity(into.Count + items.Count);
            for (var i = 0; i < items.Count; i++) action(items[i], new At(section, i));
        }

        private static readonly string[] NoNames = [];

        /// <summary>A list of names, each present and not blank; a null or empty entry is an error.</summary>
        private IReadOnlyList<string> Names(string path, At at, List<string>? names)
        {
            if (names is null || names.Count == 0) return NoNames;
            // Most lists are fine as they are: kept, not copied (a million people have millions of names).
            if (!names.Exists(string.IsNullOrWhiteSpace)) return names;
            var result = new List<string>();
            for (var i = 0; i < names.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(names[i])) Error(path, at.Item(i), "an empty name; remove the entry or fill it in");
                else result.Add(names[i]);
            }
            return result;
        }

        private bool Required(string path, At at, string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) return true;
            Error(path, at, $"missing \"{field}\"");
            return false;
        }

        private DateOnly? ParseDate(string path, At at, string? value)
        {
            if (value is null) return null;
            if (IsoDate(value) is { } iso) return iso;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Error(path, at, $"'{value}' is not a date; write it as YYYY-MM-DD");
            return null;
        }

        private void Error(string path, At where, string message)
        {
            var at = where.ToString();
            var (line, column) = _json.ContainsKey(path) ? Locator(path).Find(at) : (0, 0);
            _errors.Add(new InputException(path, at.Length > 0 ? $"{at}: {message}" : message, line, column));
        }
    }

    /// <summary>
    /// A valid "YYYY-MM-DD" read directly: what DateOnly.TryParseExact with that format accepts, at a fraction of its
    /// cost (a million people's dates). Anything else is left to TryParseExact, which also makes the error message.
    /// </summary>
    internal static DateOnly? IsoDate(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-') return null;
        int Digits(int at, int count)
        {
            var n = 0;
            for (var i = at; i < at + count; i++)
            {
                var d = value[i] - '0';
                if ((uint)d > 9) return -1;
                n = n * 10 + d;
            }
            return n;
        }
        var (year, month, day) = (Digits(0, 4), Digits(5, 2), Digits(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
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
