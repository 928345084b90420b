namespace MediaReview.Claims;

/// <summary>
/// What a word may start or be for the extractors that look at nearly every token of a sentence: one bit test
/// each, worked out once per word string (<see cref="WordStrings"/> keeps it beside the string), where each
/// extractor had a set lookup of its own per token. Only fixed word lists belong here, never the reference set's.
/// </summary>
[Flags]
internal enum WordClass : byte
{
    None = 0,

    /// <summary>A lower-case time form may start at the word: "last year", "two years ago", "mid-2024", "under …" (<see cref="TimeExpressions"/>).</summary>
    TimeWord = 1,

    /// <summary>A month's name or abbreviation, in any case.</summary>
    Month = 2,

    /// <summary>After a name, the word makes an era: "administration", "term", "presidency".</summary>
    EraWord = 4,

    /// <summary>"first" or "second" (lower-cased): "Trump's first term".</summary>
    Ordinal = 8,

    /// <summary>Ends in "-era": "Obama-era".</summary>
    EraAdjective = 16,

    /// <summary>A word a sentence marker is found by: a past, a future, a death, a memory or now (<see cref="OfficeClaimExtractor"/>).</summary>
    Marker = 32,

    // 64 is free; 128 is not: WordStrings marks with it a word whose classes are worked out.
}

internal static class WordClasses
{
    /// <summary>The word's classes, from the word lists themselves (so a word added to one of them needs nothing here).</summary>
    /// <remarks>
    /// Called while tokenizing (the first time a word string is met on a thread), so neither this nor the static
    /// set-up of the classes it asks must tokenize: only fixed word lists, no reference set, no <see cref="Lexicon"/>.
    /// </remarks>
    public static WordClass Of(string word) =>
        word.Length == 0 ? WordClass.None : TimeExpressions.ClassOf(word) | OfficeClaimExtractor.MarkerClassOf(word);
}
