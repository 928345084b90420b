using System.Globalization;
using System.Text.Json;

namespace MediaReview.Corpus;

public sealed record Person(string Id, string Name, string[] Aliases, string[] Spellings, DateOnly? Born, DateOnly? Died)
{
    public bool AliveOn(DateOnly day) => Died is null || Died > day;
}

public sealed record Office(string Id, string Title, string[] Aliases, string? Country);

public sealed record Term(string Person, string Office, DateOnly Start, DateOnly? End)
{
    /// <summary>The term covers the whole of [from, to] (an open term runs to the reference set's asOf and beyond).</summary>
    public bool Covers(DateOnly from, DateOnly to) => Start <= from && (End is null || End >= to);

    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);
}

public sealed record Event(string Id, string Name, string[] Aliases, DateOnly? Date, DateOnly? Start, DateOnly? End, string? Place, DateOnly[] AlsoDated);

public sealed record AgreementExit(string What, DateOnly Date, string Party);

public sealed record Agreement(string Id, string Name, string[] Aliases, DateOnly Signed, DateOnly? InForce, string? Place, AgreementExit[] Exits);

/// <summary>
/// The reference set, read straight from its JSON files (every *.json of the folder but *.schema.json), each
/// section sorted by id so that the corpus does not depend on the order of entries in the files.
/// </summary>
public sealed class ReferenceData
{
    public DateOnly AsOf { get; private set; } = new(2025, 6, 30);
    public List<Person> People { get; } = [];
    public List<Office> Offices { get; } = [];
    public List<Term> Terms { get; } = [];
    public List<Event> Events { get; } = [];
    public List<Agreement> Agreements { get; } = [];
    /// <summary>Country id → name.</summary>
    public SortedDictionary<string, string> Countries { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Person> PersonById { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Office> OfficeById { get; } = new(StringComparer.Ordinal);

    public static ReferenceData Load(string directory)
    {
        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidOperationException($"no reference JSON files in {directory}");
        var r = new ReferenceData();
        foreach (var file in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.TryGetProperty("asOf", out var asOf)) r.AsOf = Date(asOf)!.Value;
            foreach (var e in Section(root, "countries")) r.Countries[Str(e, "id")!] = Str(e, "name")!;
            foreach (var e in Section(root, "people"))
                r.People.Add(new Person(Str(e, "id")!, Str(e, "name")!, Strs(e, "aliases"), Strs(e, "spellings"), Date(e, "born"), Date(e, "died")));
            foreach (var e in Section(root, "offices"))
                r.Offices.Add(new Office(Str(e, "id")!, Str(e, "title")!, Strs(e, "aliases"), Str(e, "country")));
            foreach (var e in Section(root, "terms"))
                r.Terms.Add(new Term(Str(e, "person")!, Str(e, "office")!, Date(e, "start")!.Value, Date(e, "end")));
            foreach (var e in Section(root, "events"))
                r.Events.Add(new Event(Str(e, "id")!, Str(e, "name")!, Strs(e, "aliases"), Date(e, "date"), Date(e, "start"), Date(e, "end"), Str(e, "place"),
                    e.TryGetProperty("alsoDated", out var also) ? also.EnumerateArray().Select(a => Date(a)!.Value).ToArray() : []));
            foreach (var e in Section(root, "agreements"))
            {
                var exits = e.TryGetProperty("events", out var evs)
                    ? evs.EnumerateArray().Where(x => Str(x, "kind") == "exit" && Str(x, "party") is not null)
                        .Select(x => new AgreementExit(Str(x, "what")!, Date(x, "date")!.Value, Str(x, "party")!)).ToArray()
                    : [];
                r.Agreements.Add(new Agreement(Str(e, "id")!, Str(e, "name")!, Strs(e, "aliases"), Date(e, "signed")!.Value, Date(e, "inForce"), Str(e, "place"), exits));
            }
        }
        r.People.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        r.Offices.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        r.Events.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        r.Agreements.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        r.Terms.Sort((a, b) => string.CompareOrdinal(a.Person, b.Person) is var c && c != 0 ? c
            : string.CompareOrdinal(a.Office, b.Office) is var d && d != 0 ? d : a.Start.CompareTo(b.Start));
        foreach (var p in r.People) r.PersonById[p.Id] = p;
        foreach (var o in r.Offices) r.OfficeById[o.Id] = o;
        return r;
    }

    private static IEnumerable<JsonElement> Section(JsonElement root, string name) =>
        root.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] Strs(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];

    private static DateOnly? Date(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Date(v) : null;

    private static DateOnly? Date(JsonElement v) =>
        v.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
