using BenchmarkDotNet.Attributes;
using MediaReview.Checking;
using MediaReview.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Benchmarks;

/// <summary>
/// One draft end to end as the CLI does it, minus file I/O and report formatting: decode and parse the
/// bytes (DocumentLoader.Parse: UTF-8, Markdig, prose mask, line map), then Checker.Check (extract claims,
/// run every rule, build findings with messages and suggestions). The engine, reference set and rules
/// are built once in GlobalSetup.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class WholeDraftBenchmarks
{
    private ServiceProvider _services = null!;
    private Checker _checker = null!;
    private DocumentLoader _loader = null!;
    private byte[] _sample = null!;
    private byte[] _large = null!;
    private Document _largeDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_services, _checker, _loader, _, _) = Workspace.BuildPipeline();
        _sample = Workspace.SampleBytes;
        _large = Workspace.LargeBytes;

        // The benchmark must measure real work: the sample has claims and findings, the large draft many more.
        var sample = _checker.Check(_loader.Parse("iran-talks.md", _sample, null, Workspace.Today));
        _largeDocument = _loader.Parse("iran-talks-large.md", _large, null, Workspace.Today);
        var large = _checker.Check(_largeDocument);
        if (sample.Findings.Count == 0 || large.Findings.Count <= sample.Findings.Count)
            throw new InvalidOperationException($"unexpected findings: sample {sample.Findings.Count}, large {large.Findings.Count}");
        Console.WriteLine($"// sample: {_sample.Length} bytes, {sample.Claims.Count} claims, {sample.Findings.Count} findings");
        Console.WriteLine($"// large:  {_large.Length} bytes, {large.Claims.Count} claims, {large.Findings.Count} findings");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Parse+Check sample")]
    [Draft(Draft.Sample)]
    public FileResult CheckSample() => _checker.Check(_loader.Parse("iran-talks.md", _sample, null, Workspace.Today));

    [Benchmark(Description = "Parse+Check large")]
    [Draft(Draft.Large)]
    public FileResult CheckLarge() => _checker.Check(_loader.Parse("iran-talks-large.md", _large, null, Workspace.Today));

    /// <summary>The parse alone, to split the end-to-end time into reading and checking.</summary>
    [Benchmark(Description = "Parse only large")]
    [Draft(Draft.Large)]
    public Document ParseLarge() => _loader.Parse("iran-talks-large.md", _large, null, Workspace.Today);

    /// <summary>Checker.Check alone on the large draft parsed in GlobalSetup: extraction, rules, findings.</summary>
    [Benchmark(Description = "Check only large (pre-parsed)")]
    [Draft(Draft.Large)]
    public FileResult CheckParsedLarge() => _checker.Check(_largeDocument);
}
