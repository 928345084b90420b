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
