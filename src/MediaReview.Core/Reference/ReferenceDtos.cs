using System.Text.Json.Serialization;

namespace MediaReview.Reference;

// The on-disk shape of reference files (documented in README.md and rules/reference/reference.schema.json).
// Dates are strings here so that a malformed one can be reported with its entry.

internal sealed class ReferenceFileDto
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string? AsOf { get; set; }
    public string? Description { get; set; }
    public List<CountryDto?>? Countries { get; set; }
    public List<PersonDto?>? People { get; set; }
    public List<OfficeDto?>? Offices { get; set; }
    public List<TermDto?>? Terms { get; set; }
    public List<AgreementDto?>? Agreements { get; set; }
    public List<EventDto?>? Events { get; set; }
}

internal sealed class CountryDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
}

internal sealed class PersonDto
{
    // Ids and dates are read through the load's string pool (PooledStringConverter): each person's id comes back in
    // every term of theirs, and dates repeat.
    [JsonConverter(typeof(PooledStringConverter))] public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public List<string>? Spellings { get; set; }
    [JsonConverter(typeof(PooledStringConverter))] public string? Born { get; set; }
    [JsonConverter(typeof(PooledStringConverter))] public string? Died { get; set; }
}

internal sealed class OfficeDto
{
    [JsonConverter(typeof(PooledStringConverter))] public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Country { get; set; }
}

internal sealed class TermDto
{
    [JsonConverter(typeof(PooledStringConverter))] public string? Person { get; set; }
    [JsonConverter(typeof(PooledStringConverter))] public string? Office { get; set; }
    [JsonConverter(typeof(PooledStringConverter))] public string? Start { get; set; }
    [JsonConverter(typeof(PooledStringConverter))] public string? End { get; set; }
    [JsonConverter(typeof(PooledStringConverter))] public string? StartPrecision { get; set; }
}

internal sealed class AgreementEventDto
{
    public string? What { get; set; }
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public string? Party { get; set; }
}

internal sealed class AgreementDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public List<string>? Keywords { get; set; }
    public string? Signed { get; set; }
    public string? InForce { get; set; }
    public string? Place { get; set; }
    public List<string>? Parties { get; set; }
    public List<AgreementEventDto?>? Events { get; set; }
}

internal sealed class EventDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Place { get; set; }
    public string? Note { get; set; }
    public List<string>? AlsoDated { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ReferenceFileDto))]
// The reader that skips the DTOs hands these two small sections to System.Text.Json as they are.
[JsonSerializable(typeof(List<AgreementDto>))]
[JsonSerializable(typeof(List<EventDto>))]
internal sealed partial class ReferenceJsonContext : JsonSerializerContext;
