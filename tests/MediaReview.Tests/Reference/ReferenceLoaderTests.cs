using System.Text;
using MediaReview.Reference;

namespace MediaReview.Tests.Reference;

public class ReferenceLoaderTests
{
    private static InputErrorsException Fails(params (string Path, string Json)[] files) =>
        Assert.Throws<InputErrorsException>(() => new ReferenceLoader().Load(files.Select(f => (f.Path, (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(f.Json)))));

    private const string People = """
        {
          "people": [
            { "id": "a", "name": "Alice Example", "born": "1950-01-01" }
          ],
          "offices": [ { "id": "o", "title": "Mayor" } ]
        }
        """;

    [Fact]
    public void The_default_reference_set_loads_with_every_seed_fact()
    {
        var reference = TestEngine.Reference;
        Assert.Equal(new DateOnly(2025, 6, 30), reference.AsOf);
        Assert.Equal(31, reference.People.Count);
        Assert.Equal(16, reference.Offices.Count);
        Assert.Equal(36, reference.Terms.Count);
        Assert.Equal(9, reference.Agreements.Count);
        Assert.Equal(16, reference.Events.Count);
        Assert.Equal(new DateOnly(2013, 8, 3), reference.TermsOf("rouhani", "president-iran").Single().Start);
    }

    [Fact]
    public void A_term_naming_an_unknown_person_is_an_error_with_file_line_and_entry()
    {
        var e = Fails(("people.json", People), ("terms.json", """
            {
              "terms": [
                { "person": "a", "office": "o", "start": "2000-01-01" },
                { "person": "nobody", "office": "o", "start": "2000-01-01" }
              ]
            }
            """));
        var error = Assert.Single(e.Errors);
        Assert.Equal("terms.json", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Contains("terms[1].person", error.Message);
        Assert.Contains("unknown person 'nobody'", error.Message);
    }

    [Fact]
    public void Malformed_dates_and_duplicate_ids_are_all_reported()
    {
        var e = Fails(("people.json", People), ("more.json", """
            {
              "people": [
                { "id": "a", "name": "Alice Again" },
                { "id": "b", "name": "Bob", "born": "1950-13-01" }
              ]
            }
            """));
        Assert.Equal(2, e.Errors.Count);
        Assert.Contains(e.Errors, x => x.Message.Contains("duplicate person id 'a'") && x.Message.Contains("people.json") && x.Line == 3);
        Assert.Contains(e.Errors, x => x.Message.Contains("'1950-13-01' is not a date") && x.Line == 4);
    }

    [Fact]
    public void Broken_json_and_unknown_fields_name_the_line()
    {
        var broken = Assert.Single(Fails(("a.json", "{\n  \"people\": [\n    { \"id\": \"a\", }\n  \n")).Errors);
        Assert.Equal("a.json", broken.Path);
        Assert.True(broken.Line > 0);
        var typo = Assert.Single(Fails(("b.json", "{\n  \"people\": [\n    { \"id\": \"a\", \"name\": \"A\", \"dide\": \"2000-01-01\" }\n  ]\n}")).Errors);
        Assert.Contains("dide", typo.Message);
        Assert.Equal(3, typo.Line);
    }

    [Fact]
    public void A_term_ending_before_it_starts_is_an_error()
    {
        var e = Fails(("people.json", People), ("t.json", """{ "terms": [ { "person": "a", "office": "o", "start": "2000-01-01", "end": "1999-01-01" } ] }"""));
        Assert.Contains("ends (1999-01-01) before it starts", Assert.Single(e.Errors).Message);
    }
}

public class ReferenceSchemaTests
{
    /// <summary>The schema shipped for editors accepts every file of the default reference set.</summary>
    [Fact]
    public async Task Shipped_reference_files_match_the_shipped_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(TestEngine.ReferenceDirectory, "reference.schema.json"));
        foreach (var file in Directory.GetFiles(TestEngine.ReferenceDirectory, "*.json").Where(f => !f.EndsWith(".schema.json")))
        {
            var errors = schema.Validate(await File.ReadAllTextAsync(file));
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        }
        Assert.NotEmpty(schema.Validate("{ \"people\": [ { \"id\": \"x\", \"born\": \"1950\" } ] }"));
    }
}

/// <summary>The loader's shortcuts for reference sets of millions of entries change nothing a user sees.</summary>
public class ReferenceLoaderAtScaleTests
{
    /// <summary>Every date DateOnly.TryParseExact("yyyy-MM-dd") accepts, the direct reading gives the same; the rest it leaves to TryParseExact.</summary>
    [Fact]
    public void Dates_are_read_as_TryParseExact_reads_them()
    {
        var texts = new List<string> { "", "2024-1-01", "2024-01-1", " 2024-01-01", "2024-01-01 ", "2024/01/01", "20240-1-01", "2024-01-0a", "+024-01-01", "2024-01-01T00" };
        foreach (var year in new[] { "0000", "0001", "1900", "1999", "2000", "2024", "2100", "9999", "-001", "19a9" })
            for (var month = -1; month <= 13; month++)
                for (var day = -1; day <= 32; day++)
                    texts.Add($"{year}-{month:00}-{day:00}");
        var accepted = 0;
        foreach (var text in texts)
        {
            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            var direct = ReferenceLoader.IsoDate(text);
            Assert.True(direct == expected, $"'{text}': read directly as {direct}, by TryParseExact as {expected}");
            if (expected is not null) accepted++;
        }
        Assert.True(accepted > 2000, $"{accepted} valid dates compared");
    }

    [Fact]
    public void A_repeated_id_or_date_is_one_string_and_terms_keep_their_order_within_a_day()
    {
        var json = """
            {
              "people": [ { "id": "a", "name": "Alice Example", "born": "1950-01-01" }, { "id": "b", "name": "Bob Example", "born": "1950-01-01" } ],
              "offices": [ { "id": "o", "title": "Mayor" }, { "id": "p", "title": "Governor" } ],
              "terms": [
                { "person": "b", "office": "o", "start": "2001-01-01" },
                { "person": "a", "office": "p", "start": "2000-01-01", "end": "2001-01-01" },
                { "person": "a", "office": "o", "start": "2000-01-01" },
                { "person": "b", "office": "p", "start": "1999-05-01" }
              ]
            }
            """;
        var set = new ReferenceLoader().Load([("r.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]);
        Assert.Equal(["b/p", "a/p", "a/o", "b/o"], set.Terms.Select(t => $"{t.Person}/{t.Office}"));
        Assert.Same(set.GetPerson("a").Id, set.TermsOf("a")[0].Person);
        Assert.Same(set.TermsOf("a")[0].Person, set.TermsOf("a")[1].Person);
        Assert.Same(set.GetOffice("o").Id, set.TermsOf("a").Single(t => t.Office == "o").Office);
        Assert.Equal(["p", "o"], set.TermsOf("a").Select(t => t.Office));
        Assert.Equal(["b/p", "a/p"], set.TermsOfOffice("p").Select(t => $"{t.Person}/{t.Office}"));
        Assert.Equal(["a/o", "b/o"], set.TermsOfOffice("o").Select(t => $"{t.Person}/{t.Office}"));
        Assert.Empty(set.TermsOfOffice("nothing"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_terms_of_an_office_on_a_day_are_those_running_then(bool indexedInBackground)
    {
        // Random terms, some long, some running, some starting the same day: every day's answer against a plain scan.
        var random = new Random(7);
        var people = Enumerable.Range(0, 40).Select(i => new Person($"p{i}", $"Person {i}", [], null, null)).ToList();
        var offices = new[] { new Office("o", "Mayor", [], null), new Office("q", "Governor", [], null) };
        var terms = Enumerable.Range(0, 400).Select(i =>
        {
            var start = new DateOnly(1990, 1, 1).AddDays(random.Next(0, 12000));
            DateOnly? end = random.Next(10) == 0 ? null : start.AddDays(random.Next(0, random.Next(10) == 0 ? 6000 : 900));
            return new Term($"p{random.Next(40)}", random.Next(3) == 0 ? "q" : "o", start, end, null);
        }).ToList();
        var set = indexedInBackground
            ? new ReferenceSet(null, [], people.ToDictionary(p => p.Id), offices.ToDictionary(o => o.Id), terms.ToArray(), [], [], indexInBackgroundFrom: 0)
            : new ReferenceSet(null, [], people, offices, terms, [], []);
        // A term running since 1990 and still running: every later term starts after it, and none of those may be
        // missed (or wrongly found) because of it.
        Assert.Contains(terms, t => t.End is null && t.Start.Year < 1995);
        // Every 11th day, and the first and last days of terms (a term runs on both).
        var days = Enumerable.Range(0, 1200).Select(n => new DateOnly(1989, 6, 1).AddDays(11 * n))
            .Concat(terms.Select(t => t.Start)).Concat(terms.Select(t => t.End).OfType<DateOnly>());
        foreach (var day in days)
        {
            foreach (var office in new[] { "o", "q", "none" })
            {
                var expected = terms.Where(t => t.Office == office && t.Overlaps(day, day)).ToHashSet();
                var found = set.TermsOfOfficeOn(office, day).ToList();
                Assert.True(expected.SetEquals(found) && found.Count == expected.Count, $"{office} on {day}: {found.Count} found, {expected.Count} expected");
                Assert.Equal(found.Select(t => t.Start).OrderByDescending(d => d), found.Select(t => t.Start));
            }
        }
        foreach (var person in people)
        {
            Assert.Equal(terms.Where(t => t.Person == person.Id).OrderBy(t => t.Start), set.TermsOf(person.Id));
        }
        Assert.Equal(terms.OrderBy(t => t.Start), set.Terms);
        Assert.Equal(terms.Where(t => t.Office == "q").OrderBy(t => t.Start), set.TermsOfOffice("q"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_persons_terms_listed_together_come_out_in_start_order(bool indexedInBackground)
    {
        // As a file lists them: each person's terms one after another, sharing the person's id string, not in start
        // order, some starting the same day (told apart by their ends, which must keep their listed order).
        var random = new Random(11);
        var ids = Enumerable.Range(0, 30).Select(i => $"p{i}").ToArray();
        var terms = ids.SelectMany(id => Enumerable.Range(0, random.Next(1, 7)).Select(k =>
        {
            var start = new DateOnly(2000 + random.Next(0, 3), 1, 1 + random.Next(0, 3));
            return new Term(id, k % 2 == 0 ? "o" : "q", start, start.AddDays(10 + k), null);
        })).ToArray();
        Assert.Contains(ids, id => terms.Where(t => t.Person == id).GroupBy(t => t.Start).Any(g => g.Count() > 1));
        var set = new ReferenceSet(null, [], ids.ToDictionary(id => id, id => new Person(id, $"Person {id}", [], null, null)),
            new[] { new Office("o", "Mayor", [], null), new Office("q", "Governor", [], null) }.ToDictionary(o => o.Id), terms, [], [],
            indexInBackgroundFrom: indexedInBackground ? 0 : int.MaxValue);
        foreach (var id in ids) Assert.Equal(terms.Where(t => t.Person == id).OrderBy(t => t.Start), set.TermsOf(id));
        Assert.Equal(terms.OrderBy(t => t.Start), set.Terms);
        Assert.Equal(terms.Where(t => t.Office == "o").OrderBy(t => t.Start), set.TermsOfOffice("o"));
        Assert.Empty(set.TermsOf("nobody"));
    }

    [Fact]
    public void An_office_the_set_does_not_define_still_has_its_terms_on_a_day()
    {
        // The public constructor does not check that every term's office is defined (the loader does).
        var day = new DateOnly(2020, 1, 1);
        var set = new ReferenceSet(null, [], [new Person("p", "P Q", [], null, null)], [], [new Term("p", "o", day, null, null)], [], []);
        Assert.Equal("p", Assert.Single(set.TermsOfOfficeOn("o", day)).Person);
    }

    [Fact]
    public void Strings_read_outside_a_load_are_not_pooled_and_escapes_still_count()
    {
        var json = """{ "people": [ { "id": "caf\u00e9", "name": "A B" } ], "offices": [ { "id": "o", "title": "T" } ], "terms": [ { "person": "café", "office": "o", "start": "2000-01-01" } ] }""";
        var set = new ReferenceLoader().Load([("r.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]);
        Assert.Equal("café", set.TermsOf("café").Single().Person);
        var dto = System.Text.Json.JsonSerializer.Deserialize("""{ "terms": [ { "person": "x", "office": "o" }, { "person": "x", "office": "o" } ] }""", ReferenceJsonContext.Default.ReferenceFileDto)!;
        Assert.NotSame(dto.Terms![0]!.Person, dto.Terms[1]!.Person);
    }
}

/// <summary>
/// Reference files are read straight into entries by a Utf8JsonReader (the direct reader), and through
/// System.Text.Json's DTOs when the direct reader gives up. Both must give the same set and the same errors.
/// </summary>
public sealed class DirectReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mediareview-reference-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ReferenceLoader Direct() => new();
    private static ReferenceLoader ThroughDtos() => new() { UseDirectReader = false };

    private static string Dump(ReferenceSet set) => System.Text.Json.JsonSerializer.Serialize(new
    {
        set.AsOf, set.Countries, People = set.People.Select(p => new { p, p.Spellings }), set.Offices, set.Terms,
        Agreements = set.Agreements.Select(a => new { a, a.Keywords }), set.Events,
    });

    private static string Errors(Action load)
    {
        var e = Assert.Throws<InputErrorsException>(load);
        return string.Join("\n", e.Errors.Select(x => x.Describe()));
    }

    /// <summary>
    /// Several hundred kilobytes, so that entries, names and one long description run across the reader's 64 KB
    /// blocks: escapes, comments, trailing commas, nulls, a byte order mark, names in several scripts.
    /// </summary>
    private static string LargeFile(int people)
    {
        var b = new StringBuilder();
        b.Append('\uFEFF').Append("{\n  \"$schema\": \"reference.schema.json\",\n  \"asOf\": \"2025-06-30\",\n");
        b.Append("  \"description\": \"").Append(string.Concat(Enumerable.Repeat("A long description with \\\"quotes\\\" and \\u00e9. ", 3000))).Append("\",\n");
        b.Append("  // countries first\n  \"countries\": [ { \"id\": \"xland\", \"name\": \"Xland\", \"aliases\": [\"Xlandic\"] } ],\n");
        b.Append("  \"people\": [\n");
        for (var i = 0; i < people; i++)
        {
            b.Append($"    {{ \"id\": \"p{i}\", \"name\": \"{(i % 3 == 0 ? "José " : i % 3 == 1 ? "Ali\\u0020" : "Мария ")}Example{i}\"");
            if (i % 4 != 0) b.Append($", \"aliases\": [\"Example{i}\", \"J. Example{i}\"]");
            if (i % 4 == 1) b.Append(", \"spellings\": null");
            else if (i % 5 == 0) b.Append($", \"spellings\": [\"Exampel{i}\"]");
            if (i % 7 != 0) b.Append($", \"born\": \"19{10 + i % 80:00}-0{1 + i % 9}-1{i % 10}\"");
            if (i % 11 == 0) b.Append(", \"died\": \"2020-02-29\"");
            else if (i % 13 == 0) b.Append(", \"died\": null");
            b.Append(i % 17 == 0 ? " }, /* a comment */\n" : " },\n");
        }
        // One person with names longer than a block.
        b.Append("    { \"name\": \"Long Names\", \"id\": \"long\", \"aliases\": [")
            .Append(string.Join(", ", Enumerable.Range(0, 5000).Select(n => $"\"Alias Number{n}\""))).Append("] },\n  ],\n");
        b.Append("  \"offices\": [ { \"id\": \"mayor\", \"title\": \"Mayor\", \"country\": \"xland\", \"aliases\": null }, { \"id\": \"gov\", \"title\": \"Governor\" } ],\n");
        b.Append("  \"terms\": [\n");
        for (var i = 0; i < people; i++)
        {
            var died = i % 11 == 0;
            b.Append($"    {{ \"person\": \"p{i}\", \"office\": \"{(i % 2 == 0 ? "mayor" : "gov")}\", \"start\": \"{(died ? 2000 : 1990 + i % 30)}-01-0{1 + i % 9}\"");
            if (i % 3 == 0) b.Append($", \"end\": \"{(died ? 2004 : 2021 + i % 3)}-12-31\"");
            if (i % 6 == 0) b.Append(", \"startPrecision\": \"year\"");
            if (i % 6 == 1) b.Append(", \"end\": null");
            b.Append(" },\n");
        }
        b.Append("  ],\n");
        b.Append("  \"agreements\": [ { \"id\": \"pact\", \"name\": \"The Pact\", \"signed\": \"2001-05-01\", \"keywords\": [\"pact\"], \"events\": [ { \"what\": \"exit\", \"kind\": \"exit\", \"date\": \"2010-01-01\", \"party\": \"xland\" } ] } ],\n");
        b.Append("  \"events\": [ { \"id\": \"summit\", \"name\": \"The Summit\", \"start\": \"2019-03-01\", \"end\": \"2019-03-02\", \"alsoDated\": [\"2019-03-03\"] } ]\n}\n");
        return b.ToString();
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void A_large_file_read_in_blocks_gives_the_set_the_dtos_give()
    {
        Write("big.json", LargeFile(3000));
        Assert.True(new FileInfo(Path.Combine(_dir, "big.json")).Length > 600_000);
        var direct = Direct();
        var set = direct.LoadDirectory(_dir);
        Assert.Equal(1, direct.FilesReadDirectly);
        Assert.Equal(3001, set.People.Count);
        Assert.Equal(5000, set.GetPerson("long").Aliases.Count);
        Assert.Equal("José Example0", set.GetPerson("p0").Name);
        Assert.Equal("Ali Example1", set.GetPerson("p1").Name);
        Assert.Equal(Dump(ThroughDtos().LoadDirectory(_dir)), Dump(set));
    }

    [Fact]
    public void The_default_reference_set_reads_directly_and_as_the_dtos_read_it()
    {
        var direct = Direct();
        var set = direct.LoadDirectory(TestEngine.ReferenceDirectory);
        Assert.Equal(Directory.GetFiles(TestEngine.ReferenceDirectory, "*.json").Count(f => !f.EndsWith(".schema.json")), direct.FilesReadDirectly);
        Assert.Equal(Dump(ThroughDtos().LoadDirectory(TestEngine.ReferenceDirectory)), Dump(set));
    }

    [Fact]
    public void Entries_the_direct_reader_reads_are_checked_as_the_dtos_are_with_the_same_lines_and_columns()
    {
        // Each problem here is in valid JSON of the right shape, so the direct reader reads on and reports it.
        var big = LargeFile(1500);
        Write("a.json", big
            .Replace("\"born\": \"1911-02-11\"", "\"born\": \"1911-02-30\"")
            .Replace("\"name\": \"José Example9\"", "\"name\": \" \"")
            .Replace("\"aliases\": [\"Example10\", ", "\"aliases\": [\"\", ")
            .Replace("\"start\": \"2000-01-07\", \"end\": \"2004-12-31\"", "\"start\": \"2000-01-07\", \"end\": \"1999-01-01\"")
            .Replace("\"startPrecision\": \"year\" }", "\"startPrecision\": \"decade\" }")
            .Replace("\"person\": \"p7\"", "\"person\": \"nobody\""));
        Write("b.json", """{ "asOf": "2025-07-01", "people": [ { "id": "p5", "name": "Again" } ] }""");
        var direct = Direct();
        var errors = Errors(() => direct.LoadDirectory(_dir));
        Assert.Equal(2, direct.FilesReadDirectly);
        Assert.Equal(Errors(() => ThroughDtos().LoadDirectory(_dir)), errors);
        foreach (var expected in new[] { "'1911-02-30' is not a date", "missing \"name\"", "an empty name", "before it starts", "startPrecision 'decade'", "unknown person 'nobody'", "asOf 2025-07-01 disagrees", "duplicate person id 'p5'" })
            Assert.True(errors.Contains(expected), $"{expected} not in:\n{errors}");
        Assert.Matches(@"a\.json\(\d+,\d+\): people\[\d+\]\.born: '1911-02-30'", errors);
    }

    [Theory]
    [InlineData("""{ "people": [ { "id": "a", "name": "A", "nickname": "x" } ] }""")]
    [InlineData("""{ "people": [ { "id": "a", "name": "A", "name": "B" } ] }""")]
    [InlineData("""{ "people": [ { "id": 7, "name": "A" } ] }""")]
    [InlineData("""{ "people": [ { "id": "a", "name": "A", "aliases": "A" } ] }""")]
    [InlineData("""{ "people": [ null, { "id": "a", "name": "A" } ] }""")]
    [InlineData("""{ "terms": [ { "person": "a", "office": "o", "start": "2000-01-01" } ], "people": [ { "id": "a", "name": "A" } ] }""")]
    [InlineData("""{ "people": [ { "id": "a", "name": "A" } ], "people": [ { "id": "b", "name": "B" } ] }""")]
    [InlineData("""{ "people": [ { "id": "a", "name": "A" } ] } trailing""")]
    [InlineData("""{ "people": [ { "id": "a", "name": "A" } ]""")]
    [InlineData("""[ { "id": "a", "name": "A" } ]""")]
    [InlineData("""null""")]
    [InlineData("""{ "description": "\ud800", "people": [ { "id": "a", "name": "A" } ] }""")]
    [InlineData("""{ "agreements": [ { "id": "x", "name": "X", "signed": "2001-01-01", "events": [ null ] } ] }""")]
    public void A_file_the_direct_reader_gives_up_on_gets_the_dtos_answer(string json)
    {
        Write("x.json", json);
        string Outcome(ReferenceLoader loader)
        {
            try { return Dump(loader.LoadDirectory(_dir)); }
            catch (InputErrorsException e) { return string.Join("\n", e.Errors.Select(x => x.Describe())); }
        }
        var direct = Direct();
        var outcome = Outcome(direct);
        Assert.Equal(Outcome(ThroughDtos()), outcome);
        // The agreements' null event is read (System.Text.Json reads that section) and reported; the rest fall back.
        Assert.Equal(json.Contains("agreements") ? 1 : 0, direct.FilesReadDirectly);
    }

    [Fact]
    public void Files_read_on_several_threads_give_the_set_one_thread_gives_and_share_their_ids()
    {
        var big = LargeFile(2000);
        var people = big[..big.IndexOf("  \"offices\"", StringComparison.Ordinal)] + "  \"events\": []\n}";
        var rest = "{\n" + big[big.IndexOf("  \"offices\"", StringComparison.Ordinal)..];
        Write("a-people.json", people);
        Write("b-rest.json", rest);
        Write("c-more.json", """{ "people": [ { "id": "extra", "name": "Extra Person" } ], "terms": [ { "person": "p3", "office": "gov", "start": "2024-01-01" } ] }""");
        var parallel = new ReferenceLoader { ReadInParallelFrom = 0 }.LoadDirectory(_dir);
        var sequential = new ReferenceLoader { ReadInParallelFrom = long.MaxValue }.LoadDirectory(_dir);
        Assert.Equal(Dump(sequential), Dump(parallel));
        Assert.Equal(2002, parallel.People.Count);
        // A term read on one thread holds the very id string of its person, read on another.
        foreach (var set in new[] { parallel, sequential })
        {
            Assert.All(set.TermsOf("p3"), t => Assert.Same(set.GetPerson("p3").Id, t.Person));
            Assert.All(set.TermsOf("p4"), t => Assert.Same(set.GetOffice(t.Office).Id, t.Office));
        }
        // Problems in several files are reported together, in file order, whichever thread read them.
        Write("b-rest.json", rest.Replace("\"person\": \"p7\"", "\"person\": \"nobody\""));
        Write("d-broken.json", "{ \"people\": [ ");
        Assert.Equal(Errors(() => new ReferenceLoader { ReadInParallelFrom = long.MaxValue }.LoadDirectory(_dir)),
            Errors(() => new ReferenceLoader { ReadInParallelFrom = 0 }.LoadDirectory(_dir)));
    }

    [Fact]
    public void A_null_entry_is_an_error_not_a_crash()
    {
        Write("x.json", """{ "people": [ null ], "terms": [ null ], "agreements": [ { "id": "x", "name": "X", "signed": "2001-01-01", "events": [ null ] } ] }""");
        var e = Assert.Throws<InputErrorsException>(() => Direct().LoadDirectory(_dir));
        Assert.Equal(["people[0]", "terms[0]", "agreements[0].events[0]"], e.Errors.Select(x => x.Message.Split(':')[0]));
        Assert.All(e.Errors, x => Assert.Contains("null where an entry should be", x.Message));
    }
}
