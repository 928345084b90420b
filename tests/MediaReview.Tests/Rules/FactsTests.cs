using MediaReview.Claims;
using MediaReview.Rules;

namespace MediaReview.Tests.Rules;

/// <summary>
/// The reference lookups rules call as facts.*, on the shipped reference set. Zarif was foreign minister of Iran from
/// 2013-08-15 to 2021-08-25; Raisi was president from 2021-08-03 until he died in office on 2024-05-19; Netanyahu has
/// three terms as prime minister of Israel; Khamenei was president (1981-1989) and has been supreme leader since 1989-06-04.
/// </summary>
public class FactsTests
{
    private static readonly Facts Facts = new(TestEngine.Reference);

    private static DateRange Days(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    [Theory]
    [InlineData("zarif", "fm-iran", true)]
    [InlineData("zarif", "president-iran", false)]
    [InlineData("khamenei", "president-iran", true)]
    [InlineData("zarif", null, false)]
    [InlineData("no-such-person", "fm-iran", false)]
    public void HeldEver(string person, string? office, bool expected) => Assert.Equal(expected, Facts.HeldEver(person, office));

    [Theory]
    [InlineData("zarif", "fm-iran", "2021-08-25", "2022-01-01", true)] // the last day of the term
    [InlineData("zarif", "fm-iran", "2021-08-26", "2022-01-01", false)]
    [InlineData("zarif", "fm-iran", "2010-01-01", "2013-08-15", true)] // the first day
    [InlineData("zarif", "fm-iran", "2010-01-01", "2013-08-14", false)]
    [InlineData("netanyahu", "pm-israel", "2000-01-01", "2008-12-31", false)] // between his terms
    [InlineData("netanyahu", "pm-israel", "2000-01-01", "2009-03-31", true)]
    public void HeldDuring(string person, string office, string start, string end, bool expected) =>
        Assert.Equal(expected, Facts.HeldDuring(person, office, Days(start, end)));

    [Theory]
    [InlineData("zarif", "fm-iran", "2013-08-16", true)]
    [InlineData("zarif", "fm-iran", "2013-08-15", false)] // began on the range's first day, not before it
    [InlineData("araghchi", "fm-iran", "2024-01-01", false)]
    public void HeldBefore(string person, string office, string start, bool expected) =>
        Assert.Equal(expected, Facts.HeldBefore(person, office, Days(start, "2030-01-01")));

    [Theory]
    [InlineData("araghchi", "fm-iran", "2024-01-01", "2024-08-20", true)] // every term began after the range
    [InlineData("araghchi", "fm-iran", "2024-01-01", "2024-08-21", false)]
    [InlineData("netanyahu", "pm-israel", "2000-01-01", "2001-01-01", false)] // an earlier term began before it
    [InlineData("zarif", "president-iran", "2000-01-01", "2001-01-01", false)] // never held
    public void HeldOnlyAfter(string person, string office, string start, string end, bool expected) =>
        Assert.Equal(expected, Facts.HeldOnlyAfter(person, office, Days(start, end)));

    [Theory]
    [InlineData("raisi", "president-iran", true)]
    [InlineData("amir-abdollahian", "fm-iran", true)]
    [InlineData("zarif", "fm-iran", false)] // alive
    [InlineData("khomeini", "president-iran", false)] // died, but never held that office
    [InlineData("raisi", null, false)]
    public void DiedInOffice(string person, string? office, bool expected) => Assert.Equal(expected, Facts.DiedInOffice(person, office));

    [Fact]
    public void TermAt_the_range_end_in_a_named_office_or_the_longest_running()
    {
        Assert.Equal(new DateOnly(2009, 3, 31), Facts.TermAt("netanyahu", "pm-israel", Days("2010-01-01", "2010-06-01"))?.Start);
        Assert.Equal(new DateOnly(2022, 12, 29), Facts.TermAt("netanyahu", "pm-israel", Days("2010-01-01", "2024-06-01"))?.Start);
        Assert.Null(Facts.TermAt("netanyahu", "pm-israel", Days("2021-07-01", "2022-01-01")));
        // No office named: of the terms running on 1989-06-10 (president since 1981, supreme leader since 1989-06-04), the earlier-begun.
        Assert.Equal("president-iran", Facts.TermAt("khamenei", null, Days("1989-06-10", "1989-06-10"))?.Office);
        Assert.Equal("supreme-leader-iran", Facts.TermAt("khamenei", null, Days("1990-01-01", "1990-01-01"))?.Office);
    }
}
