using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

public class TimeExpressionTests
{
    private static List<TimeMention> Find(string text, string date = "2025-02-11")
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        return TimeExpressions.Find(tokens, 0, tokens.Count, DateOnly.Parse(date));
    }

    [Theory]
    [InlineData("in 2018", "2018-01-01", "2018-12-31")]
    [InlineData("on March 3, 2016", "2016-03-03", "2016-03-03")]
    [InlineData("on 3 March 2016", "2016-03-03", "2016-03-03")]
    [InlineData("in June 2025", "2025-06-01", "2025-06-30")]
    [InlineData("Saturday, April 12, 2025", "2025-04-12", "2025-04-12")]
    [InlineData("from 2013 to 2021", "2013-01-01", "2021-12-31")]
    [InlineData("between 2013 and 2021", "2013-01-01", "2021-12-31")]
    [InlineData("1981–1989", "1981-01-01", "1989-12-31")]
    [InlineData("in mid-2024", "2024-01-01", "2024-12-31")]
    [InlineData("since 1989", "1989-01-01", "2025-02-11")]
    [InlineData("Feb. 7, 2024", "2024-02-07", "2024-02-07")]
    public void Reads_explicit_times(string text, string start, string end)
    {
        var mention = Assert.Single(Find(text));
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), mention.Range);
        Assert.False(mention.YearInferred);
    }

    [Theory]
    [InlineData("the 2015 nuclear deal")]
    [InlineData("said on Friday")]
    [InlineData("May the talks succeed")]
    [InlineData("2,000 people")]
    [InlineData("before 2018")]
    public void Ignores_what_is_not_a_time_of_the_sentence(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("on February 7", "2025-02-11", "2025-02-07")]
    [InlineData("on April 19", "2025-04-12", "2025-04-19")] // a week ahead: this year
    [InlineData("on December 30", "2025-01-03", "2024-12-30")] // just past, across the year boundary
    [InlineData("on February 29", "2025-02-11", "2024-02-29")] // only leap years have it
    public void A_date_without_a_year_takes_the_nearest_year(string text, string draft, string expected)
    {
        var mention = Assert.Single(Find(text, draft));
        Assert.Equal(DateOnly.Parse(expected), mention.Range.Start);
        Assert.True(mention.YearInferred);
    }
}
