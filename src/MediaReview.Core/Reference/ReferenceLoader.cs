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
        return Load(files.Select(f => (f, JsonErrors.ReadFile(f))));
    }

    public ReferenceSet Load(IEnumerable<(string Path, ReadOnlyMemory<byte> Json)> files)
    {
        var builder = new Builder();
        foreach (var (path, json) in files) builder.Add(path, json);
        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly List<InputException> _errors = [];
        private readonly List<(Country Value, string Path, string At)> _countries = [];
        private readonly List<(Person Value, string Path, string At)> _people = [];
        private readonly List<(Office Value, string Path, string At)> _offices = [];
        private readonly List<(Term Value, string Path, string At)> _terms = [];
        private readonly List<(Agreement Value, string Path, string At)> _agreements = [];
        private readonly List<(Event Value, string Path, string At)> _events = [];
        // Each file's JSON, for finding a problem's line and column: the locator is built only when there is a problem.
        private readonly Dictionary<string, ReadOnlyMemory<byte>> _json = [];
        private readonly Dictionary<string, JsonLocator> _locators = [];

        private JsonLocator Locator(string path) =>
            _locators.TryGetValue(path, out var locator) ? locator : _locators[path] = JsonLocator.Create(_json[path].Span);
        private DateOnly? _asOf;
        private bool _unreadable;

        public void Add(string path, ReadOnlyMemory<byte> file)
        {
            var json = JsonErrors.WithoutBom(file.Span);
            ReferenceFileDto? dto;
            try
            {
                dto = JsonSerializer.Deserialize(json, ReferenceJsonContext.Default.ReferenceFileDto);
            }
            catch (JsonException e)
            {
                _errors.Add(JsonErrors.ToInputException(path, e, json));
                _unreadable = true;
                return;
            }
            if (dto is null)
            {
                _errors.Add(new InputException(path, "expected a JSON object with sections such as \"people\", \"offices\", \"terms\""));
                return;
            }
            _json[path] = file[(file.Length - json.Length)..];

            if (dto.AsOf is not null)
            {
                var asOf = ParseDate(path, "asOf", dto.AsOf);
                if (asOf is { } a)
                {
                    if (_asOf is { } existing && existing != a) Error(path, "asOf", $"asOf {a:yyyy-MM-dd} disagrees with {existing:yyyy-MM-dd} given in another file");
                    _asOf = a;
                }
            }

            Each(dto.Countries, "countries", (c, at) =>
            {
                if (Required(path, at, "id", c.Id) && Required(path, at, "name", c.Name))
                    _countries.Add((new Country(c.Id!, c.Name!, Names(path, at + ".aliases", c.Aliases)), path, at));
            });
            Each(dto.People, "people", (p, at) =>
            {
                if (!Required(path, at, "id", p.Id) || !Required(path, at, "name", p.Name)) return;
                var born = ParseDate(path, at + ".born", p.Born);
                var died = ParseDate(path, at + ".died", p.Died);
                if (born is { } b && died is { } d && d < b) Error(path, at + ".died", $"person '{p.Id}' died ({d:yyyy-MM-dd}) before being born ({b:yyyy-MM-dd})");
                _people.Add((new Person(p.Id!, p.Name!, Names(path, at + ".aliases", p.Aliases), born, died)
                {
                    Spellings = Names(path, at + ".spellings", p.Spellings),
                }, path, at));
            });
            Each(dto.Offices, "offices", (o, at) =>
            {
                if (Required(path, at, "id", o.Id) && Required(path, at, "title", o.Title))
                    _offices.Add((new Office(o.Id!, o.Title!, Names(path, at + ".aliases", o.Aliases), o.Country), path, at));
            });
            Each(dto.Terms, "terms", (t, at) =>
            {
                if (!Required(path, at, "person", t.Person) || !Required(path, at, "office", t.Office) || !Required(path, at, "start", t.Start)) return;
                var start = ParseDate(path, at + ".start", t.Start);
                var end = ParseDate(path, at + ".end", t.End);
                if (start is null) return;
                if (end is { } e && e < start) Error(path, at + ".end", $"term of '{t.Person}' as '{t.Office}' ends ({e:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
                if (t.StartPrecision is not (null or "day" or "month" or "year")) Error(path, at + ".startPrecision", $"startPrecision '{t.StartPrecision}' must be day, month or year");
                _terms.Add((new Term(t.Person!, t.Office!, start.Value, end, t.StartPrecision), path, at));
            });
            Each(dto.Agreements, "agreements", (a, at) =>
            {
                if (!Required(path, at, "id", a.Id) || !Required(path, at, "name", a.Name) || !Required(path, at, "signed", a.Signed)) return;
                var signed = ParseDate(path, at + ".signed", a.Signed);
                var inForce = ParseDate(path, at + ".inForce", a.InForce);
                var events = new List<AgreementEvent>();
                for (var i = 0; i < (a.Events?.Count ?? 0); i++)
                {
                    var ev = a.Events![i];
                    var evAt = $"{at}.events[{i}]";
                    if (!Required(path, evAt, "what", ev.What) || !Required(path, evAt, "date", ev.Date)) continue;
                    if (ev.Kind is not (null or "exit")) { Error(path, evAt + ".kind", $"kind '{ev.Kind}' must be exit, or left out"); continue; }
                    if (ParseDate(path, evAt + ".date", ev.Date) is { } date) events.Add(new AgreementEvent(ev.What!, date, ev.Party, ev.Kind));
                }
                if (signed is { } s) _agreements.Add((new Agreement(a.Id!, a.Name!, Names(path, at + ".aliases", a.Aliases), s, inForce, a.Place, Names(path, at + ".parties", a.Parties), events)
                {
                    Keywords = Names(path, at + ".keywords", a.Keywords),
                }, path, at));
            });
            Each(dto.Events, "events", (e, at) =>
            {
                if (!Required(path, at, "id", e.Id) || !Required(path, at, "name", e.Name)) return;
                var date = ParseDate(path, at + ".date", e.Date);
                var start = ParseDate(path, at + ".start", e.Start);
                var end = ParseDate(path, at + ".end", e.End);
                if (e.Date is null && e.Start is null) Error(path, at, $"event '{e.Id}' needs a \"date\" or a \"start\"");
                if (start is { } s && end is { } en && en < s) Error(path, at + ".end", $"event '{e.Id}' ends before it starts");
                var also = new List<DateOnly>();
                for (var i = 0; i < (e.AlsoDated?.Count ?? 0); i++)
                {
                    if (ParseDate(path, $"{at}.alsoDated[{i}]", e.AlsoDated![i]) is { } d) also.Add(d);
                }
                _events.Add((new Event(e.Id!, e.Name!, Names(path, at + ".aliases", e.Aliases), date, start, end, e.Place, e.Note, also), path, at));
            });
        }

        public ReferenceSet Build()
        {
            // With a file unreadable, "unknown person" errors would only echo it.
            if (_unreadable) throw new InputErrorsException(_errors);
            Unique(_countries, c => c.Id, "country");
            Unique(_people, p => p.Id, "person");
            Unique(_offices, o => o.Id, "office");
            Unique(_agreements, a => a.Id, "agreement");
            Unique(_events, e => e.Id, "event");

            var countryIds = _countries.Select(c => c.Value.Id).ToHashSet(StringComparer.Ordinal);
            var people = _people.GroupBy(p => p.Value.Id).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            var officeIds = _offices.Select(o => o.Value.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var (office, path, at) in _offices)
            {
                if (office.Country is { } c && !countryIds.Contains(c))
                    Error(path, at + ".country", $"office '{office.Id}' names unknown country '{c}'; add it to \"countries\" or fix the id");
            }
            foreach (var (term, path, at) in _terms)
            {
                if (!people.TryGetValue(term.Person, out var person))
                {
                    Error(path, at + ".person", $"term names unknown person '{term.Person}'; add the person to \"people\" or fix the id");
                }
                else if (person.Died is { } died && term.Start > died)
                {
                    Error(path, at + ".start", $"term of '{term.Person}' starts after the person's death ({died:yyyy-MM-dd})");
                }
                if (!officeIds.Contains(term.Office))
                    Error(path, at + ".office", $"term names unknown office '{term.Office}'; add the office to \"offices\" or fix the id");
            }

            if (_errors.Count > 0) throw new InputErrorsException(_errors);
            return new ReferenceSet(_asOf,
                Distinct(_countries, c => c.Id), people.Values, Distinct(_offices, o => o.Id),
                _terms.Select(t => t.Value), Distinct(_agreements, a => a.Id), Distinct(_events, e => e.Id));
        }

        private static IEnumerable<T> Distinct<T>(List<(T Value, string Path, string At)> items, Func<T, string> id) =>
            items.Select(i => i.Value).DistinctBy(id, StringComparer.Ordinal);

        private void Unique<T>(List<(T Value, string Path, string At)> items, Func<T, string> id, string kind)
        {
            var seen = new Dictionary<string, (string Path, string At)>(StringComparer.Ordinal);
            foreach (var (value, path, at) in items)
            {
                var key = id(value);
                if (seen.TryGetValue(key, out var first))
                {
                    var (line, _) = Locator(first.Path).Find(first.At);
                    Error(path, at + ".id", $"duplicate {kind} id '{key}' (first defined in {first.Path}, line {line})");
                }
                else
                {
                    seen[key] = (path, at);
                }
            }
        }

        private static void Each<T>(List<T>? items, string section, Action<T, string> action)
        {
            if (items is null) return;
            for (var i = 0; i < items.Count; i++) action(items[i], $"{section}[{i}]");
        }

        /// <summary>A list of names, each present and not blank; a null or empty entry is an error.</summary>
        private List<string> Names(string path, string at, List<string>? names)
        {
            var result = new List<string>();
            for (var i = 0; i < (names?.Count ?? 0); i++)
            {
                if (string.IsNullOrWhiteSpace(names![i])) Error(path, $"{at}[{i}]", "an empty name; remove the entry or fill it in");
                else result.Add(names[i]);
            }
            return result;
        }

        private bool Required(string path, string at, string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) return true;
            Error(path, at, $"missing \"{field}\"");
            return false;
        }

        private DateOnly? ParseDate(string path, string at, string? value)
        {
            if (value is null) return null;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Error(path, at, $"'{value}' is not a date; write it as YYYY-MM-DD");
            return null;
        }

        private void Error(string path, string at, string message)
        {
            var (line, column) = _json.ContainsKey(path) ? Locator(path).Find(at) : (0, 0);
            _errors.Add(new InputException(path, at.Length > 0 ? $"{at}: {message}" : message, line, column));
        }
    }
}
