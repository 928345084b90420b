using MediaReview.Text;

namespace MediaReview.Checking;

/// <summary>A diagnostic about a draft: a claim that a rule found to contradict the reference set.</summary>
public sealed record Finding
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }

    /// <summary>The path of the draft as the user named it.</summary>
    public required string Path { get; init; }

    public required TextSpan Span { get; init; }
    public required LinePosition Start { get; init; }

    /// <summary>1-based line and column of the first character after the span.</summary>
    public required LinePosition End { get; init; }

    /// <summary>The flagged text.</summary>
    public required string Text { get; init; }

    /// <summary>How sure MediaReview is that this is a real error, 0–1.</summary>
    public required double Confidence { get; init; }

    /// <summary>Text to replace the span with, when there is an obvious correction.</summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// Set when the span lies on a web page outside the article (related content after it): what that part
    /// is. Such a finding is at most a suggestion: the article is not wrong, the page around it is.
    /// </summary>
    public string? OutsideArticle { get; init; }

    /// <summary>"inSource" when a comment in the draft suppresses the finding; null when it stands.</summary>
    public string? Suppression { get; init; }

    /// <summary>The directive that suppressed it, as written.</summary>
    public string? SuppressionJustification { get; init; }

    public bool IsSuppressed => Suppression is not null;

    /// <summary>The rule's name in its rule file.</summary>
    public required string RuleName { get; init; }
}
