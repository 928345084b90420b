using BenchmarkDotNet.Attributes;
using MediaReview.Claims;
using MediaReview.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Benchmarks;

/// <summary>OfficeClaimExtractor.Extract alone, on documents parsed in GlobalSetup (the lexicon is built there too).</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private ServiceProvider _services = null!;
    private OfficeClaimExtractor _extractor = null!;
    private Document _sample = null!;
    private Document _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_services, _, var loader, var reference, _) = Workspace.BuildPipeline();
        _extractor = new OfficeClaimExtractor(reference);
        _sample = Workspace.ParseSample(loader);
        _large = Workspace.ParseLarge(loader);
        var sampleClaims = CountClaims(_sample);
        var largeClaims = CountClaims(_large);
        if (sampleClaims == 0 || largeClaims <= sampleClaims)
            throw new InvalidOperationException($"unexpected claim counts: sample {sampleClaims}, large {largeClaims}");
        Console.WriteLine($"// sample: {sampleClaims} claims; large: {largeClaims} claims");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Extract sample")]
    [Draft(Draft.Sample)]
    public int ExtractSample() => CountClaims(_sample);

    [Benchmark(Description = "Extract large")]
    [Draft(Draft.Large)]
    public int ExtractLarge() => CountClaims(_large);

    private int CountClaims(Document document)
    {
        var count = 0;
        foreach (var _ in _extractor.Extract(document)) count++;
        return count;
    }
}
