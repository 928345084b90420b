using BenchmarkDotNet.Attributes;
using MediaReview.Claims;
using MediaReview.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Benchmarks;

/// <summary>
/// The extractors alone, on documents parsed in GlobalSetup (the lexicons are built there too):
/// people and offices (with ages and tenures), and dates (weekdays and events).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private ServiceProvider _services = null!;
    private OfficeClaimExtractor _extractor = null!;
    private DateClaimExtractor _dates = null!;
    private Document _sample = null!;
    private Document _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_services, _, var loader, var reference, _) = Workspace.BuildPipeline();
        _extractor = new OfficeClaimExtractor(reference);
        _dates = new DateClaimExtractor(reference);
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

    [Benchmark(Description = "Extract dates large")]
    [Draft(Draft.Large)]
    public int ExtractDatesLarge()
    {
        var count = 0;
        foreach (var _ in _dates.Extract(_large)) count++;
        return count;
    }

    private int CountClaims(Document document)
    {
        var count = 0;
        foreach (var _ in _extractor.Extract(document)) count++;
        return count;
    }
}
