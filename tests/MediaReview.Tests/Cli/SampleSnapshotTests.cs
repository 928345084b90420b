using MediaReview.Reporting;
using Snapshooter.Xunit;

namespace MediaReview.Tests.Cli;

/// <summary>
/// The text report of the shipped sample draft, approved as a snapshot (Snapshooter.Xunit; the core
/// package of Verify.Xunit is not served by the NuGet mirror). A change in wording, spans or findings
/// shows up as a diff in __snapshots__/.
/// </summary>
public class SampleSnapshotTests
{
    [Fact]
    public void Sample_draft_text_report()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestEngine.RepoRoot, "samples", "iran-talks.md"));
        var document = TestEngine.Loader.Parse("samples/iran-talks.md", bytes, null, new DateOnly(2030, 1, 1));
        var result = TestEngine.Checker.Check(document);
        var report = new Report { Files = [result], Errors = [], Rules = TestEngine.Rules.Descriptors.ToList(), ToolVersion = "test" };
        var writer = new StringWriter { NewLine = "\n" };
        new TextFormatter().Write(report, writer);
        // Snapshooter writes a missing snapshot and passes; in CI a missing snapshot must fail instead.
        var snapshot = Path.Combine(TestEngine.RepoRoot, "tests", "MediaReview.Tests", "Cli", "__snapshots__", "SampleSnapshotTests.Sample_draft_text_report.snap");
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.True(File.Exists(snapshot), $"missing approved snapshot {snapshot}");
        Snapshot.Match(writer.ToString());
    }
}
