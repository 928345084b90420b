namespace MediaReview.Reference;

public sealed record Country(string Id, string Name, IReadOnlyList<string> Aliases);

/// <param name="Aliases">Other forms in the preferred spelling: honorifics, surnames, fuller or shorter names.</param>
/// <param name="Spellings">Other spellings of the name (transliterations): recognised, and flagged as not preferred.</param>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Aliases, DateOnly? Born, DateOnly? Died)
{
    public IReadOnlyList<string> Spellings { get; init; } = [];

    public bool DiedBy(DateOnly date) => Died is { } d && d <= date;
}

public sealed record Office(string Id, string Title, IReadOnlyList<string> Aliases, string? Country);

/// <summary>A term of office. <see cref="End"/> is null while it runs (as of the reference set's date).</summary>
public sealed record Term(string Person, string Office, DateOnly Start, DateOnly? End, string? StartPrecision)
{
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is not { } end || end >= from);

    public string Describe() => End is { } end ? $"from {Start:yyyy-MM-dd} to {end:yyyy-MM-dd}" : $"since {Start:yyyy-MM-dd}";
}

/// <param name="Kind">"exit" (withdrawal, abrogation, termination), or null for an event kept but not checked.</param>
public sealed record AgreementEvent(string What, DateOnly Date, string? Party, string? Kind = null);

public sealed record Agreement(string Id, string Name, IReadOnlyList<string> Aliases, DateOnly Signed, DateOnly? InForce,
    string? Place, IReadOnlyList<string> Parties, IReadOnlyList<AgreementEvent> Events)
{
    /// <summary>Words one of which must appear in a paragraph for a generic alias ("the nuclear deal") to count there.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

public sealed record Event(string Id, string Name, IReadOnlyList<string> Aliases, DateOnly? Date, DateOnly? Start, DateOnly? End,
    string? Place, string? Note, IReadOnlyList<DateOnly> AlsoDated);
