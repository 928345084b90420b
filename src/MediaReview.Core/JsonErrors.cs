using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaReview;

internal static partial class JsonErrors
{
    /// <summary>Turns a System.Text.Json exception into a one-line message with the file's line and column.</summary>
    public static InputException ToInputException(string path, JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = ListType().Replace(message, "a list");
        message = ObjectType().Replace(message, "an object");
        message = message.Replace("System.String", "text", StringComparison.Ordinal)
            .Replace("System.Boolean", "true or false", StringComparison.Ordinal)
            .Replace("System.Int32", "a whole number", StringComparison.Ordinal)
            .TrimEnd('.', ' ');
        if (e.Path is { Length: > 1 } jsonPath) message = $"{message} (at {jsonPath})";
        var line = e.LineNumber is { } l ? (int)l + 1 : 0;
        var column = e.BytePositionInLine is { } c ? (int)c + 1 : 0;
        return new InputException(path, $"invalid JSON: {message}", line, column);
    }

    [GeneratedRegex(@"System\.Collections\.Generic\.(?:List|IEnumerable|IList|Dictionary)`\d\[[^\]]*\](?:\])?")]
    private static partial Regex ListType();

    [GeneratedRegex(@"(?:MediaReview|RulesEngine)\.[\w.]+")]
    private static partial Regex ObjectType();
}
