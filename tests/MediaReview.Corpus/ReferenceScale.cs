using System.Globalization;
using System.Text.Json;

namespace MediaReview.Corpus;

/// <summary>
/// A reference set at scale, for the performance issue's "1,000,000 people and 2,000,000 terms": the shipped set
/// plus N made-up people (a given name and a numbered surname, an alias, a spelling for one in five, a birth
/// date) with two terms each in the shipped offices, one after the other. Deterministic: same seed, same files.
/// </summary>
public static class ReferenceScale
{
    private static readonly string[] Given = ["Amir", "Sara", "Reza", "Leila", "John", "Maria", "Omar", "Nadia", "Paul", "Elena", "Karim", "Yasmin"];

    public static void Write(string referenceDir, string outDir, int people, ulong seed, TextWriter log)
    {
        Directory.CreateDirectory(outDir);
        foreach (var file in Directory.EnumerateFiles(referenceDir, "*.json")) File.Copy(file, Path.Combine(outDir, Path.GetFileName(file)), overwrite: true);
        var offices = ReferenceData.Load(referenceDir).Offices.Select(o => o.Id).Order(StringComparer.Ordinal).ToArray();
        var rng = new Rng(seed);
        var options = new JsonWriterOptions { Indented = true };
        using (var peopleFile = File.Create(Path.Combine(outDir, "synthetic-people.json")))
        using (var termsFile = File.Create(Path.Combine(outDir, "synthetic-terms.json")))
        using (var p = new Utf8JsonWriter(peopleFile, options))
        using (var t = new Utf8JsonWriter(termsFile, options))
        {
            p.WriteStartObject();
            p.WriteString("$schema", "reference.schema.json");
            p.WriteStartArray("people");
            t.WriteStartObject();
            t.WriteString("$schema", "reference.schema.json");
            t.WriteStartArray("terms");
            for (var i = 0; i < people; i++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{i:D7}");
                var surname = string.Create(CultureInfo.InvariantCulture, $"Synth{i:D7}");
                var given = rng.Pick(Given);
                p.WriteStartObject();
                p.WriteString("id", id);
                p.WriteString("name", $"{given} {surname}");
                p.WriteStartArray("aliases");
                p.WriteStringValue(surname);
                p.WriteEndArray();
                if (i % 5 == 0)
                {
                    p.WriteStartArray("spellings");
                    p.WriteStringValue($"{given} {surname}h");
                    p.WriteEndArray();
                }
                p.WriteString("born", new DateOnly(rng.Range(1930, 1989), rng.Range(1, 12), rng.Range(1, 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                p.WriteEndObject();
                var year = rng.Range(1950, 2014);
                Term(t, id, rng.Pick(offices), new DateOnly(year, 1, rng.Range(1, 9)), new DateOnly(year + 4, 1, 1));
                Term(t, id, rng.Pick(offices), new DateOnly(year + 5, 2, 1), new DateOnly(year + 8, 2, 1));
                if (i % 10_000 == 0) { p.Flush(); t.Flush(); }
            }
            p.WriteEndArray();
            p.WriteEndObject();
            t.WriteEndArray();
            t.WriteEndObject();
        }
        var bytes = Directory.EnumerateFiles(outDir).Sum(f => new FileInfo(f).Length);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outDir}: the shipped reference set and {people:N0} people with {2L * people:N0} terms, {bytes / 1e6:0} MB"));
    }

    private static void Term(Utf8JsonWriter t, string person, string office, DateOnly start, DateOnly end)
    {
        t.WriteStartObject();
        t.WriteString("person", person);
        t.WriteString("office", office);
        t.WriteString("start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        t.WriteString("end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        t.WriteEndObject();
    }
}
