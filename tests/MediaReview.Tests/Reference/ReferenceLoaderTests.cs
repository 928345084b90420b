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

    [Fact]
    public void Strings_read_outside_a_load_are_not_pooled_and_escapes_still_count()
    {
        var json = """{ "people": [ { "id": "caf\u00e9", "name": "A B" } ], "offices": [ { "id": "o", "title": "T" } ], "terms": [ { "person": "café", "office": "o", "start": "2000-01-01" } ] }""";
        var set = new ReferenceLoader().Load([("r.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]);
        Assert.Equal("café", set.TermsOf("café").Single().Person);
        var dto = System.Text.Json.JsonSerializer.Deserialize("""{ "terms": [ { "person": "x", "office": "o" }, { "person": "x", "office": "o" } ] }""", ReferenceJsonContext.Default.ReferenceFileDto)!;
        Assert.NotSame(dto.Terms![0].Person, dto.Terms[1].Person);
    }
}
