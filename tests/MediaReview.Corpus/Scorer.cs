using System.Globalization;
using System.Text.Json;

namespace MediaReview.Corpus;

/// <summary>
/// Compares MediaReview's JSON report on a generated corpus with its planted.tsv: recall per planted ID, and every
/// finding on a sentence that was meant to be correct (a false alarm: a template mistake or a checker bug).
/// A finding matches a planted error when it is on the same draft and line, starts inside the planted sentence
/// and has the planted ID.
/// </summary>
public static class Scorer
{
    public static int Run(string corpus, string reportPath, int examples, TextWriter o)
    {
        var planted = File.ReadLines(Path.Combine(corpus, "planted.tsv")).Skip(1).Select(l => l.Split('\t'))
            .Select(f => new PlantedError(f[0], Int(f[1]), Int(f[2]), Int(f[3]), f[4], f[5])).ToList();
        var byLine = planted.ToLookup(p => (p.File, p.Line));
        var found = new HashSet<PlantedError>();
        var falseAlarms = new List<(string Id, string File, int Line, int Column, string Text, string Message)>();
        var otherOnPlanted = new List<(string Id, PlantedError Planted, string Message)>();
        var findings = 0;
        var verdicts = new SortedDictionary<string, int>(StringComparer.Ordinal);

        using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
        foreach (var file in report.RootElement.GetProperty("files").EnumerateArray())
        {
            var name = Path.GetFileName(file.GetProperty("path").GetString()!);
            foreach (var c in file.GetProperty("claims").EnumerateArray())
            {
                var key = $"{c.GetProperty("kind").GetString()} {c.GetProperty("verdict").GetString()}";
                verdicts[key] = verdicts.GetValueOrDefault(key) + 1;
            }
            foreach (var f in file.GetProperty("findings").EnumerateArray())
            {
                findings++;
                var id = f.GetProperty("id").GetString()!;
                var span = f.GetProperty("span");
                var line = span.GetProperty("startLine").GetInt32();
                var column = span.GetProperty("startColumn").GetInt32();
                var message = f.GetProperty("message").GetString()!;
                var here = byLine[(name, line)].Where(p => column >= p.Column && column < p.Column + p.Length).ToList();
                var match = here.FirstOrDefault(p => p.Id == id && !found.Contains(p));
                if (match is not null) found.Add(match);
                else if (here.Count > 0) otherOnPlanted.Add((id, here[0], message));
                else falseAlarms.Add((id, name, line, column, SentenceAt(Path.Combine(corpus, name), line, column), message));
            }
        }

        o.WriteLine($"{planted.Count} planted errors, {findings} findings in the report");
        o.WriteLine("Claims read, by kind and verdict: " + string.Join(", ", verdicts.Select(v => $"{v.Key} {v.Value}")));
        o.WriteLine();
        o.WriteLine("| ID | planted | found | recall |");
        o.WriteLine("|---|---:|---:|---:|");
        foreach (var g in planted.GroupBy(p => p.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var hit = g.Count(found.Contains);
            o.WriteLine($"| {g.Key} | {g.Count()} | {hit} | {Percent(hit, g.Count())} |");
        }
        o.WriteLine($"| all | {planted.Count} | {found.Count} | {Percent(found.Count, planted.Count)} |");
        o.WriteLine();
        o.WriteLine($"False alarms (findings on sentences meant to be correct): {falseAlarms.Count}");
        foreach (var g in falseAlarms.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {g.Key}: {g.Count()}");
            foreach (var f in g.Take(examples)) o.WriteLine($"    {f.File}({f.Line},{f.Column}): {f.Text}\n      -> {f.Message}");
        }
        o.WriteLine($"Other IDs on planted sentences: {otherOnPlanted.Count}");
        foreach (var g in otherOnPlanted.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {g.Key}: {g.Count()}");
            foreach (var f in g.Take(examples)) o.WriteLine($"    {f.Planted.File}({f.Planted.Line}) planted {f.Planted.Id}: {f.Planted.Text}\n      -> {f.Message}");
        }
        o.WriteLine("Missed planted errors (first of each ID):");
        foreach (var g in planted.Where(p => !found.Contains(p)).GroupBy(p => p.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var p in g.Take(examples)) o.WriteLine($"  {p.Id} {p.File}({p.Line},{p.Column}): {p.Text}");
        }
        return 0;
    }

    /// <summary>The sentence of the line that holds the column (sentences end with ". ").</summary>
    private static string SentenceAt(string path, int line, int column)
    {
        var text = File.ReadLines(path).ElementAtOrDefault(line - 1) ?? "";
        var at = Math.Clamp(column - 1, 0, text.Length);
        var start = at == 0 ? 0 : text.LastIndexOf(". ", at - 1, StringComparison.Ordinal) is var s && s >= 0 ? s + 2 : 0;
        var end = text.IndexOf(". ", at, StringComparison.Ordinal) is var e && e >= 0 ? e + 1 : text.Length;
        return text[start..end];
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
