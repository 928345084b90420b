using MediaReview.Checking;
using MediaReview.Claims;
using MediaReview.Documents;
using MediaReview.Reference;
using MediaReview.Reporting;
using MediaReview.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MediaReview;

/// <summary>Where the rules and the reference set come from.</summary>
public sealed class MediaReviewOptions
{
    /// <summary>The rules shipped beside the program: &lt;app&gt;/rules.</summary>
    public static string DefaultRulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The reference set shipped beside the program: &lt;app&gt;/rules/reference.</summary>
    public static string DefaultReferenceDirectory => Path.Combine(DefaultRulesDirectory, "reference");

    public string RulesDirectory { get; set; } = DefaultRulesDirectory;

    public string ReferenceDirectory { get; set; } = DefaultReferenceDirectory;
}

public static class MediaReviewServices
{
    /// <summary>
    /// Registers the pipeline: readers, the reference set, extractors, rules, the checker and the
    /// formatters. Each stage is an interface (IDocumentReader, IClaimExtractor, IReportFormatter), so
    /// a host adds its own with one more registration. The reference set and rules load on first use.
    /// </summary>
    public static IServiceCollection AddMediaReview(this IServiceCollection services, Action<MediaReviewOptions>? configure = null)
    {
        var options = new MediaReviewOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);

        services.AddSingleton<IDocumentReader, MarkdownReader>();
        services.AddSingleton<IDocumentReader, PlainTextReader>();
        services.AddSingleton<IDocumentReader, HtmlReader>();
        services.AddSingleton<DocumentLoader>();

        services.AddSingleton(sp =>
        {
            var reference = new ReferenceLoader().LoadDirectory(sp.GetRequiredService<MediaReviewOptions>().ReferenceDirectory);
            // A million people's word lists take most of a second: begun now, they are made beside the rules.
            Claims.Lexicon.Begin(reference);
            return reference;
        });
        services.AddSingleton(sp => RuleSet.LoadDirectory(sp.GetRequiredService<MediaReviewOptions>().RulesDirectory));
        services.AddSingleton<IClaimExtractor, OfficeClaimExtractor>();
        services.AddSingleton<IClaimExtractor, DateClaimExtractor>();
        services.AddSingleton<IClaimExtractor, AgreementClaimExtractor>();
        services.AddSingleton<Configuration.EditorConfigSeverities>();
        services.AddSingleton<Checker>();

        services.AddSingleton<IReportFormatter, TextFormatter>();
        services.AddSingleton<IReportFormatter, JsonFormatter>();
        services.AddSingleton<IReportFormatter, SarifFormatter>();
        services.AddSingleton<IReportFormatter, GitHubFormatter>();
        services.AddSingleton<IReportFormatter, HtmlFormatter>();
        services.AddSingleton<IReportFormatter, ClaimReviewFormatter>();
        return services;
    }
}
