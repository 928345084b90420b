using BenchmarkDotNet.Attributes;
using MediaReview.Checking;
using MediaReview.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Benchmarks;

/// <summary>
/// The report stage: one report of the large draft's result (its claims, verdicts and findings) in each format,
/// written to TextWriter.Null, so that only formatting is measured. The result is computed once in GlobalSetup.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ReportBenchmarks
{
    private ServiceProvider _services = null!;
    private Report _report = null!;
    private Dictionary<string, IReportFormatter> _formatters = null!;

    [Params("text", "json", "sarif", "github", "html", "claimreview")]
    public string Format { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        (_services, var checker, var loader, _, var rules) = Workspace.BuildPipeline();
        var result = checker.Check(loader.Parse("iran-talks-large.md", Workspace.LargeBytes, null, Workspace.Today));
        if (result.Findings.Count == 0) throw new InvalidOperationException("the large draft has no findings to report");
        _report = new Report { Files = [result], Errors = [], Rules = rules.Descriptors.ToList(), ReviewDate = Workspace.Today };
        _formatters = _services.GetServices<IReportFormatter>().ToDictionary(f => f.Name);
        if (!_formatters.ContainsKey(Format)) throw new InvalidOperationException($"no formatter {Format}");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Report large")]
    [Draft(Draft.Large)]
    public void Write() => _formatters[Format].Write(_report, TextWriter.Null);
}
