namespace MediaReview.Checking;

/// <summary>Roslyn's severity words. Higher is more severe; <see cref="None"/> turns a rule off.</summary>
public enum Severity { None = 0, Silent = 1, Suggestion = 2, Warning = 3, Error = 4 }

public static class Severities
{
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion": severity = Severity.Suggestion; return true;
            case "silent": severity = Severity.Silent; return true;
            case "none": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }

    public static string ToWord(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        Severity.Silent => "silent",
        _ => "none",
    };

    /// <summary>SARIF result level.</summary>
    public static string ToSarifLevel(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };
}
