using MediaReview.Documents;
using MediaReview.Text;

namespace MediaReview.Reporting;

/// <summary>How the text and HTML reports describe the parts of a page dump that are not the article.</summary>
internal static class PagePartsText
{
    /// <summary>"reader comments (lines 42–89)", …, "4 lines of page furniture": the parts left unchecked.</summary>
    public static List<string> NotChecked(Document d)
    {
        var parts = d.Parts.Where(p => p.Kind == PagePartKind.Skipped && p.Description != PageFurniture.Furniture)
            .Select(p => $"{p.Description} ({Lines(d, p.Span)})").ToList();
        var furniture = d.Parts.Where(p => p.Kind == PagePartKind.Skipped && p.Description == PageFurniture.Furniture)
            .Sum(p => LineRange(d, p.Span) is var (first, last) ? last - first + 1 : 0);
        if (furniture > 0) parts.Add(TextFormatter.Plural(furniture, "line") + " of page furniture");
        return parts;
    }

    /// <summary>"related content after the article (lines 40–60)": the parts checked but marked as outside the article.</summary>
    public static List<string> Outside(Document d) =>
        d.Parts.Where(p => p.Kind == PagePartKind.Outside).Select(p => $"{p.Description} ({Lines(d, p.Span)})").ToList();

    private static string Lines(Document d, TextSpan span)
    {
        var (first, last) = LineRange(d, span);
        return first == last ? $"line {first}" : $"lines {first}\u2013{last}";
    }

    private static (int First, int Last) LineRange(Document d, TextSpan span) =>
        (d.Lines.GetPosition(span.Start).Line, d.Lines.GetPosition(Math.Max(span.Start, span.End - 1)).Line);
}
