using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

public class TimeExpressionTests
{
    private static List<TimeMention> Find(string text, string date = "2025-02-11")
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var found = TimeExpressions.Find(tokens, 0, tokens.Count, DateOnly.Parse(date));
        // The extractors pass the word classes the tokenizer gave their prose blocks: the same times must come out.
        var classes = new List<byte>();
        var classified = Tokenizer.Tokenize(text, 0, text.Length, [], classes);
        Assert.Equal(found, TimeExpressions.Find(classified, classes, 0, classified.Count, DateOnly.Parse(date)));
        return found;
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

    /// <summary>Three office holders' times, for the era forms.</summary>
    private sealed class Eras : IEraResolver
    {
        public DateRange? EraOf(string surname, int ordinal) => (surname, ordinal) switch
        {
            ("Obama", _) => Range("2009-01-20", "2017-01-19"),
            ("Biden", _) => Range("2021-01-20", "2025-01-19"),
            ("Trump", 1) => Range("2017-01-20", "2021-01-19"),
            _ => null,
        };

        public bool IsTitleWord(string word) => word is "President" or "president";
    }

    private static DateRange Range(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    // Every form, at the start of a sentence (capitalised) and inside one: each must still be read now that
    // tokens no form starts at are passed over.
    [Theory]
    [InlineData("Last year the talks stalled.", "2024-01-01", "2024-12-31")]
    [InlineData("He said last year that it stalled.", "2024-01-01", "2024-12-31")]
    [InlineData("This year the talks resumed.", "2025-01-01", "2025-02-11")]
    [InlineData("Two years ago the talks stalled.", "2022-08-11", "2023-08-11")]
    [InlineData("It stalled two decades ago.", "2004-08-11", "2005-08-11")]
    [InlineData("Next month the talks resume.", "2025-03-01", "2025-03-31")]
    [InlineData("The talks resume next year.", "2026-01-01", "2026-12-31")]
    [InlineData("When Trump was first in office, the talks stalled.", "2017-01-20", "2021-01-19")]
    [InlineData("Under President Barack Obama, the deal was signed.", "2009-01-20", "2017-01-19")]
    [InlineData("It was signed under President Barack Obama.", "2009-01-20", "2017-01-19")]
    [InlineData("It was signed during the Biden administration.", "2021-01-20", "2025-01-19")]
    [InlineData("It stalled in Trump's first term.", "2017-01-20", "2021-01-19")]
    [InlineData("Obama-era sanctions were lifted.", "2009-01-20", "2017-01-19")]
    [InlineData("It began in the mid-1990s.", "1990-01-01", "1999-12-31")]
    [InlineData("It began in the Mid-1990s.", "1990-01-01", "1999-12-31")]
    [InlineData("Mid-2024 talks stalled.", "2024-01-01", "2024-12-31")]
    [InlineData("In May last year the talks stalled.", "2024-05-01", "2024-05-31")]
    [InlineData("In January the talks stalled.", "2025-01-01", "2025-01-31")]
    [InlineData("2015: the deal is signed.", "2015-01-01", "2015-12-31")]
    [InlineData("The talks, 2019.", "2019-01-01", "2019-12-31")]
    [InlineData("It was signed 2025-04-12 in Vienna.", "2025-04-12", "2025-04-12")]
    [InlineData("It ran 2013-2021 in all.", "2013-01-01", "2021-12-31")]
    [InlineData("It began in the '90s.", "1990-01-01", "1999-12-31")]
    public void Reads_each_form_wherever_it_stands(string text, string start, string end)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var mention = Assert.Single(TimeExpressions.Find(tokens, 0, tokens.Count, DateOnly.Parse("2025-02-11"), new Eras()));
        Assert.Equal(Range(start, end), mention.Range);
        // The same with the word classes the tokenizer gives a draft's prose blocks, as the extractors call it.
        var classes = new List<byte>();
        var classified = Tokenizer.Tokenize(text, 0, text.Length, [], classes);
        Assert.Equal(mention, Assert.Single(TimeExpressions.Find(classified, classes, 0, classified.Count, DateOnly.Parse("2025-02-11"), new Eras())));
    }
}
