using MediaReview.Text;

namespace MediaReview.Documents;

/// <summary>Plain text: all of it is prose; blank lines separate regions.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public DocumentKind Kind => DocumentKind.PlainText;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ReadResult Read(string path, string text) => new(text, SplitOnBlankLines(text, 0, text.Length), null);

    /// <summary>Splits [start, end) into runs of non-blank lines.</summary>
    internal static List<TextSpan> SplitOnBlankLines(string text, int start, int end)
    {
        var regions = new List<TextSpan>();
        var regionStart = -1;
        var lastNonSpace = -1;
        var lineHasText = false;
        var i = start;
        while (i <= end)
        {
            var atEnd = i == end;
            var c = atEnd ? '\n' : text[i];
            if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
            {
                i++; // CRLF is one line break
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                if (!lineHasText && regionStart >= 0)
                {
                    regions.Add(TextSpan.FromBounds(regionStart, lastNonSpace + 1));
                    regionStart = -1;
                }
                lineHasText = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                if (regionStart < 0) regionStart = i;
                lineHasText = true;
                lastNonSpace = i;
            }
            i++;
        }
        if (regionStart >= 0) regions.Add(TextSpan.FromBounds(regionStart, lastNonSpace + 1));
        return regions;
    }
}
