namespace MediaReview.Text;

internal static class Whitespace
{
    /// <summary>Runs of white space and line breaks read as single spaces, ends trimmed: how a span reads, whatever its wrapping.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
