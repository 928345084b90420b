using MediaReview.Claims;

namespace MediaReview.Tests.Claims;

public class OfficeClaimExtractorTests
{
    private static OfficeClaim Single(string text, string date = "2025-02-11")
    {
        var claims = TestEngine.Claims(text, date);
        return Assert.Single(claims);
    }

    [Theory]
    [InlineData("President Masoud Pezeshkian spoke.", "pezeshkian", "president-iran", "President Masoud Pezeshkian")]
    [InlineData("Iranian Foreign Minister Abbas Araghchi spoke.", "araghchi", "fm-iran", "Iranian Foreign Minister Abbas Araghchi")]
    [InlineData("Supreme Leader Ayatollah Ali Khamenei spoke.", "khamenei", "supreme-leader-iran", "Supreme Leader Ayatollah Ali Khamenei")]
    [InlineData("It was signed by President Donald J. Trump’s administration.", "trump", "president-us", "President Donald J. Trump")]
    [InlineData("U.S. Secretary of State Marco Rubio spoke.", "rubio", "secstate-us", "U.S. Secretary of State Marco Rubio")]
    [InlineData("The president of Iran, Masoud Pezeshkian, spoke.", "pezeshkian", "president-iran", "president of Iran, Masoud Pezeshkian")]
    [InlineData("Iran's foreign minister, Abbas Araghchi, spoke.", "araghchi", "fm-iran", "Iran's foreign minister, Abbas Araghchi")]
    [InlineData("Abbas Araghchi, Iran's foreign minister, spoke.", "araghchi", "fm-iran", "Abbas Araghchi, Iran's foreign minister")]
    [InlineData("Ali Khamenei, Iran's 86-year-old supreme leader, spoke.", "khamenei", "supreme-leader-iran", "Ali Khamenei, Iran's 86-year-old supreme leader")]
    [InlineData("He met Omani Foreign Minister Sayyid Badr Albusaidi.", "albusaidi", "fm-oman", "Omani Foreign Minister Sayyid Badr Albusaidi")]
    [InlineData("Parliamentary Speaker Mohammad-Bagher Qalibaf spoke.", "qalibaf", "speaker-majlis", "Parliamentary Speaker Mohammad-Bagher Qalibaf")]
    public void Reads_title_and_appositive_forms(string text, string person, string office, string span)
    {
        var claim = Single(text);
        Assert.Equal(person, claim.Person);
        Assert.Equal(office, claim.Office);
        Assert.Equal("none", claim.Qualifier);
        Assert.Equal(span, claim.Text);
        Assert.Equal(span, text.Substring(claim.Span.Start, claim.Span.Length));
    }

    [Theory]
    [InlineData("former President Hassan Rouhani spoke.", "former")]
    [InlineData("Iran's former president Hassan Rouhani spoke.", "former")]
    [InlineData("then-Secretary of State John Kerry spoke.", "then")]
    [InlineData("ex-President Hassan Rouhani spoke.", "former")]
    [InlineData("the late President Ebrahim Raisi was buried in Mashhad.", "late")]
    public void Reads_qualifiers(string text, string qualifier) => Assert.Equal(qualifier, Single(text).Qualifier);

    [Fact]
    public void The_late_without_a_title_is_a_claim_about_the_person()
    {
        var claim = Single("Mourners honoured the late Ebrahim Raisi.");
        Assert.Equal("raisi", claim.Person);
        Assert.Null(claim.Office);
        Assert.Equal("late", claim.Qualifier);
        Assert.Equal("the late Ebrahim Raisi", claim.Text);
    }

    [Theory]
    [InlineData("In 2018, President Donald Trump withdrew.", "2018-01-01", "2018-12-31")]
    [InlineData("From 2013 to 2021, President Hassan Rouhani led the government.", "2013-01-01", "2021-12-31")]
    [InlineData("On March 3, 2016, President Hassan Rouhani opened the session.", "2016-03-03", "2016-03-03")]
    [InlineData("In June 2019, President Hassan Rouhani met Abe.", "2019-06-01", "2019-06-30")]
    [InlineData("2015: President Barack Obama backs the deal.", "2015-01-01", "2015-12-31")]
    [InlineData("During the Biden administration, Secretary of State Antony Blinken held no direct talks.", "2021-01-20", "2025-01-19")] // ends the day before the successor's first
    [InlineData("In the 1980s, President Ali Khamenei led the government.", "1980-01-01", "1989-12-31")]
    [InlineData("Last year, Secretary of State Antony Blinken called for calm.", "2024-01-01", "2024-12-31")]
    // A time in passing widens the judgement to run up to the draft's date.
    [InlineData("President Hassan Rouhani (2013–2021) was a cleric.", "2013-01-01", "2025-02-11")]
    [InlineData("President Hassan Rouhani spoke on February 7.", "2025-02-07", "2025-02-11")]
    // A relative clause describes something else: the title is judged at the draft's date.
    [InlineData("President Barack Obama, who signed the deal in 2015, spoke on Monday.", "2025-02-11", "2025-02-11")]
    [InlineData("President Masoud Pezeshkian spoke.", "2025-02-11", "2025-02-11")]
    public void A_claim_speaks_of_its_sentence_time_or_the_draft_date(string text, string start, string end)
    {
        var claim = Single(text);
        Assert.True(claim.HasTime);
        Assert.Equal(DateOnly.Parse(start), claim.Time.Start);
        Assert.Equal(DateOnly.Parse(end), claim.Time.End);
    }

    [Theory]
    [InlineData("In 2018, former President Barack Obama criticised the withdrawal.", "2018-01-01")] // an opening time governs
    [InlineData("Former President Barack Obama criticised the 2018 withdrawal in a speech published in 2019.", "2025-02-11")]
    [InlineData("In 2018, the late Ebrahim Raisi was a judge.", "2025-02-11")] // "late" is always now
    public void Former_and_late_are_judged_at_the_time_of_writing_unless_the_sentence_opens_with_a_time(string text, string start)
    {
        Assert.Equal(DateOnly.Parse(start), Single(text).Time.Start);
    }

    [Fact]
    public void Then_without_a_time_speaks_of_an_unspecified_past()
    {
        var claim = Single("The deal was negotiated by then-Secretary of State John Kerry.");
        Assert.False(claim.HasTime);
        Assert.False(claim.PresentedAsCurrent);
    }

    [Fact]
    public void A_surname_resolves_to_the_person_named_in_full_before()
    {
        var claims = TestEngine.Claims("Haitham bin Tariq met the envoy. Later, Sultan Tariq said the talks would continue.");
        var claim = Assert.Single(claims);
        Assert.Equal("haitham", claim.Person);
        Assert.Equal("sultan-oman", claim.Office);
    }

    [Fact]
    public void A_surname_not_listed_as_an_alias_needs_the_full_name_first()
    {
        Assert.Empty(TestEngine.Claims("Sultan Tariq said the talks would continue."));
    }

    [Theory]
    [InlineData("The supreme leader said nothing.")]
    [InlineData("Trump Tower hosted the dinner.")]
    [InlineData("Former President Kerry Washington spoke.")] // an actor, not John Kerry
    [InlineData("The presidential advisor spoke to reporters.")]
    [InlineData("President Joe Smith spoke.")]
    public void No_claim_without_a_reference_person_and_title(string text) => Assert.Empty(TestEngine.Claims(text));

    [Fact]
    public void Claims_in_quotes_are_marked_and_less_certain()
    {
        var outside = Single("President Hassan Rouhani spoke.");
        var inside = Single("He said: “President Hassan Rouhani spoke.”");
        Assert.True(inside.InQuote);
        Assert.True(inside.Confidence < outside.Confidence);
    }
}
