namespace MediaReview.Tests.Rules;

/// <summary>MR4001 (one person, two spellings) and MR4002 (a spelling other than the preferred one), on sentences written for the tests.</summary>
public class NameRuleTests
{
    [Theory]
    [InlineData("Badr Albusaidi hosted the talks in Muscat. {|MR4001,MR4002:Al Busaidi|} said both sides were serious.", "2025-04-13")]
    [InlineData("Qasem Soleimani led the Quds Force for two decades. A drone strike killed {|MR4001,MR4002:Qassim Suleimani|} in Baghdad.", "2025-04-13")]
    [InlineData("Hossein Amir-Abdollahian visited Beirut in 2023. {|MR4001,MR4002:Amirabdollahian|}'s trip lasted two days.", "2025-04-13")]
    [InlineData("The talks were led by Sayyid Badr Albusaidi. In Rome, {|MR4001,MR4002:Badr bin Hamad Al Busaidi|} hosted the second round.", "2025-04-20")]
    [InlineData("The speaker, Mohammad-Bagher Qalibaf, spoke first. {|MR4001,MR4002:Ghalibaf|} warned of retaliation.", "2025-04-13")]
    public void MR4001_fires_on_the_later_of_two_spellings(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    // The preferred spelling after a variant is not flagged: the variant is (MR4002), and correcting it makes the draft consistent.
    [InlineData("{|MR4002:Abbas Araqchi|} flew to Oman on Friday. Aides to Abbas Araghchi said he would return on Sunday.", "2025-04-13")]
    [InlineData("Quds Force commander {|MR4002:Qassim Suleimani|} was killed in Baghdad in 2020.\n\nQasem Soleimani had led the force since 1998.", "2025-04-14")]
    [InlineData("{|MR4002:Badr Al Busaidi|} hosted the talks. Badr Albusaidi said both sides were serious.", "2025-04-13")]
    public void MR4001_never_flags_the_preferred_spelling(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("{|MR4002:Qassim Suleimani|} was a general.", "2025-04-13")]
    [InlineData("{|MR4002:Hassan Rohani|} spoke in Tehran. {|MR4002:Rohani|} said the deal had worked.", "2025-04-13")]
    [InlineData("The envoy met {|MR4002:Mohammad Bagher Ghalibaf|} and later {|MR4002:Ghalibaf|}'s aides.", "2025-04-13")]
    [InlineData("{|MR4002:Antonio Guterres|} called for restraint.", "2025-04-13")]
    public void MR4002_fires_on_a_spelling_other_than_the_preferred_one(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    // Shorter and fuller forms in one spelling.
    [InlineData("Ayatollah Ali Khamenei spoke on Friday. Khamenei said talks were not wise. Ali Khamenei's office agreed.", "2025-02-11")]
    [InlineData("Joe Biden took office in 2021. Joseph R. Biden Jr. later said Biden had no regrets.", "2025-02-11")]
    [InlineData("Donald J. Trump signed the memorandum. Trump said Donald Trump would meet anyone.", "2025-02-11")]
    [InlineData("Mohammad-Bagher Qalibaf spoke. Mohammad Bagher Qalibaf later added that Qalibaf's view was unchanged.", "2025-02-11")]
    [InlineData("Sayyid Badr Albusaidi hosted the talks. Albusaidi said both sides were serious.", "2025-04-13")]
    [InlineData("Antony J. Blinken met Antony Blinken's successor.", "2025-02-11")]
    // A namesake: another Al Busaidi is someone else, and so is the bare surname after him.
    [InlineData("Badr Albusaidi hosted the talks. Ali Al Busaidi, a businessman in Muscat, said the hotels were full. Al Busaidi added that prices rose.", "2025-04-13")]
    // A surname the reference set does not list counts only after its person's full name.
    [InlineData("Rohani is a common name in Iran.", "2025-04-13")]
    public void Name_rules_stay_silent_on_one_spelling(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("Qassim\nSuleimani")]
    [InlineData("Qassim  Suleimani")]
    [InlineData("Qassim \r\n\tSuleimani")]
    [InlineData("Qassim Suleimani")]
    public void A_name_is_cited_on_one_line_with_single_spaces(string written)
    {
        var finding = Assert.Single(TestEngine.Check($"{written} was a general.", "2025-04-13"), f => f.Id == "MR4002");
        Assert.Equal("\"Qassim Suleimani\" is a spelling of Qasem Soleimani; the reference set prefers \"Qasem Soleimani\"", finding.Message);
        Assert.Equal(written, finding.Text); // the span's own text is kept as written
    }

    [Theory]
    [InlineData("Roh<b class=\"x\">ani</b>", "Roh<b class=\"x\">ani", false)]   // markup inside the word
    [InlineData("Roh&#97;ni", "Roh&#97;ni", false)]                             // a character reference inside it
    [InlineData("<a href=\"/r\">Rohani</a>&rsquo;s", "Rohani", true)]          // markup before a possessive
    [InlineData("<b>Rohani&rsquo;s</b>,", "Rohani", true)]                      // and after it
    public void A_name_with_markup_inside_it_is_cited_as_read_and_flagged_whole(string written, string span, bool corrected)
    {
        var html = $"<p>Hassan Rouhani spoke on Sunday. Later, {written} aide said the talks went well.</p>";
        var result = TestEngine.Checker.Check(TestEngine.Markdown(html, "2025-04-13", "draft.html"));
        var finding = Assert.Single(result.Findings, f => f.Id == "MR4002");
        Assert.Equal("\"Rohani\" is a spelling of Hassan Rouhani; the reference set prefers \"Rouhani\"", finding.Message);
        // The span covers the whole word as written, up to its possessive, not where its text alone would end.
        Assert.Equal(span, html[finding.Span.Start..finding.Span.End]);
        Assert.Equal(span, finding.Text);
        // Replacing markup inside the span with plain text would break it: no correction is offered then.
        Assert.Equal(corrected ? "Rouhani" : null, finding.Suggestion);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_name_broken_over_two_lines_of_a_web_page_is_corrected(string lineBreak)
    {
        var html = $"<p>Hassan Rouhani spoke on Sunday. Later, Hassan{lineBreak}Rohani said the talks went well.</p>";
        var finding = Assert.Single(TestEngine.Checker.Check(TestEngine.Markdown(html, "2025-04-13", "draft.html")).Findings, f => f.Id == "MR4002");
        Assert.Equal("\"Hassan Rohani\" is a spelling of Hassan Rouhani; the reference set prefers \"Hassan Rouhani\"", finding.Message);
        Assert.Equal("Hassan Rouhani", finding.Suggestion);
    }

    [Fact]
    public void A_name_across_a_link_is_cited_whole_and_not_corrected()
    {
        var finding = Assert.Single(TestEngine.Check("Hassan [Rohani](https://example.org/r) said the talks went well.", "2025-04-13"), f => f.Id == "MR4002");
        Assert.Equal("\"Hassan Rohani\" is a spelling of Hassan Rouhani; the reference set prefers \"Hassan Rouhani\"", finding.Message);
        Assert.Equal("Hassan [Rohani", finding.Text);
        Assert.Null(finding.Suggestion);
        var plain = Assert.Single(TestEngine.Check("Hassan Rohani said the talks went well.", "2025-04-13"), f => f.Id == "MR4002");
        Assert.Equal("Hassan Rouhani", plain.Suggestion);
    }
}
