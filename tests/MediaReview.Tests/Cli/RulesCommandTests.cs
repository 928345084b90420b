namespace MediaReview.Tests.Cli;

/// <summary>`mediareview rules validate` and `rules test`, as an editor runs them on rule files they changed.</summary>
public class RulesCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private void CopyShippedRules(string folder)
    {
        foreach (var file in Directory.GetFiles(TestEngine.RulesDirectory, "*.rules.json"))
        {
            _cli.Write(Path.Combine(folder, Path.GetFileName(file)), File.ReadAllText(file));
        }
    }

    [Fact]
    public void The_shipped_rules_are_valid_and_their_examples_pass()
    {
        var (code, stdout, stderr) = _cli.Run("rules", "validate");
        Assert.Equal(0, code);
        Assert.Matches(@"^13 rules in 4 files valid \(\d+ examples", stdout);
        Assert.Empty(stderr);

        (code, stdout, _) = _cli.Run("rules", "test");
        Assert.Equal(0, code);
        Assert.Matches(@"13 rules, (\d+) examples: \1 passed, 0 failed", stdout);
    }

    [Fact]
    public void Validate_reports_every_problem_with_file_and_line_and_exits_2()
    {
        CopyShippedRules("r");
        var path = Path.Combine(_cli.WorkingDirectory, "r", "offices.rules.json");
        var text = File.ReadAllText(path)
            .Replace("\"defaultSeverity\": \"error\"", "\"defaultSeverity\": \"fatal\"")                    // an unknown severity (MR1003, MR1005)
            .Replace("facts.HeldEver(claim.Person, claim.Office)", "facts.HeldEverr(claim.Person, claim.Office)") // a member that does not exist
            .Replace("\"id\": \"MR1004\"", "\"id\": \"MR1002\"");                                                // a duplicate ID
        File.WriteAllText(path, text);
        _cli.Write("r/dates.rules.json", File.ReadAllText(Path.Combine(TestEngine.RulesDirectory, "dates.rules.json"))
            .Replace("claim.Weekday == claim.ActualWeekday", "claim.GetType().Name == \\\"x\\\""));              // outside the sandbox

        var (code, stdout, stderr) = _cli.Run("rules", "validate", "--rules", "r");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("r/offices.rules.json(") && l.Contains("HeldEverr"));
        Assert.Contains(lines, l => l.StartsWith("r/offices.rules.json(") && l.Contains("defaultSeverity 'fatal'"));
        Assert.Contains(lines, l => l.StartsWith("r/offices.rules.json(") && l.Contains("diagnostic ID MR1002 is defined twice"));
        Assert.Contains(lines, l => l.StartsWith("r/dates.rules.json(") && l.Contains("not allowed") && l.Contains("GetType"));
        Assert.Matches(@"^\d+ problems found$", lines[^1]);
        Assert.All(lines[..^1], l => Assert.Matches(@"^r/\w+\.rules\.json\(\d+,\d+\): error: ", l));
    }

    [Fact]
    public void A_broken_json_file_names_its_line_and_the_other_files_are_still_validated()
    {
        CopyShippedRules("r");
        _cli.Write("r/names.rules.json", "{\n  \"WorkflowName\": \"Names\",\n  \"Rules\": [\n    { \"RuleName\": \"x\", }\n");
        var path = Path.Combine(_cli.WorkingDirectory, "r", "dates.rules.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"claim\": \"weekday\"", "\"claim\": \"weekdays\""));

        var (code, _, stderr) = _cli.Run("rules", "validate", "--rules", "r");

        Assert.Equal(2, code);
        Assert.Contains("r/names.rules.json(", stderr);
        Assert.Contains("claim 'weekdays' is not a claim kind", stderr);
    }

    [Fact]
    public void Test_reports_a_failing_example_with_expected_and_actual_and_exits_1()
    {
        CopyShippedRules("r");
        var path = Path.Combine(_cli.WorkingDirectory, "r", "offices.rules.json");
        // An editor marks a correct sentence as wrong: the rule rightly stays silent, so the example fails.
        File.WriteAllText(path, File.ReadAllText(path).Replace(
            "\"text\": \"Former President Barack Obama defended the deal.\"",
            "\"text\": \"{|MR1004:Former President Barack Obama|} defended the deal.\""));

        var (code, stdout, _) = _cli.Run("rules", "test", "--rules", "r");

        Assert.Equal(1, code);
        Assert.Matches(@"r/offices\.rules\.json\(\d+\): error: MR1004 example on 2025-03-10 failed", stdout);
        Assert.Contains("expected: MR1004 'Former President Barack Obama'", stdout);
        Assert.Contains("actual:   no finding", stdout);
        Assert.Matches(@"\d+ passed, 1 failed", stdout);
    }

    [Fact]
    public void Test_fails_when_a_rule_has_no_silent_example()
    {
        CopyShippedRules("r");
        var path = Path.Combine(_cli.WorkingDirectory, "r", "names.rules.json");
        // Both silent examples of MR4002 turned into examples that must fire.
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("\"text\": \"Qasem Soleimani was a general.\"", "\"text\": \"{|MR4002:Qassim Suleimani|} led the Quds Force.\"")
            .Replace("\"text\": \"Hassan Rouhani spoke in Tehran. Rouhani said the deal had worked.\"", "\"text\": \"{|MR4002:Hassan Rohani|} spoke in Tehran.\""));

        var (code, stdout, _) = _cli.Run("rules", "test", "--rules", "r");

        Assert.Equal(1, code);
        Assert.Contains("MR4002 (MR4002.NonPreferredSpelling) has no example where it must stay silent", stdout);
    }

    [Fact]
    public void A_broken_example_is_a_validation_error()
    {
        CopyShippedRules("r");
        var path = Path.Combine(_cli.WorkingDirectory, "r", "names.rules.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"text\": \"{|MR4002:Qassim Suleimani|} was a general.\"", "\"text\": \"{|MR4002:Qassim Suleimani was a general.\""));

        var (code, _, stderr) = _cli.Run("rules", "validate", "--rules", "r");

        Assert.Equal(2, code);
        Assert.Matches(@"r/names\.rules\.json\(\d+,\d+\): error: rule 'MR4002\.\w+': example 1: the markup is broken", stderr);
    }

    [Fact]
    public void A_misspelled_rule_field_is_named_and_the_rules_other_problems_still_show()
    {
        CopyShippedRules("r");
        var path = Path.Combine(_cli.WorkingDirectory, "r", "names.rules.json");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("\"RuleName\": \"MR4002.NonPreferredSpelling\"", "\"Rulename\": \"MR4002.NonPreferredSpelling\"")
            .Replace("\"defaultSeverity\": \"suggestion\"", "\"defaultSeverity\": \"info\""));

        var (code, _, stderr) = _cli.Run("rules", "validate", "--rules", "r");

        Assert.Equal(2, code);
        Assert.Matches(@"r/names\.rules\.json\(\d+,\d+\): error: unknown field ""Rulename""; did you mean ""RuleName""\?", stderr);
        Assert.Contains("defaultSeverity 'info' must be", stderr);
    }
}
