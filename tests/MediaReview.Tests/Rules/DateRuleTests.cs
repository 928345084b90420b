namespace MediaReview.Tests.Rules;

/// <summary>MR2001: weekday and date, must-fire and must-not-fire, in Roslyn-style markup.</summary>
public class DateRuleTests
{
    [Theory]
    [InlineData("Talks opened in Muscat on {|MR2001:Friday, April 12, 2025|}.", "2025-04-20")]
    [InlineData("The memorandum was signed {|MR2001:Wednesday, Feb. 4, 2025|}.", "2025-02-11")] // a Tuesday
    [InlineData("On {|MR2001:Friday, 12 April 2025|}, the delegations met.", "2025-04-20")]
    [InlineData("Round one: {|MR2001:Fri., April 12, 2025|}.", "2025-04-20")]
    [InlineData("Leap day: {|MR2001:Friday, February 29, 2024|}.", "2024-03-05")] // a Thursday
    [InlineData("New Year's Day fell on {|MR2001:Thursday, January 1, 2025|}.", "2025-01-05")] // a Wednesday
    [InlineData("The round was held {|MR2001:Thursday, April 19|}.", "2025-04-25")] // a Friday in 2024, Saturday in 2025, Sunday in 2026
    public void MR2001_fires_when_the_weekday_is_wrong(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Talks opened in Muscat on Saturday, April 12, 2025.", "2025-04-20")]
    [InlineData("The memorandum was signed Tuesday, Feb. 4, 2025.", "2025-02-11")]
    [InlineData("Leap day: Thursday, February 29, 2024.", "2024-03-05")]
    [InlineData("Year's end: Tuesday, December 31, 2024, and Wednesday, January 1, 2025.", "2025-01-05")]
    [InlineData("The envoy said on Friday that talks would resume.", "2025-04-20")] // a weekday with no date is no claim
    [InlineData("The round was held Friday, April 19.", "2025-04-25")] // April 19, 2024 was a Friday: the writer may mean it
    [InlineData("Iranian Foreign Minister Abbas Araghchi met his counterpart in Muscat, Oman, Saturday, April 12.", "2025-02-11")]
    [InlineData("Implementation Day came on Saturday, Jan. 16, 2016.", "2025-02-11")]
    [InlineData("Round one: Sat., April 12, 2025.", "2025-04-20")]
    [InlineData("```\nFriday, April 12, 2025\n```\n\nCode is not prose.", "2025-04-20")]
    public void MR2001_stays_silent_when_the_weekday_is_right(string text, string date) => Markup.Verify(text, date);

    [Fact]
    public void A_date_without_a_year_is_not_flagged_when_the_weekday_fits_the_year_before()
    {
        // In a February 2026 draft "Saturday, April 12" lands in 2026 (a Sunday), but April 12, 2025 was a Saturday.
        Markup.Verify("The first round was held on Saturday, April 12.", "2026-02-06");
    }

    [Fact]
    public void The_message_cites_the_real_weekday_and_the_suggestion_corrects_it()
    {
        var finding = Assert.Single(TestEngine.Check("Talks opened on Friday, April 12, 2025.", "2025-04-20"));
        Assert.Equal("2025-04-12 is a Saturday, not a Friday", finding.Message);
        Assert.Equal("Saturday, April 12, 2025", finding.Suggestion);
        Assert.Equal(0.95, finding.Confidence);
        var inferred = Assert.Single(TestEngine.Check("Talks opened on Thursday, April 12.", "2025-04-20"));
        Assert.Contains("the text gives no year", inferred.Message);
        Assert.True(inferred.Confidence < finding.Confidence);
    }
}
