using System.Text.Encodings.Web;
using System.Text.Json;
using MediaReview.Checking;
using MediaReview.Claims;

namespace MediaReview.Reporting;

/// <summary>
/// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview): one review per contradicted claim with a
/// standing finding (suppressed and accepted findings were judged by a person and are left out). The rating
/// scale is 1–5, of which MediaReview uses the lower three, from the most severe standing finding on the claim:
/// 1 "False" (error), 2 "Mostly false" (warning), 3 "Imprecise" (suggestion). 4 "Mostly true" and 5 "True"
/// complete the scale for a desk that rates claims by hand. datePublished is <see cref="Report.ReviewDate"/>.
/// </summary>
public sealed class ClaimReviewFormatter : IReportFormatter
{
    public string Name => "claimreview";

    public string DefaultFileName => "mediareview.claimreview.jsonld";

    public static readonly IReadOnlyDictionary<int, string> Scale = new SortedDictionary<int, string>
    {
        [1] = "False", [2] = "Mostly false", [3] = "Imprecise", [4] = "Mostly true", [5] = "True",
    };

    public static int Rating(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        _ => 3,
    };

    public IReportWriter Begin(Report run, TextWriter writer) => new Stream(run, writer);

    private sealed class Stream : IReportWriter
    {
        private readonly Report _run;
        private readonly JsonStream _out;

        public Stream(Report run, TextWriter writer)
        {
            _run = run;
            _out = new JsonStream(writer);
            _out.Json.WriteStartObject();
            _out.Json.WriteString("@context", "https://schema.org");
            _out.Json.WriteStartArray("@graph");
            _out.Flush();
        }

        public void Add(FileResult file)
        {
            // The standing findings by span, gathered once: a claim's findings have its span.
            var bySpan = file.Findings.Where(f => !f.IsSuppressed && f.Severity > Severity.Silent).ToLookup(f => f.Span);
            for (var i = 0; i < file.Claims.Count; i++)
            {
                if (file.Verdicts[i].Verdict != Verdict.Contradicted) continue;
                var claim = file.Claims[i];
                var contradictedBy = file.Verdicts[i].ContradictedBy;
                var findings = bySpan[claim.Span].Where(f => contradictedBy.Contains(f.Id)).ToList();
                if (findings.Count == 0) continue;
                WriteReview(_out.Json, _run, file, claim, findings);
                _out.FlushIfLarge();
            }
            _out.Flush();
        }

        public void End(Report run)
        {
            _out.Json.WriteEndArray();
            _out.Json.WriteEndObject();
            _out.Finish();
            _out.Dispose();
        }
    }

    private static void WriteReview(Utf8JsonWriter w, Report report, FileResult file, Claim claim, List<Finding> findings)
    {
        var d = file.Document;
        var worst = findings.MaxBy(f => f.Severity)!;
        var rating = Rating(worst.Severity);
        w.WriteStartObject();
        w.WriteString("@type", "ClaimReview");
        w.WriteString("claimReviewed", Sentences.Around(d, claim.Span));
        w.WriteString("datePublished", report.ReviewDate.ToString("yyyy-MM-dd"));
        w.WriteStartObject("author");
        w.WriteString("@type", "Organization");
        w.WriteString("name", $"{ToolInfo.Name} {report.ToolVersion} (automated check; review before publishing)");
        w.WriteString("url", ToolInfo.InformationUri);
        w.WriteEndObject();
        var correction = worst.Suggestion is null ? "" : $" Suggested correction: \"{worst.Suggestion}\".";
        w.WriteString("reviewBody", string.Join(" ", findings.Select(f => $"{f.Message}.")) + correction);
        w.WriteStartObject("reviewRating");
        w.WriteString("@type", "Rating");
        w.WriteNumber("ratingValue", rating);
        w.WriteNumber("worstRating", 1);
        w.WriteNumber("bestRating", 5);
        w.WriteString("alternateName", Scale[rating]);
        w.WriteEndObject();
        w.WriteStartObject("itemReviewed");
        w.WriteString("@type", "Claim");
        w.WriteString("text", d.ReadableText(claim.Span));
        w.WriteStartObject("appearance");
        w.WriteString("@type", "CreativeWork");
        w.WriteString("name", Paths.Relative(d.Path));
        w.WriteString("url", Paths.ToUri(Paths.Relative(d.Path)));
        w.WriteString("datePublished", d.Date.ToString("yyyy-MM-dd"));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
