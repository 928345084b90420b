namespace MediaReview.Claims;

/// <summary>Splits tokens into sentences and marks which tokens stand inside quotation marks.</summary>
public static class Sentences
{
    private static readonly WordSet Abbreviations = new(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "Jr", "Sr", "Prof", "Rev",
        "Mt", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "Inc", "Co", "Corp", "Ltd",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Brig", "Adm", "Sgt");

    /// <summary>Sentence ranges [from, to) over the tokens.</summary>
    internal static List<(int From, int To)> Split(List<Token> tokens)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Punct || t.Text[0] is not ('.' or '!' or '?' or '\u2026')) continue;
            if (t.Text[0] == '.' && i > 0 && tokens[i - 1].IsWord && Abbreviations.Contains(tokens[i - 1].Text) && tokens[i - 1].End == t.Start) continue;
            // Closing quotes and brackets belong to the sentence they end.
            var end = i + 1;
            while (end < tokens.Count && tokens[end].Kind == TokenKind.Punct && tokens[end].Text[0] is '"' or '\u201D' or '\u2019' or ')' or ']') end++;
            if (end < tokens.Count && !(tokens[end].IsCapitalized || tokens[end].Kind == TokenKind.Number || tokens[end].Kind == TokenKind.Punct)) continue;
            if (end < tokens.Count && (tokens[end].IsPunct(',') || tokens[end].IsPunct(';'))) continue; // "Fri., April 12": no sentence ends before a comma
            sentences.Add((start, end));
            start = end;
            i = end - 1;
        }
        if (start < tokens.Count) sentences.Add((start, tokens.Count));
        return sentences;
    }

    /// <summary>
    /// The sentence (or sentences) holding the span, in the document's prose with white space collapsed:
    /// what a claim review quotes as the claim. Falls back to the span's own text outside every prose block.
    /// </summary>
    public static string Around(Documents.Document document, Text.TextSpan span)
    {
        for (var r = 0; r < document.Regions.Count; r++)
        {
            var region = document.Regions[r];
            if (span.Start < region.Start || span.Start >= region.End) continue;
            // The region's tokens and sentences as the extractors read them (cached with the document).
            var (tokens, _, sentences) = ProseBlocks.Of(document)[r];
            int from = span.Start, to = span.End;
            foreach (var (first, last) in sentences)
            {
                if (first >= last) continue;
                var (start, end) = (tokens[first].Start, tokens[last - 1].End);
                if (end > span.Start && start < span.End)
                {
                    from = Math.Min(from, start);
                    to = Math.Max(to, end);
                }
            }
            return document.ReadableText(Text.TextSpan.FromBounds(from, Math.Min(to, region.End)));
        }
        return document.ReadableText(span);
    }

    /// <summary>For each token, whether it stands inside “…” or "…".</summary>
    internal static bool[] QuoteMask(List<Token> tokens)
    {
        var mask = new bool[tokens.Count];
        var inCurly = false;
        var inStraight = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct)
            {
                switch (t.Text[0])
                {
                    case '\u201C': inCurly = true; break;
                    case '\u201D': inCurly = false; break;
                    // An inch mark is no quotation mark: 27" wide.
                    case '"' when !(i > 0 && tokens[i - 1].Kind == TokenKind.Number && tokens[i - 1].End == t.Start):
                        inStraight = !inStraight;
                        break;
                }
            }
            mask[i] = inCurly || inStraight;
        }
        return mask;
    }
}
