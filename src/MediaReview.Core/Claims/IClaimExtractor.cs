using MediaReview.Documents;

namespace MediaReview.Claims;

/// <summary>Finds one family of claims in a document. Add one to teach MediaReview a new kind of claim.</summary>
public interface IClaimExtractor
{
    IEnumerable<Claim> Extract(Document document);
}
