using System.Runtime.CompilerServices;
using MediaReview.Documents;

namespace MediaReview.Claims;

/// <summary>A prose region as tokens, which of them stand in quotation marks, and its sentences.</summary>
internal sealed record ProseBlock(List<Token> Tokens, bool[] Quotes, List<(int From, int To)> Sentences)
{
    /// <summary>Each token's <see cref="WordClass"/>, as a byte.</summary>
    public required List<byte> Classes { get; init; }
}

/// <summary>
/// Each document's regions tokenized once and shared by every extractor (thread-safe; dropped with the document, or
/// by <see cref="Forget"/> once its claims are read).
/// </summary>
internal static class ProseBlocks
{
    private static readonly ConditionalWeakTable<Document, IReadOnlyList<ProseBlock>> Cache = new();

    public static IReadOnlyList<ProseBlock> Of(Document document) => Cache.GetValue(document, Build);

    /// <summary>Drops the document's blocks (made again if asked for).</summary>
    public static void Forget(Document document) => Cache.Remove(document);

    private static IReadOnlyList<ProseBlock> Build(Document document)
    {
        var blocks = new List<ProseBlock>(document.Regions.Count);
        foreach (var region in document.Regions)
        {
            var capacity = Tokenizer.CapacityFor(region.End - region.Start);
            var classes = new List<byte>(capacity);
            var tokens = Tokenizer.Tokenize(document.Prose, region.Start, region.End, new List<Token>(capacity), classes);
            blocks.Add(new ProseBlock(tokens, Sentences.QuoteMask(tokens), Sentences.Split(tokens)) { Classes = classes });
        }
        return blocks;
    }
}
