using System.Text;

namespace MediaReview.Tests.Core;

public class JsonLocatorTests
{
    /// <summary>Entries of top-level arrays, nested objects and arrays, comments, non-ASCII text, one file on one line.</summary>
    public static TheoryData<string> Files => new()
    {
        """
        {
          // a comment
          "asOf": "2025-01-01",
          "people": [
            { "id": "p1", "name": "Ann Lée", "aliases": ["Lée", "A. Lée"], "born": "1960-02-30" },
            { "id": "p2", "name": "Bo Li" }, null, 7,
            [ 1, [2, 3] ]
          ],
          "agreements": [ { "id": "a", "events": [ { "what": "x", "date": "bad" }, { "what": "y" } ] } ],
          "empty": [],
          "nested": { "terms": [ { "person": "p1" } ] }
        }
        """,
        """{"people":[{"id":"p1","name":"Bö Li","aliases":["Li"]},{"id":"p2"}],"terms":[{"person":"p1","office":"o"},{"person":"x"}]}""",
        """[ { "a": 1 }, { "b": [ { "c": 2 } ] } ]""",
        // Broken inside an entry: both stop at the same place, and what came before it is still found.
        """{ "people": [ { "id": "p1", "aliases": ["A", "B"] }, { "id": "p2", "aliases": ["C", """,
        // Names a path cannot be split back into are located up front, as everything else.
        """{ "": [ 0, 1 ], "a.b": [ { "c": 1 } ], "x[1]": [ 2 ], "people": [ { "id": "p" } ] }""",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reading_entries_on_demand_finds_every_value_where_locating_them_all_does(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var all = JsonLocator.Create(bytes);
        var onDemand = JsonLocator.ForEntries(bytes);
        var paths = all.Positions.Select(p => p.Key).ToList();
        Assert.True(paths.Count > 5);
        // Every value, and paths that are not there (found at their nearest parent, or the file's start).
        var missing = new[]
        {
            "people[0].nothing", "people[9]", "people[0].aliases[5]", "terms[1].person.x", "nowhere", "people[x]", "[3]", "people[01]",
            "people[-1]", "people[99999999999]",
        };
        foreach (var path in paths.Concat(missing))
        {
            Assert.True(all.Find(path) == onDemand.Find(path), $"{path}: {all.Find(path)} located up front, {onDemand.Find(path)} on demand");
        }
    }

    [Fact]
    public void A_value_inside_an_entry_is_found_at_its_line_and_column()
    {
        var json = "{\n  \"terms\": [\n    { \"person\": \"a\" },\n    { \"person\": \"b\", \"start\": \"x\" }\n  ]\n}";
        var locator = JsonLocator.ForEntries(Encoding.UTF8.GetBytes(json));
        Assert.Equal((4, 31), locator.Find("terms[1].start"));
        Assert.Equal((4, 5), locator.Find("terms[1]"));
        Assert.Equal((3, 17), locator.Find("terms[0].person"));
    }

    [Fact]
    public void A_section_given_twice_is_located_as_the_last_one_which_the_reader_keeps()
    {
        var json = "{\n  \"terms\": [ { \"person\": \"a\" } ],\n  \"terms\": [\n    { \"person\": \"b\" },\n    { \"person\": \"c\" }\n  ]\n}";
        var locator = JsonLocator.ForEntries(Encoding.UTF8.GetBytes(json));
        Assert.Equal((5, 17), locator.Find("terms[1].person"));
        Assert.Equal((4, 17), locator.Find("terms[0].person"));
    }
}
