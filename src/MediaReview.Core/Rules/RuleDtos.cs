using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaReview.Rules;

// The subset of Microsoft RulesEngine's workflow format that MediaReview rule files use.
// Parsed strictly here (unknown fields are errors) so that typos are caught with their line.

internal sealed class WorkflowDto
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string? WorkflowName { get; set; }
    public string? RuleExpressionType { get; set; }
    public List<RuleDto>? Rules { get; set; }
}

internal sealed class RuleDto
{
    public string? RuleName { get; set; }
    public string? Expression { get; set; }
    public string? RuleExpressionType { get; set; }
    public string? SuccessEvent { get; set; }
    public string? ErrorMessage { get; set; }
    public bool? Enabled { get; set; }
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

// Unknown fields are allowed here and reported by RuleSet with their line, so that one typo does not hide a file's other problems.
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(WorkflowDto))]
[JsonSerializable(typeof(List<WorkflowDto>))]
internal sealed partial class RuleJsonContext : JsonSerializerContext;
