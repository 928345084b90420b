using System.Text;
using MediaReview.Checking;
using MediaReview.Documents;
using MediaReview.Reference;
using MediaReview.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview.Benchmarks;

/// <summary>
/// The repository's rules, reference set and sample draft, and a generated large draft. BenchmarkDotNet
/// runs each benchmark in a process started from a generated folder under bin/, so the repository is
/// found by walking up from the assembly's folder to the one holding MediaReview.sln, never from the
/// current directory.
/// </summary>
internal static class Workspace
{
    /// <summary>Size the generated draft grows to: the sample's body repeated until it reaches this.</summary>
    public const int LargeDraftTargetBytes = 100 * 1024;

    /// <summary>Fixed so runs are repeatable; both drafts carry a front matter date, which wins anyway.</summary>
    public static readonly DateOnly Today = new(2025, 4, 14);

    private static readonly Lazy<string> Root = new(FindRepoRoot);
    private static readonly Lazy<byte[]> Sample = new(() => File.ReadAllBytes(SamplePath));
    private static readonly Lazy<byte[]> Large = new(() => GenerateLargeDraft(SampleBytes, LargeDraftTargetBytes));

    public static string RepoRoot => Root.Value;

    public static string RulesDirectory => Path.Combine(RepoRoot, "rules");

    public static string ReferenceDirectory => Path.Combine(RepoRoot, "rules", "reference");

    public static string SamplePath => Path.Combine(RepoRoot, "samples", "iran-talks.md");

    /// <summary>samples/iran-talks.md as bytes (UTF-8).</summary>
    public static byte[] SampleBytes => Sample.Value;

    /// <summary>The sample's front matter once, then its body (everything after the front matter) repeated to ~100 KB.</summary>
    public static byte[] LargeBytes => Large.Value;

    public static ServiceProvider BuildServices() => new ServiceCollection()
        .AddMediaReview(o =>
        {
            o.RulesDirectory = RulesDirectory;
            o.ReferenceDirectory = ReferenceDirectory;
        })
        .BuildServiceProvider();

    /// <summary>Resolves the whole pipeline once, so no benchmark pays for the lazy loading of rules and reference.</summary>
    public static (ServiceProvider Services, Checker Checker, DocumentLoader Loader, ReferenceSet Reference, RuleSet Rules) BuildPipeline()
    {
        var services = BuildServices();
        return (services, services.GetRequiredService<Checker>(), services.GetRequiredService<DocumentLoader>(),
            services.GetRequiredService<ReferenceSet>(), services.GetRequiredService<RuleSet>());
    }

    public static Document ParseSample(DocumentLoader loader) => loader.Parse("iran-talks.md", SampleBytes, null, Today);

    public static Document ParseLarge(DocumentLoader loader) => loader.Parse("iran-talks-large.md", LargeBytes, null, Today);

    private static byte[] GenerateLargeDraft(byte[] sample, int targetBytes)
    {
        var text = Encoding.UTF8.GetString(sample).ReplaceLineEndings("\n");
        // Front matter: "---\n...\n---\n". Keep it once so the large draft has the sample's date.
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) throw new InvalidOperationException("the sample has no front matter");
        var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (close < 0) throw new InvalidOperationException("the sample's front matter is not closed");
        var frontMatter = text[..(close + 5)];
        var body = text[(close + 5)..].Trim('\n') + "\n\n";

        var sb = new StringBuilder(targetBytes + body.Length);
        sb.Append(frontMatter).Append('\n');
        var bytes = Encoding.UTF8.GetByteCount(frontMatter) + 1;
        var bodyBytes = Encoding.UTF8.GetByteCount(body);
        while (bytes < targetBytes)
        {
            sb.Append(body);
            bytes += bodyBytes;
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaReview.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"MediaReview.sln not found in {AppContext.BaseDirectory} or any folder above it");
    }
}
