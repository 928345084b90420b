namespace MediaReview.Claims;

/// <summary>
/// A mention of a reference person by name, as spelled in the draft: "Sayyid Badr Al Busaidi" gives the
/// name "Badr Al Busaidi". Rules compare it with the preferred spelling and with the draft's earlier mentions.
/// </summary>
public sealed class NameClaim : Claim
{
    public override string Kind => "name";

    /// <summary>Reference id of the person.</summary>
    public required string Person { get; init; }

    /// <summary>The name as written, without honorifics.</summary>
    public required string NameText { get; init; }

    /// <summary>The name uses a spelling the reference set lists as other than preferred.</summary>
    public bool IsVariantSpelling { get; init; }

    /// <summary>The preferred spelling of this form of the name: the full name, or the surname for a surname.</summary>
    public required string Preferred { get; init; }

    /// <summary>An earlier mention of the same person spelled differently ("" when there is none).</summary>
    public string EarlierSpelling { get; init; } = "";

    /// <summary>The line of <see cref="EarlierSpelling"/> (1-based), or 0.</summary>
    public int EarlierLine { get; init; }

    /// <summary>
    /// The name's span holds markup or character references ("[Ebrahim](/raisi) Raeisi", "Roh&lt;b&gt;ani&lt;/b&gt;"):
    /// replacing it with the preferred spelling would break them, so no correction is offered (the message names it).
    /// </summary>
    public bool HasMarkup { get; init; }

    public override string? Correction => IsVariantSpelling && !HasMarkup ? Preferred : null;

    public override bool ChecksChangingFacts => false;
}
