using System.Globalization;
using System.Text.RegularExpressions;
using MediaReview.Corpus;

const string Usage = """
    MediaReview.Corpus: a deterministic corpus of news-like Markdown drafts with planted errors.

      generate: dotnet run --project tests/MediaReview.Corpus -c Release -- --size 10MB --out DIR [--seed N] [--error-rate 0.1] [--reference DIR]
      score:    dotnet run --project tests/MediaReview.Corpus -c Release -- score --corpus DIR --report REPORT.json [--examples N]
      reference: dotnet run --project tests/MediaReview.Corpus -c Release -- reference --people 1000000 --out DIR [--seed N] [--reference DIR]

    --size        bytes of drafts to write: 500KB, 1MB, 10MB, 100MB (decimal units, 1 MB = 10^6 bytes)
    --out         folder for draft-NNNNNN.md, manifest.json and planted.tsv (earlier drafts there are deleted)
    --seed        PRNG seed (default 1); the same seed and size give byte-identical files
    --error-rate  share of claim sentences that carry a planted error (default 0.1)
    --reference   reference-set folder (default: rules/reference, looked for from the current folder upwards)
    score         compares `mediareview check DIR -f json` output with DIR/planted.tsv: recall per ID, false alarms
    reference     writes the shipped reference set plus --people made-up people with two terms each (for --reference)
    """;

try
{
    var (command, options) = Parse(args);
    if (command == "help") { Console.WriteLine(Usage); return 0; }
    if (command == "score")
    {
        return Scorer.Run(Required(options, "corpus"), Required(options, "report"),
            int.Parse(options.GetValueOrDefault("examples", "3"), CultureInfo.InvariantCulture), Console.Out);
    }
    if (command == "reference")
    {
        var people = int.Parse(Required(options, "people"), NumberStyles.None, CultureInfo.InvariantCulture);
        var from = options.GetValueOrDefault("reference") ?? FindReference()
            ?? throw new ArgumentException("rules/reference not found from the current folder upwards: give --reference DIR");
        ReferenceScale.Write(from, Required(options, "out"), people, ulong.Parse(options.GetValueOrDefault("seed", "1"), NumberStyles.None, CultureInfo.InvariantCulture), Console.Out);
        return 0;
    }
    var size = ParseSize(Required(options, "size"));
    var outDir = Required(options, "out");
    var seed = ulong.Parse(options.GetValueOrDefault("seed", "1"), NumberStyles.None, CultureInfo.InvariantCulture);
    var rate = double.Parse(options.GetValueOrDefault("error-rate", "0.1"), NumberStyles.Float, CultureInfo.InvariantCulture);
    if (rate is < 0 or > 1) throw new ArgumentException("--error-rate must be between 0 and 1");
    var referenceDir = options.GetValueOrDefault("reference") ?? FindReference()
        ?? throw new ArgumentException("rules/reference not found from the current folder upwards: give --reference DIR");
    var reference = ReferenceData.Load(referenceDir);
    new CorpusGenerator(reference, seed, rate).Write(outDir, size);
    Console.WriteLine(File.ReadAllText(Path.Combine(outDir, "manifest.json")).TrimEnd());
    return 0;
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or IOException or InvalidOperationException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"MediaReview.Corpus: {e.Message}");
    Console.Error.WriteLine("(--help for usage)");
    return 2;
}

static (string Command, Dictionary<string, string> Options) Parse(string[] args)
{
    var command = "generate";
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i] is "-h" or "--help") return ("help", options);
        if (i == 0 && args[i] is "score" or "generate" or "reference") { command = args[i]; continue; }
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            throw new ArgumentException($"unexpected argument '{args[i]}'");
        options[args[i][2..]] = args[++i];
    }
    return (command, options);
}

static string Required(Dictionary<string, string> options, string name) =>
    options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

static long ParseSize(string text)
{
    var m = Regex.Match(text.Trim(), @"^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    if (!m.Success) throw new ArgumentException($"--size '{text}' is not a size such as 1MB, 500KB or 10000000");
    var unit = m.Groups[2].Value.ToUpperInvariant() switch { "KB" => 1e3, "MB" => 1e6, "GB" => 1e9, _ => 1.0 };
    var bytes = (long)(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * unit);
    return bytes >= CorpusGenerator.MinDraftBytes ? bytes : throw new ArgumentException($"--size must be at least {CorpusGenerator.MinDraftBytes} bytes");
}

static string? FindReference()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules", "reference");
            if (File.Exists(Path.Combine(candidate, "reference.json"))) return candidate;
        }
    }
    return null;
}
