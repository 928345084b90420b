using System.Text;
using MediaReview.Checking;
using MediaReview.Rules;

namespace MediaReview.Tests.Checking;

public class VerdictTests
{
    private static FileResult Check(string text, string date) => TestEngine.Checker.Check(TestEngine.Markdown(text, date));

    /// <summary>The verdict of the one claim of this kind whose text is exactly <paramref name="claimText"/>.</summary>
    private static ClaimVerdict VerdictOf(FileResult result, string kind, string claimText)
    {
        var index = result.Claims.Select((c, i) => (c, i)).Single(x => x.c.Kind == kind && x.c.Text == claimText).i;
        return result.Verdicts[index];
    }

    [Fact]
    public void A_title_the_person_held_at_the_time_is_supported_by_the_rules_that_judged_it()
    {
        var result = Check("Secretary of State Marco Rubio met allies in Brussels.", "2025-03-04");
        var verdict = VerdictOf(result, "office", "Secretary of State Marco Rubio");
        Assert.Equal(Verdict.Supported, verdict.Verdict);
        Assert.Contains("MR1001", verdict.CheckedBy);
        Assert.Contains("MR1003", verdict.CheckedBy);
        // "former" and "late" rules have nothing to say about a plain title.
        Assert.DoesNotContain("MR1004", verdict.CheckedBy);
        Assert.DoesNotContain("MR1005", verdict.CheckedBy);
        Assert.Empty(verdict.ContradictedBy);
    }

    [Fact]
    public void A_title_never_held_is_contradicted_by_the_rule_that_found_it()
    {
        var result = Check("Vice President Marco Rubio met allies in Brussels.", "2025-03-04");
        var verdict = VerdictOf(result, "office", "Vice President Marco Rubio");
        Assert.Equal(Verdict.Contradicted, verdict.Verdict);
        Assert.Equal(["MR1001"], verdict.ContradictedBy);
        Assert.Contains(result.Findings, f => f.Id == "MR1001");
    }

    [Fact]
    public void An_age_for_someone_without_a_birth_date_in_the_reference_set_is_unverifiable()
    {
        // The reference set has no birth date for Abbas Araghchi.
        Assert.Null(TestEngine.Reference.GetPerson("araghchi").Born);
        var result = Check("Abbas Araghchi, 62, led the delegation.", "2025-04-12");
        var ages = result.Claims.Select((c, i) => (c, i)).Where(x => x.c.Kind == "age").ToList();
        Assert.NotEmpty(ages);
        Assert.All(ages, x => Assert.Equal(Verdict.Unverifiable, result.Verdicts[x.i].Verdict));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_title_no_reference_office_fits_is_an_unverifiable_claim_not_an_error()
    {
        // Iran's vice presidency is not in the reference set; Zarif's country narrows the title to it.
        var result = Check("Vice President Mohammad Javad Zarif spoke on Monday.", "2025-02-11");
        var verdict = VerdictOf(result, "office", "Vice President Mohammad Javad Zarif");
        Assert.Equal(Verdict.Unverifiable, verdict.Verdict);
        Assert.Empty(verdict.CheckedBy);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_right_and_a_wrong_weekday_get_their_own_verdicts()
    {
        var result = Check("Talks opened on Saturday, April 12, 2025, and closed on Monday, April 15, 2025.", "2025-04-20");
        Assert.Equal(Verdict.Supported, VerdictOf(result, "weekday", "Saturday, April 12, 2025").Verdict);
        Assert.Equal(Verdict.Contradicted, VerdictOf(result, "weekday", "Monday, April 15, 2025").Verdict);
    }

    [Fact]
    public void Every_claim_has_a_verdict()
    {
        var text = File.ReadAllText(Path.Combine(TestEngine.RepoRoot, "samples", "iran-talks.md"));
        var result = Check(text, "2025-02-11");
        Assert.Equal(result.Claims.Count, result.Verdicts.Count);
        var score = result.Score;
        Assert.Equal(score.Claims, score.Supported + score.Contradicted + score.Unverifiable);
        Assert.True(score.Supported > 0 && score.Contradicted > 0);
        // Every standing finding but an engine error belongs to a contradicted claim.
        foreach (var f in result.Findings)
        {
            var claims = result.Claims.Select((c, i) => (c, i)).Where(x => x.c.Span == f.Span && result.Verdicts[x.i].ContradictedBy.Contains(f.Id));
            Assert.Single(claims);
        }
    }
}

public class ScoreTests
{
    private static DraftScore Score(string text, string date) => TestEngine.Checker.Check(TestEngine.Markdown(text, date)).Score;

    [Fact]
    public void A_draft_with_nothing_to_check_has_no_score_rather_than_100()
    {
        var score = Score("The weather in the capital was mild and markets were calm.", "2025-02-11");
        Assert.Equal(0, score.Claims);
        Assert.False(score.IsScored);
        Assert.Null(score.Value);
    }

    [Fact]
    public void Claims_the_reference_set_cannot_judge_leave_a_draft_unscored()
    {
        var result = TestEngine.Checker.Check(TestEngine.Markdown("Abbas Araghchi, 62, led the delegation.", "2025-04-12"));
        Assert.NotEmpty(result.Claims);
        var score = DraftScore.Of(result.Claims, result.Claims.Select(_ => ClaimVerdict.Unverifiable).ToList(), result.Findings);
        Assert.Equal(result.Claims.Count, score.Unverifiable);
        Assert.Null(score.Value);
    }

    [Fact]
    public void A_draft_whose_checked_claims_all_hold_scores_100()
    {
        var score = Score("Secretary of State Marco Rubio met allies on Tuesday, March 4, 2025.", "2025-03-04");
        Assert.Equal(0, score.Contradicted);
        Assert.Equal(100, score.Value);
    }

    [Fact]
    public void An_error_costs_more_than_a_suggestion_and_less_as_correct_claims_accumulate()
    {
        const string correct = "Secretary of State Marco Rubio met allies on Tuesday, March 4, 2025. ";
        var error = Score(correct + "Vice President Marco Rubio spoke.", "2025-03-04");
        var suggestion = Score(correct + "Qassim Suleimani was mentioned.", "2025-03-04");
        var longer = Score(string.Concat(Enumerable.Repeat(correct, 5)) + "Vice President Marco Rubio spoke.", "2025-03-04");
        Assert.Equal(1, error.Contradicted);
        Assert.True(error.Value < suggestion.Value, $"error {error.Value}, suggestion {suggestion.Value}");
        Assert.True(error.Value < longer.Value && longer.Value < 100, $"short {error.Value}, long {longer.Value}");
        // The documented formula: floor(100 × supported / (supported + weight × confidence)). Supported: the right title,
        // the weekday and the person Marco Rubio (named twice, spelled right, counted once).
        var finding = TestEngine.Check(correct + "Vice President Marco Rubio spoke.", "2025-03-04").Single(f => f.Id == "MR1001");
        Assert.Equal(4, error.Supported); // mentions: the right title, the weekday and both names
        Assert.Equal((int)Math.Floor(100 * 3 / (3 + DraftScore.ErrorWeight * finding.Confidence)), error.Value);
    }

    [Fact]
    public void A_person_named_often_counts_once_for_the_spelling()
    {
        const string wrong = "Vice President Marco Rubio spoke.";
        var once = Score("Marco Rubio arrived. " + wrong, "2025-03-04");
        var often = Score(string.Concat(Enumerable.Repeat("Marco Rubio arrived. ", 10)) + wrong, "2025-03-04");
        // Ten more correct mentions of one name do not dilute the wrong title.
        Assert.Equal(once.Value, often.Value);
        Assert.True(often.Supported > once.Supported);
        // A misspelt name costs as much once as three times.
        var variant = Score("Qassim Suleimani was a general. Marco Rubio arrived.", "2025-03-04");
        var variants = Score("Qassim Suleimani was a general. Qassim Suleimani led. Qassim Suleimani died. Marco Rubio arrived.", "2025-03-04");
        Assert.Equal(variant.Value, variants.Value);
    }

    [Fact]
    public void A_suppressed_finding_does_not_lower_the_score()
    {
        const string text = "Secretary of State Marco Rubio met allies.\n\n<!-- mediareview-disable-next-line MR1001 -->\nVice President Marco Rubio spoke.";
        var score = Score(text, "2025-03-04");
        Assert.Equal(1, score.Contradicted);
        Assert.Equal(100, score.Value);
    }
}

public class AppliesWhenTests
{
    private static InputErrorsException Fails(string json) =>
        Assert.Throws<InputErrorsException>(() => RuleSet.Load([("bad.rules.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]));

    private static string Rule(string appliesWhen) => $$"""
        {
          "WorkflowName": "Test",
          "Rules": [
            {
              "RuleName": "MR9001.Test",
              "Expression": "facts.HeldEver(claim.Person, claim.Office)",
              "Properties": {
                "id": "MR9001", "title": "t", "messageFormat": "{person} m", "category": "Offices",
                "defaultSeverity": "warning", "claim": "office", "description": "d",
                "appliesWhen": {{appliesWhen}}
              }
            }
          ]
        }
        """;

    [Fact]
    public void A_broken_appliesWhen_names_its_line_and_column()
    {
        var json = Rule("\"claim.HasOffice && claim.Nonesuch\"");
        var error = Assert.Single(Fails(json).Errors);
        Assert.Contains("appliesWhen does not compile", error.Message);
        Assert.Contains("Nonesuch", error.Message);
        Assert.Equal(10, error.Line);
        var line = json.Split('\n')[9];
        Assert.Equal("Nonesuch", line[(error.Column - 1)..].TrimEnd('"', '\r'));
    }

    [Fact]
    public void AppliesWhen_is_held_to_the_sandbox()
    {
        var error = Assert.Single(Fails(Rule("\"claim.GetType() != null\"")).Errors);
        Assert.Contains("appliesWhen is not allowed", error.Message);
    }

    [Fact]
    public void AppliesWhen_must_be_text()
    {
        var error = Assert.Single(Fails(Rule("true")).Errors);
        Assert.Contains("\"appliesWhen\" must be an expression", error.Message);
    }

    [Fact]
    public void A_rule_judges_only_the_claims_it_applies_to()
    {
        var json = Rule("\"claim.IsFormer\"");
        var rules = RuleSet.Load([("ok.rules.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]);
        var rule = Assert.Single(rules.Rules);
        var facts = new Facts(TestEngine.Reference);
        var claims = TestEngine.Claims("Vice President Marco Rubio spoke. Former Vice President Marco Rubio spoke.", "2025-03-04").OfType<MediaReview.Claims.OfficeClaim>().ToList();
        Assert.Equal(RuleOutcome.DoesNotApply, rule.Evaluate(claims.Single(c => c.IsPlain), facts));
        Assert.Equal(RuleOutcome.Fails, rule.Evaluate(claims.Single(c => c.IsFormer), facts));
        Assert.True(rule.Check(claims.Single(c => c.IsPlain), facts));
    }
}
