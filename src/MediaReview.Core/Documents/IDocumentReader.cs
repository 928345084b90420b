using MediaReview.Text;

namespace MediaReview.Documents;

/// <summary>What a reader found in a draft's text.</summary>
/// <param name="Prose">The text with non-prose blanked out (same length as the input).</param>
/// <param name="Regions">Prose blocks; claims never cross from one to another.</param>
/// <param name="FrontMatterDate">The date from front matter, if the format has any.</param>
/// <param name="Parts">Parts of a web page that are not the article (skipped, or checked and marked).</param>
public sealed record ReadResult(string Prose, IReadOnlyList<TextSpan> Regions, DateOnly? FrontMatterDate, IReadOnlyList<PagePart>? Parts = null);

/// <summary>Turns the text of one kind of draft into prose regions. Add one to support a new format.</summary>
public interface IDocumentReader
{
    DocumentKind Kind { get; }

    /// <summary>File extensions this reader handles, with the dot, lower case.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <param name="path">For messages only.</param>
    ReadResult Read(string path, string text);
}
