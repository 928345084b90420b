using System.Text.Json;
using MediaReview.Rules;
using NJsonSchema;

namespace MediaReview.Tests.Rules;

/// <summary>rules/rules.schema.json: what an editor's JSON tooling checks as they type.</summary>
public class RuleSchemaTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(Path.Combine(TestEngine.RulesDirectory, "rules.schema.json")));

    [Fact]
    public async Task Shipped_rule_files_reference_and_match_the_schema()
    {
        var schema = await Schema.Value;
        foreach (var file in Directory.GetFiles(TestEngine.RulesDirectory, "*.rules.json"))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.Equal("rules.schema.json", JsonDocument.Parse(text).RootElement.GetProperty("$schema").GetString());
            var errors = schema.Validate(text);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        }
    }

    [Theory]
    [InlineData("\"defaultSeverity\": \"warning\"", "\"defaultSeverity\": \"fatal\"")]
    [InlineData("\"id\": \"MR9001\"", "\"id\": \"MR91\"")]
    [InlineData("\"claim\": \"office\"", "\"claim\": \"offices\"")]
    [InlineData("\"title\": \"t\"", "\"titel\": \"t\"")]
    [InlineData("\"date\": \"2025-02-11\"", "\"date\": \"11 Feb 2025\"")]
    public async Task The_schema_underlines_what_validation_rejects(string from, string to)
    {
        const string rule = """
            {
              "WorkflowName": "Test",
              "Rules": [
                {
                  "RuleName": "MR9001.Test",
                  "Expression": "claim.HasOffice",
                  "Properties": {
                    "id": "MR9001", "title": "t", "messageFormat": "m", "category": "Offices", "defaultSeverity": "warning",
                    "claim": "office", "description": "d", "examples": [ { "date": "2025-02-11", "text": "x" } ]
                  }
                }
              ]
            }
            """;
        var schema = await Schema.Value;
        Assert.Empty(schema.Validate(rule));
        Assert.NotEmpty(schema.Validate(rule.Replace(from, to)));
    }

    [Fact]
    public async Task The_schema_lists_exactly_the_claim_kinds_there_are()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(TestEngine.RulesDirectory, "rules.schema.json"));
        var kinds = JsonDocument.Parse(text).RootElement.GetProperty("definitions").GetProperty("properties").GetProperty("properties")
            .GetProperty("claim").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order().ToList();
        Assert.Equal(ClaimKinds.All.Keys.Order().ToList(), kinds);
    }
}
