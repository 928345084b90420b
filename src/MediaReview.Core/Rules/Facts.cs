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
    public bool HeldEver(string person, string? office)
    {
        if (office is null) return false;
        foreach (var t in Reference.TermSpanOf(person))
        {
            if (t.Office == office) return true;
        }
        return false;
    }

    /// <summary>The person held the office at some point of the range.</summary>
    public bool HeldDuring(string person, string? office, DateRange range)
    {
        if (office is null) return false;
        foreach (var t in Reference.TermSpanOf(person))
        {
            if (t.Office == office && t.Overlaps(range.Start, range.End)) return true;
        }
        return false;
    }

    /// <summary>A term of the person in the office began before the range.</summary>
    public bool HeldBefore(string person, string? office, DateRange range)
    {
        if (office is null) return false;
        foreach (var t in Reference.TermSpanOf(person))
        {
            if (t.Office == office && t.Start < range.Start) return true;
        }
        return false;
    }

    /// <summary>The person held the office, but every term began after the range.</summary>
    public bool HeldOnlyAfter(string person, string? office, DateRange range)
    {
        if (office is null) return false;
        var any = false;
        foreach (var t in Reference.TermSpanOf(person))
        {
            if (t.Office != office) continue;
            if (t.Start <= range.End) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The person died while holding the office: a title they kept to the end.</summary>
    public bool DiedInOffice(string person, string? office)
    {
        if (office is null || Reference.FindPerson(person)?.Died is not { } died) return false;
        foreach (var t in Reference.TermSpanOf(person))
        {
            if (t.Office == office && t.End == died) return true;
        }
        return false;
    }

    /// <summary>The event happened at some point of the range (its date, its span, or a date it is also given).</summary>
    public bool EventOn(string @event, DateRange range) => EventOn(@event, range, "");

    /// <summary>As <see cref="EventOn(string, DateRange)"/>, for the event's "start" or "end" only when <paramref name="part"/> says so.</summary>
    public bool EventOn(string @event, DateRange range, string part)
    {
        if (Reference.FindEvent(@event) is not { } e) return true;
        var (start, end) = (e.Date ?? e.Start!.Value, e.End ?? e.Date ?? e.Start!.Value);
        if (part == "start") end = start;
        else if (part == "end") start = end;
        if (start <= range.End && end >= range.Start) return true;
        return part != "end" && e.AlsoDated.Any(d => d >= range.Start && d <= range.End);
    }

    /// <summary>
    /// The range lies within a year of the event: further off, the text more likely means another event
    /// of the same kind ("the first round of talks" of other negotiations).
    /// </summary>
    public bool EventNear(string @event, DateRange range)
    {
        if (Reference.FindEvent(@event) is not { } e) return false;
        var (start, end) = (e.Date ?? e.Start!.Value, e.End ?? e.Date ?? e.Start!.Value);
        return range.End >= start.AddYears(-1) && range.Start <= end.AddYears(1);
    }

    /// <summary>The reference set has the person's date of birth.</summary>
    public bool HasBirthDate(string person) => Reference.FindPerson(person)?.Born is not null;

    /// <summary>The person's age in whole years on a day; a death date ends the count. -1 without a birth date.</summary>
    public int AgeOn(string person, DateOnly day)
    {
        if (Reference.FindPerson(person) is not { Born: { } born } p) return -1;
        if (p.Died is { } died && died < day) day = died;
        var age = day.Year - born.Year;
        if (day < born.AddYears(age)) age--;
        return age;
    }

    /// <summary>The stated age is the person's age at some point of the range.</summary>
    public bool AgeFits(string person, int age, DateRange range)
    {
        var low = AgeOn(person, range.Start);
        // Born on February 29: in other years the birthday is kept on February 28 or on March 1; both count.
        if (Reference.FindPerson(person)?.Born is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(range.Start.Year)) low = AgeOn(person, range.Start.AddDays(-1));
        return age >= low && age <= AgeOn(person, range.End);
    }

    /// <summary>The term of the person running at the range's end: in the office if one is named, else the longest-running.</summary>
    public Term? TermAt(string person, string? office, DateRange range)
    {
        Term? best = null;
        foreach (var t in Reference.TermSpanOf(person))
        {
            if (office is not null && t.Office != office) continue;
            if (!t.Overlaps(range.End, range.End)) continue;
            if (best is null || t.Start < best.Start) best = t;
        }
        return best;
    }

    /// <summary>The person holds a term at the range's end (in the office, if one is named).</summary>
    public bool HasTermAt(string person, string? office, DateRange range) => TermAt(person, office, range) is not null;

    /// <summary>The year the term running at the range's end began, or 0.</summary>
    public int TermStartYear(string person, string? office, DateRange range) => TermAt(person, office, range)?.Start.Year ?? 0;

    /// <summary>
    /// "for N years" fits the term running at the range's end: N is the whole years served or that
    /// rounded up; an approximate count ("nearly", "more than") may be one further off.
    /// </summary>
    public bool YearsInOfficeFit(string person, string? office, DateRange range, int years, bool approximate, bool atLeast)
    {
        if (TermAt(person, office, range) is not { } term) return true;
        var served = range.End.Year - term.Start.Year;
        if (range.End < term.Start.AddYears(served)) served--;
        if (atLeast) return years <= served;
        var slack = approximate ? (years >= 10 && years % 10 == 0 ? 5 : 1) : 0;
        return years >= served - slack && years <= served + 1 + slack;
    }

    /// <summary>The reference set records the person's death on or before the range's end.</summary>
    public bool DiedBy(string person, DateRange range) => Reference.FindPerson(person)?.DiedBy(range.End) == true;

    // ---- agreements --------------------------------------------------------------------------

    /// <summary>The agreement was signed, or entered into force, within the range.</summary>
    public bool AgreementSignedIn(string agreement, DateRange range) =>
        Reference.FindAgreement(agreement) is not { } a || AgreementClaimExtractor.SignedIn(a, range);

    /// <summary>The reference set records an event of this kind ("exit") for the agreement.</summary>
    public bool HasAgreementEvent(string agreement, string kind) =>
        Reference.FindAgreement(agreement)?.Events.Any(e => e.Kind == kind) == true;

    /// <summary>
    /// An event of the kind fits what the draft says: by the named party (when one is named) and within
    /// the stated time (when one is given).
    /// </summary>
    public bool AgreementEventFits(string agreement, string kind, string party, DateRange stated, bool hasDate)
    {
        if (Reference.FindAgreement(agreement) is not { } a) return true;
        var events = a.Events.Where(e => e.Kind == kind).ToList();
        if (party.Length > 0) events = events.Where(e => e.Party is null || string.Equals(e.Party, party, StringComparison.OrdinalIgnoreCase)).ToList();
        if (events.Count == 0) return false;
        return !hasDate || events.Any(e => e.Date >= stated.Start && e.Date <= stated.End);
    }
}
