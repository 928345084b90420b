using System.Text;
using MediaReview.Checking;
using MediaReview.Claims;
using MediaReview.Documents;
using MediaReview.Reference;
using MediaReview.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Tests;

/// <summary>The shipped rules and reference set, loaded once for all tests.</summary>
public static class TestEngine
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string RulesDirectory => Path.Combine(RepoRoot, "rules");

    public static string ReferenceDirectory => Path.Combine(RepoRoot, "rules", "reference");

    private static readonly Lazy<ServiceProvider> Services = new(() => new ServiceCollection()
        .AddMediaReview(o =>
        {
            o.RulesDirectory = RulesDirectory;
            o.ReferenceDirectory = ReferenceDirectory;
        })
        .BuildServiceProvider());

    public static Checker Checker => Services.Value.GetRequiredService<Checker>();

    public static ReferenceSet Reference => Services.Value.GetRequiredService<ReferenceSet>();

    public static RuleSet Rules => Services.Value.GetRequiredService<RuleSet>();

    public static DocumentLoader Loader => Services.Value.GetRequiredService<DocumentLoader>();

    public static Document Markdown(string text, string date = "2025-02-11", string path = "draft.md") =>
        Loader.Parse(path, Encoding.UTF8.GetBytes(text), DateOnly.Parse(date), DateOnly.Parse(date));

    public static IReadOnlyList<Finding> Check(string text, string date = "2025-02-11") => Checker.Check(Markdown(text, date)).Findings;

    public static IReadOnlyList<OfficeClaim> Claims(string text, string date = "2025-02-11") =>
        new OfficeClaimExtractor(Reference).Extract(Markdown(text, date)).OfType<OfficeClaim>().ToList();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaReview.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("MediaReview.sln not found above the test output folder");
    }
}
