using MediaReview.Text;

namespace MediaReview.Documents;

/// <summary>
/// Plain text: all of it is prose, blank lines separate regions. A dump of a web page keeps its page
/// furniture, reader comments and footer out of the prose (see <see cref="PageFurniture"/>).
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public DocumentKind Kind => DocumentKind.PlainText;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ReadResult Read(string path, string text)
    {
        var (prose, parts) = PageFurniture.Analyze(text);
        return new ReadResult(prose, SplitOnBlankLines(prose, 0, prose.Length), null, parts);
    }

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
