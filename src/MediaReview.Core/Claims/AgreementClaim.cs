namespace MediaReview.Claims;

/// <summary>
/// An agreement named with a time or an exit: "the 2016 nuclear deal", "the Algiers Agreement of 1981",
/// "the JCPOA, signed in Vienna in 2014", "the United States withdrew from the JCPOA in 2017".
/// </summary>
public sealed class AgreementClaim : Claim
{
    public override string Kind => "agreement";

    /// <summary>Reference id of the agreement (of several that share the name, the one the stated time fits).</summary>
    public required string Agreement { get; init; }

    /// <summary>The name as written.</summary>
    public required string NameText { get; init; }

    /// <summary>"signed": the time is the agreement's own; "exit": the text reports a party leaving it.</summary>
    public required string What { get; init; }

    /// <summary>The year or date the text gives (for an exit, only when <see cref="HasDate"/>).</summary>
    public DateRange Stated { get; init; }

    public bool HasDate { get; init; }

    /// <summary>The time as written ("2016", "July 14, 2015").</summary>
    public string DateText { get; init; } = "";

    /// <summary>The country the text names as the party that left ("United States"), or "".</summary>
    public string Party { get; init; } = "";

    /// <summary>Named by a generic alias ("the nuclear deal") rather than its own name.</summary>
    public bool Generic { get; init; }

    public bool IsSigning => What == "signed";
    public bool IsExit => What == "exit";

    internal string? CorrectionText { get; init; }

    public override string? Correction => CorrectionText;

    public override bool ChecksChangingFacts => false;
}
