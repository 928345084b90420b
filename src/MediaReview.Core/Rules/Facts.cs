using MediaReview.Claims;
using MediaReview.Reference;

namespace MediaReview.Rules;

/// <summary>
/// Reference lookups for rule expressions, as <c>facts.*</c>. Every method answers a question about
/// the reference set; none has side effects.
/// </summary>
public sealed class Facts(ReferenceSet reference)
{
    public ReferenceSet Reference { get; } = reference;

    /// <summary>The person held the office at some time.</summary>
    public bool HeldEver(string person, string? office) =>
        office is not null && Reference.TermsOf(person).Any(t => t.Office == office);

    /// <summary>The person held the office at some point of the range.</summary>
    public bool HeldDuring(string person, string? office, DateRange range) =>
        office is not null && Reference.TermsOf(person).Any(t => t.Office == office && t.Overlaps(range.Start, range.End));

    /// <summary>A term of the person in the office began before the range.</summary>
    public bool HeldBefore(string person, string? office, DateRange range) =>
        office is not null && Reference.TermsOf(person).Any(t => t.Office == office && t.Start < range.Start);

    /// <summary>The person held the office, but every term began after the range.</summary>
    public bool HeldOnlyAfter(string person, string? office, DateRange range)
    {
        if (office is null) return false;
        var any = false;
        foreach (var t in Reference.TermsOf(person))
        {
            if (t.Office != office) continue;
            if (t.Start <= range.End) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The person died while holding the office: a title they kept to the end.</summary>
    public bool DiedInOffice(string person, string? office) =>
        office is not null && Reference.FindPerson(person)?.Died is { } died
        && Reference.TermsOf(person).Any(t => t.Office == office && t.End == died);

    /// <summary>The reference set records the person's death on or before the range's end.</summary>
    public bool DiedBy(string person, DateRange range) => Reference.FindPerson(person)?.DiedBy(range.End) == true;
}
