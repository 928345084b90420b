using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MediaReview.Text;

namespace MediaReview.Documents;

/// <summary>
/// Markdown via Markdig. Prose is the literal text of paragraphs, headings, list items, quotes and
/// table cells, including link and image text; code (blocks and inline), HTML (blocks, inline and
/// comments), link URLs, autolinks and YAML front matter are not prose.
/// </summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public DocumentKind Kind => DocumentKind.Markdown;

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\A---[ \t]*\r?\n(?:[a-z_][\w-]*:.*\r?\n){0,30}date:[ \t]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UnclosedFrontMatter();

    public ReadResult Read(string path, string text)
    {
        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses pathological nesting (thousands of ">" or "-"); that is the draft's problem, not a crash.
            throw new InputException(path, $"the Markdown cannot be read: {e.Message}");
        }
        // The literal text of paragraphs and headings: the prose, copied into the mask once the walk is done.
        var literals = new List<(int Start, int End)>();

        DateOnly? date = null;
        var regions = new List<TextSpan>();
        // A table row is one region: "| 2019 | Secretary of State Mike Pompeo … |" reads as one line of prose.
        var rows = new Dictionary<TableRow, (int First, int Last)>();
        var frontMatter = false;
        foreach (var block in markdown.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatter = true;
                    date = FrontMatter.ReadDate(path, text, yaml.Span.Start, yaml.Span.End + 1);
                    break;
                case LeafBlock { Inline: not null } leaf when leaf is ParagraphBlock or HeadingBlock:
                    var first = int.MaxValue;
                    var last = -1;
                    foreach (var literal in leaf.Inline.Descendants<LiteralInline>())
                    {
                        var span = literal.Span;
                        if (span.IsEmpty || span.Start < 0) continue;
                        var end = Math.Min(span.End + 1, text.Length);
                        if (end > span.Start) literals.Add((span.Start, end));
                        first = Math.Min(first, span.Start);
                        last = Math.Max(last, end);
                    }
                    if (last <= first) break;
                    if (leaf.Parent is TableCell { Parent: TableRow row })
                    {
                        rows[row] = rows.TryGetValue(row, out var r) ? (Math.Min(r.First, first), Math.Max(r.Last, last)) : (first, last);
                    }
                    else
                    {
                        regions.Add(TextSpan.FromBounds(first, last));
                    }
                    break;
            }
        }

        // "---" and "date: …" with no closing "---": front matter the writer meant, which Markdown reads as a rule and prose.
        if (!frontMatter && UnclosedFrontMatter().IsMatch(text))
            throw new InputException(path, "the front matter opened on line 1 is never closed; end it with a line '---'", 1, 1);

        regions.AddRange(rows.Values.Select(r => TextSpan.FromBounds(r.First, r.Last)));
        regions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ReadResult(ProseOf(text, literals), regions, date);
    }

    /// <summary>
    /// The text with every character outside the literals a space, but line breaks kept (<see cref="ProseMask.Blank"/>).
    /// Made in place in the new string, the literals copied in as spans: no character array to copy into a string.
    /// </summary>
    private static string ProseOf(string text, List<(int Start, int End)> literals) =>
        string.Create(text.Length, (text, literals), static (mask, state) =>
        {
            var source = state.text.AsSpan();
            ProseMask.Blank(source, mask);
            foreach (var (start, end) in state.literals) source[start..end].CopyTo(mask[start..]);
        });
}
