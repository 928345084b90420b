using MediaReview.Checking;

namespace MediaReview.Rules;

/// <summary>A rule's diagnostic metadata, Roslyn style, read from the rule's <c>Properties</c>.</summary>
public sealed record RuleDescriptor
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string MessageFormat { get; init; }
    public required string Category { get; init; }
    public required Severity DefaultSeverity { get; init; }
    public required string Description { get; init; }

    /// <summary>The claim kind the rule checks ("office").</summary>
    public required string ClaimKind { get; init; }

    /// <summary>How to correct the text: "add-former", "remove-qualifier", or null.</summary>
    public string? Fix { get; init; }

    /// <summary>A page that explains the rule, shown in SARIF viewers.</summary>
    public string? HelpUri { get; init; }

    /// <summary>How much a failure of this rule is worth as evidence, 0–1 (default 1).</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>Sentences in markup, each on a date: marked spans must be flagged, unmarked text must stay silent.</summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    /// <summary>The RulesEngine rule name and where it is defined.</summary>
    public required string RuleName { get; init; }
    public required string WorkflowName { get; init; }
    public required string Expression { get; init; }

    /// <summary>
    /// When the rule has something to say about a claim (Properties.appliesWhen), or null for every claim of its kind.
    /// A claim it does not apply to is neither supported nor contradicted by it.
    /// </summary>
    public string? AppliesWhen { get; init; }
    public required string SourcePath { get; init; }
    public int SourceLine { get; init; }

    /// <summary>MR0001, reported when a rule fails to evaluate.</summary>
    public static readonly RuleDescriptor EngineError = new()
    {
        Id = "MR0001",
        Title = "Rule failed to evaluate",
        MessageFormat = "rule {rule} failed to evaluate: {error}",
        Category = "Engine",
        DefaultSeverity = Severity.Error,
        Description = "A rule threw an error while checking a claim. This is a problem with the rule or the engine, not a finding about the draft; the other rules still ran.",
        ClaimKind = "*",
        RuleName = "MR0001.RuleFailedToEvaluate",
        WorkflowName = "",
        Expression = "",
        SourcePath = "",
    };
}
