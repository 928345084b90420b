using MediaReview.Documents;

namespace MediaReview.Claims;

public sealed partial class OfficeClaimExtractor
{
    /// <summary>A reference person named in the draft: tokens [Start, End) of the sentence's block.</summary>
    private sealed record NameMention(SentenceContext Sentence, int Start, int End, string Person, NameForm Form);

    /// <summary>
    /// What a person's spellings are judged against: the words of their preferred name and aliases (spellings
    /// outside them are variants), and the surname of the preferred name ("Khamenei"), or the whole name when it
    /// has none.
    /// </summary>
    private sealed record PreferredSpelling(HashSet<string> Words, string Surname);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PreferredSpelling> _preferredSpellings = new(StringComparer.Ordinal);

    /// <summary>
    /// Worked out once per person, for the people a draft names, when it names them (a reference set of a million
    /// people has most of them unnamed).
    /// </summary>
    private PreferredSpelling PreferredSpellingOf(string person)
    {
        // Looked up first: the lambda below uses the extractor's fields, so GetOrAdd would make a delegate at every call.
        if (_preferredSpellings.TryGetValue(person, out var known)) return known;
        return _preferredSpellings.GetOrAdd(person, id =>
        {
            var p = _reference.GetPerson(id);
            return new PreferredSpelling(NameSpelling.Words(p.Aliases.Prepend(p.Name).SelectMany(Lexicon.Words)),
                string.Join(' ', NameSpelling.Surname(Lexicon.Words(p.Name)) ?? [p.Name]));
        });
    }

    /// <summary>
    /// One name claim per mention, in the order of the draft. A mention spelled differently from an earlier
    /// one that kept the draft's spelling names that earlier one; it does not itself become the draft's spelling.
    /// </summary>
    private void NameClaims(Document document, List<NameMention> mentions, List<Claim> claims)
    {
        var accepted = new Dictionary<string, List<(HashSet<string> Words, string Text, int Line)>>(StringComparer.Ordinal);
        var writtenOn = DateRange.Day(document.Date);
        foreach (var m in mentions)
        {
            var tokens = m.Sentence.Tokens;
            var start = m.Start;
            while (start < m.End - 1 && Lexicon.Honorifics.Contains(tokens[start].Text)) start++;
            var written = new string[m.End - start];
            for (var k = 0; k < written.Length; k++) written[k] = tokens[start + k].Text;
            var words = NameSpelling.Words(written);
            if (words.Count == 0) continue;
            var spelling = PreferredSpellingOf(m.Person);
            var preferredWords = spelling.Words;
            var variant = false;
            foreach (var w in words)
            {
                if (!preferredWords.Contains(w)) { variant = true; break; }
            }
            var person = _reference.GetPerson(m.Person);
            var preferred = m.Form.IsFull || words.Count > 2 ? person.Name : spelling.Surname;

            var span = Tokenizer.SpanOf(tokens, start, m.End, document.Prose);
            var (spanStart, spanEnd) = (span.Start, span.End);
            // Cited as a reader sees it: on one line, without markup ("Roh<b>ani</b>" reads "Rohani").
            var nameText = document.ReadableText(span);
            var source = document.Text[spanStart..spanEnd];
            var line = document.Lines.GetPosition(spanStart).Line;
            if (!accepted.TryGetValue(m.Person, out var earlier)) accepted[m.Person] = earlier = [];
            (HashSet<string> Words, string Text, int Line) conflict = default;
            foreach (var e in earlier)
            {
                if (NameSpelling.Differ(e.Words, words, preferredWords)) { conflict = e; break; }
            }
            if (conflict.Words is null) earlier.Add((words, nameText, line));

            claims.Add(new NameClaim
            {
                Person = m.Person,
                NameText = nameText,
                IsVariantSpelling = variant,
                Preferred = preferred,
                EarlierSpelling = conflict.Text ?? "",
                EarlierLine = conflict.Words is null ? 0 : conflict.Line,
                Span = span,
                Text = source,
                HasMarkup = !source.AsSpan().SequenceEqual(document.Prose.AsSpan(spanStart, spanEnd - spanStart)),
                Confidence = m.Form.IsFull ? 0.9 : 0.8,
                Context = new ClaimContext(writtenOn, writtenOn, true, "", m.Sentence.InQuote(start)),
            });
        }
    }
}
