namespace MediaReview.Tests.Rules;

/// <summary>MR2001: weekday and date, must-fire and must-not-fire, in Roslyn-style markup.</summary>
public class DateRuleTests
{
    [Theory]
    [InlineData("Talks opened in Muscat on {|MR2001:Friday, April 12, 2025|}.", "2025-04-20")]
    [InlineData("The memorandum was signed {|MR2001:Wednesday, Feb. 4, 2025|}.", "2025-02-11")] // a Tuesday
    [InlineData("On {|MR2001:Friday, 12 April 2025|}, the delegations met.", "2025-04-20")]
    [InlineData("Round one: {|MR2001:Fri., April 12, 2025|}.", "2025-04-20")]
    [InlineData("\"We met on {|MR2001:Friday, April 12, 2025|},\" the envoy recalled.", "2025-04-20")] // in quotes too, less certain
    [InlineData("Leap day: {|MR2001:Friday, February 29, 2024|}.", "2024-03-05")] // a Thursday
    [InlineData("New Year's Day fell on {|MR2001:Thursday, January 1, 2025|}.", "2025-01-05")] // a Wednesday
    [InlineData("The round was held {|MR2001:Thursday, April 19|}.", "2025-04-25")] // a Friday in 2024, Saturday in 2025, Sunday in 2026
    [InlineData("The round was held {|MR2001:Friday, April 19|}.", "2025-04-25")] // a week ago: 2025 is meant, though April 19, 2024 was a Friday
    [InlineData("The talks on {|MR2001:Friday, April 12|}, and {|MR2001:Saturday, April 13, 2025|}, were held in Muscat.", "2025-04-20")] // the year is shared
    public void MR2001_fires_when_the_weekday_is_wrong(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Talks opened in Muscat on Saturday, April 12, 2025.", "2025-04-20")]
    [InlineData("The memorandum was signed Tuesday, Feb. 4, 2025.", "2025-02-11")]
    [InlineData("Leap day: Thursday, February 29, 2024.", "2024-03-05")]
    [InlineData("Year's end: Tuesday, December 31, 2024, and Wednesday, January 1, 2025.", "2025-01-05")]
    [InlineData("The envoy said on Friday that talks would resume.", "2025-04-20")] // a weekday with no date is no claim
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
    public void A_year_earlier_in_the_paragraph_is_not_taken_for_a_heading_year()
    {
        // June 19, 2025 was a Thursday; June 19, 2019 a Wednesday. The date below "in December 2019" is still this
        // year's: the message once said "2019 is taken from the heading or label above" and suggested "Wednesday".
        const string text = "Grossi took up the post in December 2019. Araghchi met ministers on Friday, June 19.";
        var finding = Assert.Single(TestEngine.Check(text, "2025-06-20"));
        Assert.StartsWith("2025-06-19 is a Thursday, not a Friday", finding.Message);
        Assert.Equal("Thursday, June 19", finding.Suggestion);
        Markup.Verify(text.Replace("Friday", "Thursday"), "2025-06-20");
        // A heading year still sets the year of the dates below it.
        var below = Assert.Single(TestEngine.Check("## 2019\n\nGrossi met ministers on Friday, June 19.", "2025-06-20"));
        Assert.Contains("2019 is taken from the heading or label above", below.Message);
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

/// <summary>MR2003 (ages) and MR2004 (tenures): must-fire and must-not-fire.</summary>
public class AgeAndTenureRuleTests
{
    [Theory]
    [InlineData("Officials waited for the {|MR2003:88-year-old supreme leader|} to speak.", "2025-02-11")] // Khamenei was 85
    [InlineData("{|MR2003:Masoud Pezeshkian, 72|}, told reporters the talks were useful.", "2025-02-11")] // 70
    [InlineData("{|MR2003:Donald Trump (80)|} signed the memorandum.", "2025-03-10")] // 78
    [InlineData("{|MR2003:Akbar Hashemi Rafsanjani died at 85|} in Tehran.", "2017-01-09")] // 82
    [InlineData("The {|MR2003:86-year-old Khamenei|} spoke to air force commanders.", "2025-02-11")] // 85: the birthday is in April
    [InlineData("{|MR2003:Ali Khamenei, 86|}, spoke.", "2025-04-18")] // the day before his 86th birthday
    [InlineData("{|MR2003:Khamenei, 84|}, has had the final word since 1989.", "2025-05-14")] // "since 1989" says nothing of his age now
    [InlineData("{|MR2003:Ayatollah Ali Khamenei, Iran’s 86-year-old|} supreme leader who has ruled since 1989, did not attend.", "2025-02-11")] // one finding, not two
    public void MR2003_fires_on_an_age_the_birth_date_does_not_allow(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Ayatollah Ali Khamenei, Iran’s 86-year-old supreme leader who has ruled since 1989, did not attend.", "2026-02-06")]
    [InlineData("Officials waited for the 85-year-old supreme leader to speak.", "2025-02-11")]
    [InlineData("Ali Khamenei, 86, spoke.", "2025-04-19")] // his birthday
    [InlineData("Ebrahim Raisi, 63, died in a helicopter crash.", "2024-05-20")]
    [InlineData("Akbar Hashemi Rafsanjani died at 82 in Tehran.", "2017-01-09")]
    [InlineData("Akbar Hashemi Rafsanjani, who died at 82, is remembered as a pragmatist.", "2025-01-09")] // a death date ends the count
    [InlineData("In 2018, the 79-year-old Khamenei met the president.", "2025-02-11")]
    [InlineData("Mehdi Ghadimi, 45, an Iranian journalist in exile, disagreed.", "2025-02-11")] // not in the reference set
    [InlineData("Abbas Araghchi, 62, led the delegation.", "2025-02-11")] // no birth date in the reference set
    [InlineData("Donald Trump, 2025, was a year of tariffs.", "2025-03-10")] // not an age
    public void MR2003_stays_silent_on_right_or_unverifiable_ages(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("{|MR2004:Ayatollah Ali Khamenei, who has ruled since 1992|}, did not attend.", "2025-02-11")]
    [InlineData("{|MR2004:Khamenei has led the country for 40 years|}.", "2025-02-11")]
    [InlineData("{|MR2004:Masoud Pezeshkian, in office since 2023|}, spoke.", "2025-02-11")]
    [InlineData("{|MR2004:Abbas Araghchi has been foreign minister since August 2023|}.", "2025-02-11")]
    [InlineData("{|MR2004:Ali Khamenei, the supreme leader since 1992|}, spoke.", "2025-02-11")]
    public void MR2004_fires_on_a_tenure_the_term_does_not_allow(string markup, string date) => Markup.Verify(markup, date);

    [Fact]
    public void An_age_before_the_title_does_not_hide_the_tenure_after_it()
    {
        // The two spans overlap on the title, which markup cannot write.
        var findings = TestEngine.Check("The 88-year-old supreme leader, who has ruled since 1992, is said to have approved both.", "2025-04-20");
        Assert.Equal([("MR2003", "88-year-old supreme leader"), ("MR2004", "supreme leader, who has ruled since 1992")], findings.Select(f => (f.Id, f.Text)));
    }

    [Theory]
    [InlineData("Ayatollah Ali Khamenei, who has ruled since 1989, did not attend.", "2025-02-11")]
    [InlineData("The 85-year-old supreme leader, who has ruled since 1989, approved both.", "2025-02-11")]
    [InlineData("Khamenei has led the country for 35 years.", "2025-02-11")]
    [InlineData("Khamenei has led the country for 36 years.", "2025-02-11")] // 35.7 years, rounded up
    [InlineData("Khamenei has led the country for nearly 37 years.", "2025-02-11")]
    [InlineData("Mohammad-Bagher Qalibaf, in office since 2020, spoke.", "2025-02-11")]
    [InlineData("Abbas Araghchi has been foreign minister since Aug. 21, 2024.", "2025-02-11")]
    [InlineData("Hassan Rouhani has ruled since 2013.", "2025-02-11")] // no term runs now: not a tenure to check
    [InlineData("In 2010, Khamenei had ruled for 21 years.", "2025-02-11")]
    public void MR2004_stays_silent_on_right_tenures(string text, string date) => Markup.Verify(text, date);

    [Fact]
    public void Messages_cite_the_birth_date_and_the_term()
    {
        var age = Assert.Single(TestEngine.Check("Officials waited for the 88-year-old supreme leader to speak.", "2025-02-11"));
        Assert.Equal("Ali Khamenei was born 1939-04-19, so was 85 on 2025-02-11, not 88", age.Message);
        var tenure = Assert.Single(TestEngine.Check("Khamenei has ruled since 1992.", "2025-02-11"));
        Assert.Equal("Ali Khamenei has been Supreme Leader of Iran since 1989-06-04 (35 full years on 2025-02-11), not since 1992", tenure.Message);
    }
}

/// <summary>MR2002: known events given a date.</summary>
public class EventRuleTests
{
    [Theory]
    [InlineData("Witkoff attended the {|MR2002:first round of talks in Muscat on April 19|}.", "2025-04-25")]
    [InlineData("{|MR2002:Soleimani was killed in a U.S. drone strike in Baghdad on January 3, 2019|}.", "2025-02-11")]
    [InlineData("Few expected the {|MR2002:12-day war in June 2024|}.", "2025-07-01")]
    [InlineData("The {|MR2002:second round of U.S.-Iran talks, held in Rome on April 26|}, went well.", "2025-05-01")]
    [InlineData("The {|MR2002:Iran-Iraq War, which began on September 22, 1981|}, lasted eight years.", "2025-05-01")]
    [InlineData("The {|MR2002:Iran–Iraq war, which ended on August 20, 1989|}, left a million dead.", "2025-05-01")]
    public void MR2002_fires_on_a_known_event_given_the_wrong_date(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Witkoff attended the first round of talks in Muscat on April 12.", "2025-04-25")]
    [InlineData("The U.S. strikes on Fordow, Natanz and Isfahan on June 21 surprised Tehran.", "2025-06-25")] // also dated June 21 (U.S. time)
    [InlineData("The U.S. strikes on Fordow, Natanz and Isfahan on June 22 surprised Tehran.", "2025-06-25")]
    [InlineData("The fourth round of talks in 2013 made little progress.", "2025-06-25")] // other talks, long before
    [InlineData("Raisi died in a helicopter crash in May 2024.", "2025-02-11")]
    [InlineData("The Iran–Iraq war, from 1980 to 1988, shaped his views.", "2025-02-11")]
    [InlineData("The first round of talks ended. On April 19 the second round of talks opened in Rome.", "2025-04-25")]
    [InlineData("The Iran-Iraq War, which began on September 22, 1980, lasted eight years.", "2025-05-01")]
    [InlineData("The Iran-Iraq War, which Khomeini called a holy defence in 1984, lasted eight years.", "2025-05-01")]
    public void MR2002_stays_silent_on_right_or_other_events(string text, string date) => Markup.Verify(text, date);

    [Fact]
    public void The_message_cites_the_event_date_and_place()
    {
        var finding = Assert.Single(TestEngine.Check("Witkoff attended the first round of talks in Muscat on April 19.", "2025-04-25"));
        Assert.Equal("MR2002", finding.Id);
        Assert.Equal("the reference set dates the first round of U.S.-Iran talks on 2025-04-12 in Muscat; the draft says 2025-04-19 (the text gives no year; 2025 is taken from the draft's date)", finding.Message);
    }
}

/// <summary>Sentences from the date review that must stay silent or must fire.</summary>
public class DateReviewRegressionTests
{
    [Theory]
    [InlineData("Araghchi, who led Iran's delegation at the first round of talks, said on April 19 that Rome would be harder.", "2025-04-20")]
    [InlineData("Trump announced on April 7 that the first round of talks would take place in Oman.", "2025-04-20")]
    [InlineData("Khamenei said on April 15 that the first round of talks had gone well.", "2025-04-20")]
    [InlineData("The fourth round of talks, originally scheduled for May 3, was held in Muscat.", "2025-05-25")]
    [InlineData("Inspectors left Iran on July 4, after the 12-day war.", "2025-09-01")]
    [InlineData("Soleimani was killed in a drone strike ordered by Trump on the evening of Jan. 2, 2020, Washington time.", "2025-02-10")]
    [InlineData("Pezeshkian, whose wife died at 38 in a car crash, never remarried.", "2025-02-10")]
    [InlineData("In the poll, Trump (47) led Harris (45).", "2025-02-10")]
    [InlineData("In the poll, Harris, at 47, led Trump.", "2025-02-10")]
    [InlineData("Inflation reached 40 percent, President Hassan Rouhani, 70, said.", "2019-06-10")]
    [InlineData("Khamenei, who has led the country for more than 30 years, rarely travels.", "2025-02-11")]
    [InlineData("Netanyahu has served as prime minister for more than 17 years in total.", "2025-04-14")]
    [InlineData("Khamenei's office, which has been run by Mohammadi Golpayegani since 1993, issued a statement.", "2025-02-11")]
    [InlineData("Trump has been a critic of the deal since 2015.", "2025-02-11")]
    [InlineData("Khamenei has been ill since 2014, according to exiled opposition sources.", "2025-02-11")]
    [InlineData("Pezeshkian has been a member of parliament since 2008.", "2025-02-11")]
    [InlineData("Khamenei has led the country for nearly four decades.", "2025-02-11")]
    [InlineData("Khamenei has led the country for four decades.", "2025-02-11")]
    public void Stays_silent(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("Inflation reached 40 percent, President {|MR2003:Hassan Rouhani, 72|}, said.", "2019-06-10")] // 70
    [InlineData("Unemployment rose two points, the {|MR2003:75-year-old Rouhani|} conceded.", "2019-06-10")]
    [InlineData("{|MR2004:Khamenei has led the country for five decades|}.", "2025-02-11")] // 35 years: "four decades" rounds right, five does not
    [InlineData("{|MR2004:Ali Khamenei, supreme leader since 1990|}, spoke.", "2025-02-11")]
    [InlineData("{|MR2004:Masoud Pezeshkian has been president for two years|}.", "2025-02-11")]
    public void Fires(string markup, string date) => Markup.Verify(markup, date);
}

public class DateReviewRegressionTests2
{
    [Theory]
    [InlineData("Negotiators met on Friday–Saturday, April 11–12, 2025, officials said.", "2025-04-14")]
    [InlineData("### 1989\n\nKhamenei, 50, becomes supreme leader after Khomeini's death.", "2025-06-05")]
    [InlineData("| 1989 | Khamenei, 50, becomes supreme leader |", "2025-06-05")] // pipes without a table header: still a label
    [InlineData("- 2015: President Barack Obama backs the deal.", "2023-04-10")]
    [InlineData("## Friday, June 13, 2025\n\n**14:00** — Trump, 78, calls the Israeli strikes excellent.", "2025-06-24")] // the heading's day, before his birthday
    [InlineData("Iran and the E3 held the first round of talks in Istanbul on May 16, separate from the U.S. track.", "2025-05-20")]
    [InlineData("He won the 2024 presidential runoff on July 5.", "2025-04-12")] // the year in the event's name
    [InlineData("The first round of talks, which Oman hosted after preparations that started in March, went well.", "2025-04-20")]
    [InlineData("Five days after Soleimani was killed, on Jan. 8, 2020, Iran fired ballistic missiles.", "2025-02-10")]
    [InlineData("The U.S. strikes on Fordow came nine days after Israel began the war on June 13.", "2025-06-30")]
    [InlineData("It was the first round of U.S.-Iran talks since Donald Trump returned to office in January 2025.", "2025-04-20")]
    [InlineData("Iran holds a first round of talks with Britain, France and Germany in Geneva on Nov. 29, 2024.", "2025-04-20")]
    [InlineData("In 2018, Trump pulled out of the 2015 nuclear accord negotiated under President Barack Obama.", "2025-03-10")]
    [InlineData("He was a senior negotiator under Foreign Minister Mohammad Javad Zarif, who held the post from 2013 to 2021.", "2025-03-10")]
    public void Stays_silent(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("The {|MR2002:fifth round of talks in Rome on Friday, May 16|} ended without a deal.", "2025-05-20")] // it was May 23
    public void Fires(string markup, string date) => Markup.Verify(markup, date);
}

public class DateFormsTests
{
    [Theory]
    [InlineData("Negotiators met {|MR2001:Friday (April 12, 2025)|} in Muscat.", "2025-04-14")]
    [InlineData("Negotiators met {|MR2001:Friday, 2025-04-12|} in Muscat.", "2025-04-14")]
    [InlineData("Negotiators met {|MR2001:Fri, 12 Apr 2025|} in Muscat.", "2025-04-14")]
    [InlineData("Trump signed {|MR2002:NSPM-2 on Feb. 5, 2025|}.", "2025-02-10")]
    [InlineData("The {|MR2002:Israel-Iran war began on June 14|} and ended on June 24.", "2025-09-01")]
    [InlineData("The Israel-Iran war began on June 13 and {|MR2002:ended on June 25|}.", "2025-09-01")]
    [InlineData("{|MR2003:Ali Khamenei, then 56|}, became supreme leader in 1989.", "2025-02-11")] // "then" needs a time: without one the age is of an unstated past and not checked
    [InlineData("{|MR2003:At 89, Ali Khamenei|} still leads the country.", "2025-02-11")]
    [InlineData("The {|MR2004:supreme leader has ruled since 1992|}.", "2025-02-11")]
    public void Fire(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Negotiators met Saturday (April 12, 2025) in Muscat.", "2025-04-14")]
    [InlineData("The Sun, April 12, 2025, led with the story.", "2025-04-14")] // a newspaper, not Sunday
    [InlineData("Trump signed NSPM-2 on Feb. 4, 2025.", "2025-02-10")]
    [InlineData("The Israel-Iran war began on June 13 and ended on June 24.", "2025-09-01")]
    [InlineData("The war began on the evening of June 12, Eastern time.", "2025-09-01")]
    [InlineData("At 85, Ali Khamenei still leads the country.", "2025-02-11")]
    [InlineData("The supreme leader has ruled since 1989.", "2025-02-11")]
    [InlineData("The president has been in office since 2024.", "2025-02-11")] // ambiguous title: several presidents hold office
    public void Stay_silent(string text, string date) => Markup.Verify(text, date);
}
