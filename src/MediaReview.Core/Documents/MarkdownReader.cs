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
        var prose = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            prose[i] = c is '\n' or '\r' ? c : ' ';
        }

        DateOnly? date = null;
        var regions = new List<TextSpan>();
        // A table row is one region: "| 2019 | Secretary of State Mike Pompeo … |" reads as one line of prose.
        var rows = new Dictionary<TableRow, (int First, int Last)>();
        foreach (var block in markdown.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
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
                        for (var i = span.Start; i < end; i++) prose[i] = text[i];
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
        if (!markdown.Descendants<YamlFrontMatterBlock>().Any() && UnclosedFrontMatter().IsMatch(text))
            throw new InputException(path, "the front matter opened on line 1 is never closed; end it with a line '---'", 1, 1);

        regions.AddRange(rows.Values.Select(r => TextSpan.FromBounds(r.First, r.Last)));
        regions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ReadResult(new string(prose), regions, date);
    }
}
