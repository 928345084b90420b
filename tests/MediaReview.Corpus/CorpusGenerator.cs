using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MediaReview.Corpus;

/// <summary>Where a planted error is: its draft, line (1-based), the sentence's column (1-based, UTF-16) and length.</summary>
public sealed record PlantedError(string File, int Line, int Column, int Length, string Id, string Text);

/// <summary>
/// Writes draft-NNNNNN.md files (2–20 KB each: front matter with the date, a headline, sections of paragraphs, one
/// paragraph per line) until the corpus reaches the requested size, then manifest.json (counts) and planted.tsv
/// (every planted error with its place, for <see cref="Scorer"/>). One PRNG stream from the seed: the same seed,
/// size and reference set give byte-identical files.
/// </summary>
public sealed class CorpusGenerator(ReferenceData reference, ulong seed, double errorRate)
{
    public const int MinDraftBytes = 2 * 1024;
    public const int MaxDraftBytes = 20 * 1024;
    private const double ClaimShare = 0.55;
    private static readonly DateOnly FirstDate = new(2010, 1, 1);

    private readonly Templates _templates = new(reference);
    private readonly Dictionary<string, HashSet<string>> _preferredWords = reference.People.ToDictionary(
        p => p.Id, p => p.Aliases.Prepend(p.Name).SelectMany(Words).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
    private readonly Rng _rng = new(seed);
    private readonly List<PlantedError> _planted = [];
    private readonly SortedDictionary<string, int> _claimsByKind = new(StringComparer.Ordinal);
    private int _sentences, _claimSentences, _plantedSentences;

    public void Write(string outDir, long targetBytes)
    {
        Directory.CreateDirectory(outDir);
        foreach (var old in Directory.GetFiles(outDir, "draft-*.md")) File.Delete(old);
        long total = 0;
        var drafts = 0;
        while (total < targetBytes)
        {
            // The last draft is cut to what is left (but never below 2 KB); a paragraph is at most ~1.5 KB, so the
            // 18 KB target keeps every draft under 20 KB.
            long target = _rng.Range(MinDraftBytes, MaxDraftBytes - 2048);
            target = Math.Max(MinDraftBytes, Math.Min(target, targetBytes - total));
            var name = $"draft-{(drafts + 1).ToString("D6", CultureInfo.InvariantCulture)}.md";
            var bytes = Encoding.UTF8.GetBytes(Draft(name, target));
            File.WriteAllBytes(Path.Combine(outDir, name), bytes);
            total += bytes.Length;
            drafts++;
        }
        WritePlanted(Path.Combine(outDir, "planted.tsv"));
        WriteManifest(Path.Combine(outDir, "manifest.json"), targetBytes, drafts, total);
    }

    private string Draft(string file, long target)
    {
        var span = reference.AsOf.DayNumber - FirstDate.DayNumber;
        var date = DateOnly.FromDayNumber(FirstDate.DayNumber + _rng.Int(span + 1));
        var lines = new List<string>();
        var spellings = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        long bytes = 0;
        void Add(string line)
        {
            lines.Add(line);
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
        }
        foreach (var line in new[] { "---", $"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", "---", "", $"# {Prose.Headline(_rng)}", "" }) Add(line);
        for (var section = 0; bytes < target; section++)
        {
            if (section > 0)
            {
                Add($"## {Prose.Subhead(_rng)}");
                Add("");
            }
            for (var n = _rng.Range(2, 4); n > 0 && bytes < target; n--)
            {
                Add(Paragraph(file, lines.Count + 1, date, spellings));
                Add("");
            }
            if (bytes < target && _rng.Chance(0.15))
            {
                Add("Key points:");
                Add("");
                for (var k = _rng.Range(2, 4); k > 0; k--) Add("- " + Prose.Sentence(_rng));
                Add("");
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary>One paragraph on one line: 2–6 sentences, each a claim (some with a planted error) or plain prose.</summary>
    private string Paragraph(string file, int line, DateOnly date, Dictionary<string, List<HashSet<string>>> spellings)
    {
        var text = new StringBuilder();
        for (var n = _rng.Range(2, 6); n > 0; n--)
        {
            var sentence = _rng.Chance(ClaimShare) ? Claim(date) : null;
            if (text.Length > 0) text.Append(' ');
            var column = text.Length + 1;
            _sentences++;
            if (sentence is null)
            {
                text.Append(Prose.Sentence(_rng));
                continue;
            }
            text.Append(sentence.Text);
            _claimSentences++;
            _claimsByKind[sentence.Kind] = _claimsByKind.GetValueOrDefault(sentence.Kind) + 1;
            if (sentence.Planted is { } id)
            {
                _plantedSentences++;
                _planted.Add(new PlantedError(file, line, column, sentence.Text.Length, id, sentence.Text));
            }
            foreach (var m in sentence.Mentions)
            {
                if (SpelledDifferently(m, spellings) && m.Variant)
                    _planted.Add(new PlantedError(file, line, column, sentence.Text.Length, "MR4001", sentence.Text));
            }
            if (sentence.EndsParagraph) break;
        }
        return text.ToString();
    }

    private Sentence? Claim(DateOnly date)
    {
        var plant = _rng.Chance(errorRate);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (_templates.Make(PickKind(), _rng, date, plant) is { } s) return s;
        }
        return null;
    }

    private string PickKind()
    {
        var roll = _rng.Int(Templates.Weights.Sum());
        for (var i = 0; i < Templates.Kinds.Length; i++)
        {
            if ((roll -= Templates.Weights[i]) < 0) return Templates.Kinds[i];
        }
        return Templates.Kinds[^1];
    }

    /// <summary>
    /// MR4001's reading: a mention is spelled differently when it differs from one of the spellings the draft has
    /// kept so far for that person (neither's words all in the other's, and one of them has a word outside the
    /// preferred name and aliases); a mention that does not differ becomes one of the kept spellings.
    /// </summary>
    private bool SpelledDifferently(Mention m, Dictionary<string, List<HashSet<string>>> spellings)
    {
        var words = Words(m.Surface);
        if (!spellings.TryGetValue(m.Person, out var kept)) spellings[m.Person] = kept = [];
        var preferred = _preferredWords[m.Person];
        var differs = kept.Any(k => !k.IsSubsetOf(words) && !words.IsSubsetOf(k) && (k.Any(w => !preferred.Contains(w)) || words.Any(w => !preferred.Contains(w))));
        if (!differs) kept.Add(words);
        return differs;
    }

    /// <summary>A name's words without honorifics, which the checker skips too ("Sayyid Badr Al Busaidi" is "Badr Al Busaidi").</summary>
    private static HashSet<string> Words(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => !Honorifics.Contains(w)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Ayatollah", "Grand", "Sayyid", "Sayed", "Seyyed", "Sheikh", "Dr", "Dr.", "Mr", "Mr." };

    private void WritePlanted(string path)
    {
        var sb = new StringBuilder("file\tline\tcolumn\tlength\tid\ttext\n");
        foreach (var p in _planted)
            sb.Append(CultureInfo.InvariantCulture, $"{p.File}\t{p.Line}\t{p.Column}\t{p.Length}\t{p.Id}\t{p.Text}\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private void WriteManifest(string path, long targetBytes, int drafts, long bytes)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("generator", "MediaReview.Corpus");
            w.WriteNumber("seed", seed);
            w.WriteNumber("errorRate", errorRate);
            w.WriteNumber("targetBytes", targetBytes);
            w.WriteString("referenceAsOf", reference.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("drafts", drafts);
            w.WriteNumber("bytes", bytes);
            w.WriteNumber("sentences", _sentences);
            w.WriteNumber("claimSentences", _claimSentences);
            w.WriteNumber("plantedSentences", _plantedSentences);
            w.WriteStartObject("claimSentencesByKind");
            foreach (var (kind, n) in _claimsByKind) w.WriteNumber(kind, n);
            w.WriteEndObject();
            w.WriteString("plantedNote", "expected findings by diagnostic ID; MR4001 is the second finding on a variant spelling that follows another spelling of the same person in its draft; every planted error with its place is in planted.tsv");
            w.WriteNumber("plantedTotal", _planted.Count);
            w.WriteStartObject("planted");
            foreach (var g in _planted.GroupBy(p => p.Id).OrderBy(g => g.Key, StringComparer.Ordinal)) w.WriteNumber(g.Key, g.Count());
            w.WriteEndObject();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        File.WriteAllBytes(path, stream.ToArray());
    }
}
