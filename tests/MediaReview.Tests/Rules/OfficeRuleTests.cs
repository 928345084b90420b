namespace MediaReview.Tests.Rules;

/// <summary>
/// Must-fire and must-not-fire sentences for MR1001–MR1005, in Roslyn-style markup:
/// {|MR1002:…|} marks the exact text that must be flagged; unmarked text must stay silent.
/// The second argument is the draft's date.
/// </summary>
public class OfficeRuleTests
{
    [Theory]
    [InlineData("{|MR1001:Vice President Marco Rubio|} arrived in Riyadh on Tuesday.", "2025-03-04")]
    [InlineData("{|MR1001:Secretary of State Joe Biden|} met European allies.", "2025-03-04")]
    [InlineData("{|MR1001:Iranian Foreign Minister Mohammad-Bagher Qalibaf|} spoke to the assembly.", "2025-03-04")]
    [InlineData("{|MR1001:Abbas Araghchi, Oman's foreign minister|}, carried the letter.", "2025-03-04")]
    [InlineData("Officials said {|MR1001:President Kamala Harris|} would attend.", "2023-05-01")]
    [InlineData("{|MR1001:U.S. Vice President Mike Pompeo|} warned Tehran.", "2019-05-01")]
    public void MR1001_fires_on_an_office_never_held(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Vice President JD Vance arrived in Riyadh on Tuesday.", "2025-03-04")]
    [InlineData("Secretary of State Marco Rubio met European allies.", "2025-03-04")]
    [InlineData("Parliamentary Speaker Mohammad-Bagher Qalibaf addressed commanders.", "2025-02-08")]
    [InlineData("Vice President Mohammad Javad Zarif resigned.", "2025-03-04")] // an Iranian vice presidency: not in the reference set
    [InlineData("Prime Minister Keir Starmer called for calm.", "2025-03-04")] // person not in the reference set
    [InlineData("President Joe Smith of the chamber of commerce welcomed the news.", "2025-03-04")]
    [InlineData("The president and Cabinet members must execute their duties.", "2025-03-04")]
    [InlineData("Foreign Minister Badr Albusaidi hosted both delegations.", "2025-04-12")] // "Foreign Minister" resolves to Oman's office
    // Commas that do not set off an appositive.
    [InlineData("According to Witkoff, the president is determined to reach a deal.", "2025-05-28")]
    [InlineData("For Araghchi, the supreme leader has the final say.", "2025-05-28")]
    [InlineData("When he briefed the president, Araghchi said the talks were useful.", "2025-05-28")]
    [InlineData("Asked about the vice president, Rubio said nothing.", "2025-05-28")]
    [InlineData("Speaking after the supreme leader, Pezeshkian said the country was united.", "2025-05-28")]
    [InlineData("Also at the inauguration were the president, Masoud Pezeshkian, the foreign minister, Abbas Araghchi, and the speaker.", "2024-10-15")]
    [InlineData("{|MR4002:Mohammad Bagher Ghalibaf|}, a former IRGC commander, said the strikes would be answered.", "2025-05-28")]
    public void MR1001_stays_silent_on_offices_held_or_unverifiable(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("{|MR1001:Omani Foreign Minister Abbas Araghchi|} thanked the hosts.", "2025-05-01")]
    [InlineData("{|MR1001:U.S. Secretary of State Abbas Araghchi|} arrived in Rome.", "2025-05-01")]
    [InlineData("{|MR1001:Iranian President Donald Trump|} wrote the letter.", "2025-05-01")]
    public void MR1001_fires_when_the_title_names_another_country(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("{|MR1002:President Hassan Rouhani|} said on Monday that talks should resume.", "2025-02-11")]
    [InlineData("{|MR1002:Foreign Minister Mohammad Javad Zarif|} told reporters the door was open.", "2025-02-11")]
    [InlineData("In 2022, {|MR1002:President Donald Trump|} called the deal a disaster.", "2025-03-10")]
    [InlineData("Reporters asked {|MR1002:president Joe Biden|} about the talks.", "2025-03-10")]
    [InlineData("{|MR1002:Hassan Rouhani, Iran's president|}, welcomed the move.", "2025-02-11")]
    [InlineData("The ministry said {|MR1002:Secretary of State Antony Blinken|} had been briefed.", "2025-06-01")]
    [InlineData("For Khamenei, the talks are a trap. Speaking later, {|MR1002:President Khamenei|} agreed.", "2025-02-11")] // "For" is no first name
    [InlineData("{|MR1002:President Barack Obama|}, who signed the deal in 2015, criticized the withdrawal on Monday.", "2019-01-15")]
    [InlineData("In 2015, Iran signed the deal. {|MR1002:President Hassan Rouhani|} said on Monday that it still stands.", "2025-02-10")]
    [InlineData("{|MR1002:Quds Force commander Qasem Soleimani|} met Iraqi militia leaders on Sunday.", "2025-03-10")] // died in office, but "on Sunday" is now
    [InlineData("{|MR1002:Secretary of State Antony J. Blinken|} signed the order.", "2025-03-10")]
    [InlineData("Abbas Araghchi (Iran's deputy foreign minister) met {|MR1002:Vice President Joe Biden|}.", "2019-06-01")] // "deputy" is another office
    [InlineData("{|MR1002:Quds Force commander Qasem Soleimani|} attended an emergency meeting.", "2024-04-01")] // nothing recalls his death
    [InlineData("{|MR1002:Iranian President Ebrahim Raisi|}, a hardliner who took office in 2021, has backed the talks.", "2025-01-10")]
    [InlineData("20:55 GMT Trump says the strikes worked.\n\n{|MR1004:Former President Trump|} later posted online.", "2025-06-22")] // "GMT" is no first name
    [InlineData("{|MR1004:Former Parliament Speaker Mohammad-Bagher Qalibaf|} said on Friday that any attack would be met with force.", "2025-04-12")]
    [InlineData("Mr. {|MR1002:Mohammad Javad Zarif, the Minister of Foreign Affairs|}, received the envoy.", "2025-06-28")]
    public void MR1002_fires_on_an_outdated_title(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("In 2018, President Donald Trump withdrew from the deal.", "2025-03-10")]
    [InlineData("Former President Hassan Rouhani said on Monday that talks should resume.", "2025-02-11")]
    [InlineData("The deal was negotiated by then-Secretary of State John Kerry.", "2025-02-11")]
    [InlineData("In 2015, then-Secretary of State John Kerry signed the deal in Vienna.", "2025-02-11")]
    [InlineData("President Hassan Rouhani said on Monday that talks should resume.", "2016-05-02")]
    [InlineData("From 2013 to 2021, President Hassan Rouhani led the government.", "2025-02-11")]
    [InlineData("At the time, President Hassan Rouhani welcomed the agreement.", "2025-02-11")]
    [InlineData("It was a reference to Quds Force commander Qasem Soleimani.", "2025-02-11")] // died in office: keeps the title
    [InlineData("On March 3, 2016, President Hassan Rouhani opened the session.", "2025-02-11")]
    [InlineData("Biden's Secretary of State Antony Blinken had warned against it.", "2025-06-01")] // the office under Biden
    [InlineData("The deal was praised by the then president Hassan Rouhani.", "2025-02-11")]
    [InlineData("Hassan Rouhani, then president, praised the deal.", "2025-02-11")]
    // Times in passing, relative clauses, quantities and named dates must not turn a current title into an error.
    [InlineData("Foreign Minister Abbas Araghchi, who was Iran's chief negotiator in 2015, called the talks useful.", "2025-05-12")]
    [InlineData("Secretary of State Marco Rubio, who ran for president in 2016, told reporters the talks would go on.", "2025-05-12")]
    [InlineData("Vice President JD Vance said Iran had been enriching uranium to 60% since April 2021.", "2025-05-12")]
    [InlineData("Secretary of State Marco Rubio cited an IAEA report published in 2019.", "2025-05-28")]
    [InlineData("In 2015, Secretary of State John Kerry signed the deal, which Secretary of State Marco Rubio now wants to replace.", "2025-06-01")]
    [InlineData("Vice President JD Vance recalled the Sept. 11 attacks.", "2025-02-20")]
    [InlineData("President Masoud Pezeshkian said missiles with a range of 2000 kilometers were defensive.", "2025-05-28")]
    [InlineData("President Hassan Rouhani said Iran would double its oil exports by 2025.", "2019-05-08")]
    [InlineData("In the 1980s, President Ali Khamenei led Iran's civilian government.", "2025-02-10")]
    [InlineData("During the 1980-88 war, Iraqi President Saddam Hussein used chemical weapons.", "2025-02-10")]
    [InlineData("President Hassan Rouhani (2013–21) signed the deal.", "2025-06-01")]
    [InlineData("Last year, Secretary of State Antony Blinken called for restraint.", "2025-02-10")]
    [InlineData("Two years ago, President Joe Biden approved a prisoner swap.", "2025-02-10")]
    [InlineData("In January, President Joe Biden issued a waiver.", "2025-05-01")]
    [InlineData("During the Biden administration, Secretary of State Antony Blinken held no direct talks.", "2025-05-01")]
    [InlineData("2018: President Donald Trump withdraws from the deal.", "2023-04-10")]
    [InlineData("| 2019 | Secretary of State Mike Pompeo announces new sanctions |\n|---|---|\n| 2020 | Secretary of State Mike Pompeo again |", "2023-04-10")]
    [InlineData("In 2015, Iran and six world powers signed the nuclear deal. President Hassan Rouhani hailed it as a victory.", "2025-02-10")]
    [InlineData("Donald Trump, a former president at the time, was indicted in New York in 2023.", "2025-04-10")]
    [InlineData("\"President Obama understood that diplomacy works,\" Zarif said.", "2019-05-08")] // the speaker's words
    // Live-blog clock times, captions, apostrophe decades, eras, hypotheticals, the future.
    [InlineData("**2014 GMT** — Iranian Foreign Minister Abbas Araghchi landed in Geneva.", "2025-06-20")]
    [InlineData("FILE - Then-President Donald Trump speaks with Vice President Mike Pence, 2019.", "2025-04-15")]
    [InlineData("In the ’90s, President Akbar Hashemi Rafsanjani rebuilt the economy.", "2024-07-10")]
    [InlineData("During President Obama's second term, Secretary of State John Kerry negotiated the deal.", "2025-03-10")]
    [InlineData("Under President Barack Obama, the United States signed the nuclear deal.", "2025-03-10")]
    [InlineData("Had President Hillary Clinton won, Secretary of State John Kerry might have stayed on.", "2025-03-10")]
    [InlineData("Witkoff met Araghchi in Rome in 2019, when Secretary of State Mike Pompeo was in charge.", "2025-03-10")]
    [InlineData("When President Hassan Rouhani took office, inflation was above 40 percent.", "2025-03-10")]
    [InlineData("President Ebrahim Raisi, who died on Sunday when his helicopter crashed, was buried in Mashhad.", "2024-05-21")]
    // Long background paragraphs.
    [InlineData("President Joe Biden came into office in 2021 promising to rejoin the deal.", "2025-04-19")]
    [InlineData("In May 2015, negotiators met in Vienna. Talks dragged on for weeks. Foreign Minister Mohammad Javad Zarif, meanwhile, was defending the deal at home.", "2025-05-26")]
    [InlineData("2013: Hassan Rouhani is elected. In September, President Barack Obama and President Hassan Rouhani speak by telephone.", "2025-04-19")]
    [InlineData("In the past, he was restrained by President Joe Biden, who in April 2024 urged restraint.", "2025-05-20")]
    [InlineData("Indirect talks collapsed in the summer of 2022. Secretary of State Antony Blinken later said the deal was not on the agenda.", "2025-04-19")]
    [InlineData("Officials said the strikes would be answered and would have lasting consequences, Supreme Leader Ali Khamenei said.", "2025-06-14")]
    // From an unseen 2024 year-in-review.
    [InlineData("If one date defined Iran's year, it was May 19. That Sunday, a helicopter carrying President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian went down.", "2024-12-30")]
    [InlineData("Mohammad Javad Zarif, who had served as foreign minister under President Hassan Rouhani from 2013 to 2021, joined the new government.", "2024-12-30")]
    [InlineData("The Leader of the Islamic Revolution, Ayatollah Sayyid Ali Khamenei, received the cabinet.", "2025-06-28")]
    public void MR1002_stays_silent_in_historical_context(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("{|MR1003:President Masoud Pezeshkian|} visited Baghdad.", "2023-09-12")]
    [InlineData("In 2015, {|MR1003:Secretary of State Marco Rubio|} praised the deal.", "2025-03-10")]
    [InlineData("{|MR1003:former President Masoud Pezeshkian|} spoke at the university.", "2023-09-12")]
    [InlineData("The deal was praised by {|MR1003:then-President Masoud Pezeshkian|}.", "2023-09-12")]
    [InlineData("Republican Donald Trump won the election. {|MR1003:President Trump|} then named his cabinet.", "2016-12-14")]
    [InlineData("{|MR1003:IRGC commander Maj. Gen. Hossein Salami|} threatened shipping.", "2019-01-15")]
    [InlineData("{|MR1003:Sultan Haitham bin Tariq|} hosted the secret talks.", "2013-09-27")]
    [InlineData("When {|MR1003:President Joe Biden|} withdrew the United States in May 2018, allies protested.", "2025-03-10")]
    [InlineData("During the Biden administration, {|MR1003:Vice President JD Vance|} visited Kyiv.", "2025-06-01")]
    [InlineData("During the first Trump administration, {|MR1003:Secretary of State Marco Rubio|} visited Riyadh.", "2025-06-01")]
    [InlineData("{|MR1003:Foreign Minister Abbas Araghchi|} was sworn in on May 1, 2024.", "2024-12-30")] // a dated past is that date
    public void MR1003_fires_on_a_title_not_yet_held(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("President Masoud Pezeshkian visited Baghdad.", "2024-09-11")]
    [InlineData("Secretary of State Marco Rubio praised the deal.", "2025-03-10")]
    [InlineData("Incoming Secretary of State Marco Rubio, a longtime critic of the deal, spoke.", "2024-12-10")]
    [InlineData("In 1987, future President Donald Trump took out full-page newspaper ads.", "2024-12-10")]
    [InlineData("Next year, Secretary of State Marco Rubio is expected to visit the Gulf.", "2024-12-15")]
    [InlineData("Once confirmed, Secretary of State Marco Rubio will face an early test.", "2024-12-15")]
    [InlineData("Would a President Harris have kept Blinken?", "2025-02-20")]
    [InlineData("A President Vance would inherit whatever deal Trump strikes.", "2024-12-10")]
    public void MR1003_stays_silent_once_the_office_is_held(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("{|MR1003:Abbas Araghchi (Iran's foreign minister|}) said the talks were over.", "2023-06-01")]
    [InlineData("{|MR1003:Abbas Araghchi — Iran's foreign minister|} — said the talks were over.", "2023-06-01")]
    [InlineData("Araghchi, who negotiated in 2015, spoke. {|MR1003:Araghchi, now foreign minister|}, was a deputy then.", "2018-06-01")]
    public void MR1003_fires_on_brackets_dashes_and_now(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("{|MR1004:former President Donald Trump|} signed the memorandum.", "2025-03-10")]
    [InlineData("{|MR1004:Former Secretary of State Marco Rubio|} answered questions.", "2025-03-10")]
    [InlineData("{|MR1004:Benjamin Netanyahu, Israel's former prime minister|}, spoke on Sunday.", "2025-03-10")]
    [InlineData("In 2018, {|MR1004:former President Donald Trump|} withdrew from the deal.", "2025-03-10")]
    public void MR1004_fires_on_former_for_a_current_holder(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Former President Donald Trump criticised the deal.", "2023-06-01")]
    [InlineData("Former President Barack Obama defended the deal.", "2025-03-10")]
    [InlineData("Former Secretary of State Mike Pompeo said sanctions were working.", "2025-03-10")]
    [InlineData("Benjamin Netanyahu, Israel's former prime minister, spoke on Sunday.", "2022-03-10")]
    [InlineData("In 2022, former President Donald Trump announced his third White House bid.", "2025-03-20")]
    public void MR1004_stays_silent_on_former_holders(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("Supporters of {|MR1005:the late Hassan Rouhani|} gathered outside.", "2025-02-11")]
    [InlineData("A channel linked to {|MR1005:late Ayatollah Ali Khamenei|} posted the speech.", "2025-02-11")]
    [InlineData("A portrait of {|MR1005:the late Ebrahim Raisi|} hung in the hall.", "2024-01-05")]
    [InlineData("{|MR1005:The late Foreign Minister Hossein Amir\u2011Abdollahian|} was praised.", "2023-06-01")] // non-breaking hyphen
    public void MR1005_fires_on_late_for_someone_alive(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Supporters of the late Hassan Rouhani gathered outside.", "2025-02-11", "Hassan Rouhani was alive on 2025-02-11, the draft's date: the reference set records no death")]
    [InlineData("The late Qasem Soleimani commanded the Quds Force.", "2019-06-10", "Qasem Soleimani was alive on 2019-06-10, the draft's date: the reference set records the death on 2020-01-03")]
    public void MR1005_cites_the_death_the_set_records(string text, string date, string message)
    {
        var finding = Assert.Single(TestEngine.Check(text, date));
        Assert.Equal("MR1005", finding.Id);
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void MR1005_is_as_sure_with_a_title_the_reference_set_lacks()
    {
        // Iran's vice presidency is not in the reference set: the title is unverifiable, "late" is not.
        var finding = Assert.Single(TestEngine.Check("The late Vice President Hassan Rouhani was remembered on Monday.", "2025-04-14"));
        Assert.Equal("MR1005", finding.Id);
        Assert.Equal(0.95, finding.Confidence);
    }

    [Theory]
    [InlineData("A portrait of the late Ebrahim Raisi hung in the hall.", "2025-02-11")]
    [InlineData("The channel is associated with late Ayatollah Ali Akbar Hashemi Rafsanjani.", "2025-02-11")]
    [InlineData("The late Ayatollah Ruhollah Khomeini founded the Islamic Republic.", "2025-02-11")]
    public void MR1005_stays_silent_for_the_dead(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("Masoud Pezeshkian won the runoff. President Pezeshkian later thanked voters.", "2024-09-01")]
    [InlineData("Ashley Vance wrote the book. Former Vice President Vance was not involved.", "2025-03-10")] // "Vance" is Ashley here
    [InlineData("```\nPresident Hassan Rouhani\n```\n\nThe code block above is not prose.", "2025-02-11")]
    [InlineData("Inline `President Hassan Rouhani` code and <!-- President Hassan Rouhani --> comments are not prose.", "2025-02-11")]
    [InlineData("See [the archive](https://example.org/President-Hassan-Rouhani) for more.", "2025-02-11")]
    public void Names_and_markup_that_must_stay_silent(string text, string date) => Markup.Verify(text, date);

    [Theory]
    [InlineData("See [{|MR1002:President Hassan Rouhani|}](https://example.org/rouhani) for more.", "2025-02-11")]
    [InlineData("**{|MR1002:President Hassan Rouhani|}** said so.", "2025-02-11")]
    [InlineData("- {|MR1002:President Hassan Rouhani|} said so.\n- Vice President JD Vance agreed.", "2025-02-11")]
    public void Claims_inside_markdown_formatting_point_at_the_source(string markup, string date) => Markup.Verify(markup, date);

    [Theory]
    [InlineData("Secretary of State Antony Blinken arrived on Monday.", "Former Secretary of State Antony Blinken")]
    [InlineData("He met Secretary of State Antony Blinken on Monday.", "former Secretary of State Antony Blinken")]
    // The word that made the title current gives way to "former".
    [InlineData("Talks resumed. Now President Hassan Rouhani is gone.", "Former President Hassan Rouhani")]
    [InlineData("He met the current President Hassan Rouhani on Monday.", "former President Hassan Rouhani")]
    [InlineData("He met sitting Vice President Kamala Harris on Monday.", "former Vice President Kamala Harris")]
    [InlineData("Hassan Rouhani, now president of Iran, spoke on Monday.", "Hassan Rouhani, former president of Iran")]
    [InlineData("Talks resumed. Now\nPresident Hassan Rouhani is gone.", "Former President Hassan Rouhani")]
    public void MR1002_suggests_former_in_place_of_a_word_saying_now(string text, string suggestion)
    {
        var finding = Assert.Single(TestEngine.Check(text, "2025-05-20"));
        Assert.Equal("MR1002", finding.Id);
        Assert.Equal(suggestion, finding.Suggestion);
    }
}
