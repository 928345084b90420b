namespace MediaReview.Tests.Rules;

/// <summary>MR3001 (agreement given the wrong date) and MR3002 (an exit given the wrong date or party), on sentences written for the tests.</summary>
public class AgreementRuleTests
{
    [Theory]
    [InlineData("Iran says the {|MR3001:2016 nuclear deal|} still binds Washington.", "2025-04-14")]
    [InlineData("Tehran keeps citing the {|MR3001:2013 JCPOA|} in its letters.", "2025-04-14")]
    [InlineData("Iraq invoked the {|MR3001:Algiers Agreement of 1981|} in its claim.", "2025-04-14")]
    [InlineData("Iran's foreign minister called the {|MR3001:JCPOA, signed in Vienna in 2014|}, a model.", "2025-04-14")]
    [InlineData("The {|MR3001:Joint Comprehensive Plan of Action (2016)|} capped enrichment at 3.67 percent.", "2025-04-14")]
    [InlineData("The {|MR3001:Treaty of Amity was signed in 1959|}.", "2025-04-14")]
    [InlineData("Both sides cited the 1975 Algiers Accords and the {|MR3001:1990 Algiers Accords|}.", "2025-04-14")]
    // A name opening a sentence, heading or table cell has no word before it (this once crashed the check).
    [InlineData("{|MR3001:JCPOA signed in 2014|}.", "2025-04-14")]
    [InlineData("## {|MR3001:Treaty of Amity of 1956|}\n\nTreaty of Amity.\n\n| Year | What |\n|---|---|\n| 2013 | Joint Plan of Action agreed in Geneva |", "2025-04-14")]
    [InlineData("The {|MR3001:Joint Plan of Action was agreed in Geneva in November 2014|}.", "2025-04-14")]
    [InlineData("{|MR3001:Resolution 2231 was adopted on July 20, 2016|}.", "2025-04-14")]
    [InlineData("The Security Council unanimously adopted {|MR3001:UNSCR 2231 in 2016|}.", "2025-04-14")]
    // A one-token time after "of" (this once stopped the check with an internal error).
    [InlineData("The {|MR3001:Algiers Accords of mid-2019|} were signed.", "2025-04-14")]
    public void MR3001_fires_on_an_agreement_given_the_wrong_year(string markup, string date) => Markup.Verify(markup, date);

    [Fact]
    public void A_shared_name_with_a_year_that_fits_neither_is_corrected_to_the_nearer_one()
    {
        var finding = Assert.Single(TestEngine.Check("The Algiers Accords of 1980 freed the hostages.", "2025-04-14"));
        Assert.Equal("MR3001", finding.Id);
        Assert.Equal("Algiers Accords of 1981", finding.Suggestion);
    }

    [Fact]
    public void The_exit_message_names_the_party_and_the_day()
    {
        var finding = Assert.Single(TestEngine.Check("The United States withdrew from the nuclear deal with Iran on May 8, 2017.", "2020-01-08"));
        Assert.Equal("the reference set records \"United States withdrawal\" for the Joint Comprehensive Plan of Action on 2018-05-08; the draft says the United States, on 2017-05-08", finding.Message);
    }

    [Fact]
    public void The_message_cites_the_date_and_the_agreement_that_fits_the_stated_year()
    {
        var finding = Assert.Single(TestEngine.Check("Iraq invoked the Algiers Agreement of 1981 in its claim.", "2025-04-14"));
        Assert.Equal("the reference set dates the Algiers Agreement between Iran and Iraq on 1975-03-06 in Algiers; the draft says 1981; "
            + "the Algiers Accords between Iran and the United States (1981-01-19) fits that date", finding.Message);
    }

    [Theory]
    [InlineData("Tehran still invokes the 2015 nuclear deal.", "2025-04-14")]
    [InlineData("The 1981 Algiers Accords ended the hostage crisis between Iran and the United States.", "2025-04-14")]
    [InlineData("Iraq tore up the 1975 Algiers Agreement before the war.", "2025-04-14")]
    [InlineData("The Algiers Accord of 1975 settled the Shatt al-Arab border.", "2025-04-14")]
    [InlineData("The Algiers Accords of mid-1981 freed the hostages.", "2025-04-14")]
    [InlineData("Iran and six powers signed the JCPOA in Vienna in 2015.", "2025-04-14")]
    [InlineData("Iran joined the Treaty on the Non-Proliferation of Nuclear Weapons, which entered into force in 1970; the 1970 NPT is still in force.", "2025-04-14")]
    // Other deals, and years that belong to another noun.
    [InlineData("The 1994 nuclear deal with North Korea collapsed.", "2025-04-14")]
    [InlineData("Iran and the United States are discussing a new nuclear deal; a 2025 nuclear deal would need Senate support.", "2025-04-14")]
    [InlineData("The 2013 interim nuclear deal froze parts of Iran's program.", "2025-04-14")]
    [InlineData("The 2018 JCPOA withdrawal angered Tehran.", "2025-04-14")]
    [InlineData("Obama defended the nuclear deal in 2016.", "2025-04-14")]
    [InlineData("The Joint Plan of Action was agreed in Geneva in November 2013.", "2025-04-14")]
    [InlineData("Resolution 2231 was adopted on July 20, 2015, six days after the deal.", "2025-04-14")]
    [InlineData("Iran agreed to the JCPOA's limits in 2016 only after long debate.", "2025-04-14")]
    [InlineData("Resolution 2231 remained in force until October 2025.", "2025-04-14")]
    public void MR3001_stays_silent_on_right_or_other_agreements(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("The United States {|MR3002:withdrew from the JCPOA in 2017|}, Iranian officials said.", "2025-04-14")]
    [InlineData("In 2018, Iran {|MR3002:withdrew from the JCPOA|}.", "2025-04-14")]
    [InlineData("The United States {|MR3002:terminated the Treaty of Amity in 2019|}.", "2025-04-14")]
    [InlineData("Iraq {|MR3002:abrogated the Algiers Agreement in 1979|} and invaded Iran a year later.", "2025-04-14")]
    [InlineData("Iran has faced sanctions since the U.S. {|MR3002:withdrawal from the nuclear deal in 2019|}.", "2025-04-14")]
    [InlineData("In 2017, President Donald Trump {|MR3002:pulled out of the JCPOA|}.", "2025-04-14")]
    [InlineData("Tensions rose after Trump {|MR3002:pulled the United States out of the 2015 nuclear deal in 2017|} and reimposed sanctions on Iran.", "2020-01-08")]
    [InlineData("The United States {|MR3002:withdrew from the nuclear deal with Iran on May 8, 2017|}.", "2020-01-08")]
    public void MR3002_fires_on_an_exit_given_the_wrong_date_or_party(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("The United States withdrew from the JCPOA in May 2018.", "2025-04-14")]
    [InlineData("In 2018, President Donald Trump pulled out of the JCPOA.", "2025-04-14")]
    [InlineData("Iraq abrogated the Algiers Agreement in 1980.", "2025-04-14")]
    [InlineData("Washington terminated the Treaty of Amity in October 2018.", "2025-04-14")]
    // Threats, plans and other agreements are not reports of an exit.
    [InlineData("Iran threatened to quit the JCPOA in 2019.", "2025-04-14")]
    [InlineData("Iran would never withdraw from the JCPOA, Zarif said in 2019.", "2025-04-14")]
    [InlineData("Iran withdrew from the NPT talks in 2020.", "2025-04-14")]
    [InlineData("In 2019, a year after the United States withdrew from the JCPOA, Iran began exceeding its limits.", "2025-04-14")]
    [InlineData("Tensions rose after Trump pulled the United States out of the 2015 nuclear deal in 2018 and reimposed sanctions on Iran.", "2020-01-08")]
    [InlineData("The United States withdrew from the nuclear deal with Iran on May 8, 2018.", "2020-01-08")]
    [InlineData("Trump pulled the plug on talks in 2017, long before he left the nuclear deal with Iran.", "2020-01-08")]
    public void MR3002_stays_silent_on_right_exits_threats_and_plans(string text, string date) => Markup.Verify(text, date);
}
