using System.Text;
using MediaReview.Claims;
using MediaReview.Rules;
using RulesEngine.Models;

namespace MediaReview.Tests.Rules;

public class RuleSetTests
{
    private static InputErrorsException Fails(string json, string path = "bad.rules.json") =>
        Assert.Throws<InputErrorsException>(() => RuleSet.Load([(path, (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]));

    private static string Rule(string expression, string id = "MR9001", string name = "MR9001.Test", string extraProperties = "") => $$"""
        {
          "WorkflowName": "Test",
          "Rules": [
            {
              "RuleName": "{{name}}",
              "Expression": "{{expression}}",
              "Properties": {
                "id": "{{id}}", "title": "t", "messageFormat": "{person} m", "category": "Offices",
                "defaultSeverity": "warning", "claim": "office", "description": "d"{{extraProperties}}
              }
            }
          ]
        }
        """;

    [Fact]
    public void Shipped_rules_define_their_diagnostics_with_metadata()
    {
        var ids = TestEngine.Rules.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(["MR1001", "MR1002", "MR1003", "MR1004", "MR1005", "MR2001", "MR2002", "MR2003", "MR2004", "MR3001", "MR3002", "MR4001", "MR4002"], ids);
        Assert.All(TestEngine.Rules.Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
            Assert.Equal(d.Id[..3] switch { "MR1" => "Offices", "MR2" => "Dates", "MR3" => "Agreements", _ => "Names" }, d.Category);
            Assert.True(d.SourceLine > 0);
        });
    }

    [Fact]
    public void A_broken_expression_names_file_line_and_position()
    {
        var json = Rule("claim.HasOffice && facts.HeldEver(claim.Person, %")
            ;
        var error = Assert.Single(Fails(json).Errors);
        Assert.Equal("bad.rules.json", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Contains("MR9001.Test", error.Message);
        var position = int.Parse(System.Text.RegularExpressions.Regex.Match(error.Message, @"at character (\d+)").Groups[1].Value);
        Assert.Equal("claim.HasOffice && facts.HeldEver(claim.Person, %".IndexOf('%') + 1, position);
        // The column points at that character in the rule file.
        var line = json.Split('\n')[5];
        Assert.Equal('%', line[error.Column - 1]);
    }

    [Fact]
    public void An_expression_naming_a_missing_member_is_an_error()
    {
        var error = Assert.Single(Fails(Rule("claim.NoSuchThing")).Errors);
        Assert.Contains("NoSuchThing", error.Message);
    }

    [Fact]
    public void Broken_json_is_an_error_with_its_line()
    {
        var error = Assert.Single(Fails("{\n  \"WorkflowName\": \"x\",\n  \"Rules\": [\n").Errors);
        Assert.True(error.Line >= 3);
        Assert.StartsWith("invalid JSON", error.Message);
    }

    [Fact]
    public void Metadata_problems_are_all_reported()
    {
        var e = Fails(Rule("true", id: "X1", extraProperties: ", \"defaultSeverity2\": \"x\""));
        Assert.Contains(e.Errors, x => x.Message.Contains("id 'X1' must look like MR1234"));
        Assert.Contains(e.Errors, x => x.Message.Contains("unknown property \"defaultSeverity2\""));
    }

    [Fact]
    public void Duplicate_rule_names_and_ids_are_errors()
    {
        var one = Encoding.UTF8.GetBytes(Rule("true"));
        var e = Assert.Throws<InputErrorsException>(() => RuleSet.Load([("a.rules.json", one), ("b.rules.json", one)]));
        Assert.Contains(e.Errors, x => x.Message.Contains("rule name 'MR9001.Test' is used twice"));
        Assert.Contains(e.Errors, x => x.Message.Contains("diagnostic ID MR9001 is defined twice"));
    }

    [Fact]
    public void A_placeholder_the_claim_kind_lacks_is_an_error()
    {
        var json = Rule("true").Replace("{person} m", "{nobody} m");
        Assert.Contains("{nobody}", Assert.Single(Fails(json).Errors).Message);
    }

    [Fact]
    public void Expressions_see_the_same_types_as_in_RulesEngine()
    {
        var ours = new RuleSet.RuleTypes(RuleSet.ExpressionTypes).GetCustomTypes();
        // RulesEngine finds the System enums in Dynamic LINQ's table of every System enum; ours names the ones rules use.
        var theirs = new RulesEngine.CustomTypeProvider(RuleSet.ExpressionTypes).GetCustomTypes().Concat(RuleSet.RuleTypes.SystemEnums).ToHashSet();
        Assert.True(ours.SetEquals(theirs), $"only ours: {string.Join(", ", ours.Except(theirs))}; only RulesEngine's: {string.Join(", ", theirs.Except(ours))}");
    }

    /// <summary>RuleSet parses with one ParsingConfig made once; RulesEngine's RuleExpressionParser makes its own each time. Same trees.</summary>
    [Fact]
    public void Expressions_parse_to_the_same_tree_as_RulesEngine_parses_them()
    {
        var parser = new RulesEngine.ExpressionBuilders.RuleExpressionParser(new ReSettings { CustomTypes = RuleSet.ExpressionTypes });
        var compared = 0;
        foreach (var rule in TestEngine.Rules.Rules)
        {
            var parameters = new[] { System.Linq.Expressions.Expression.Parameter(rule.Kind.ClaimType, "claim"), System.Linq.Expressions.Expression.Parameter(typeof(Facts), "facts") };
            foreach (var expression in new[] { rule.Descriptor.Expression, rule.Descriptor.AppliesWhen }.OfType<string>())
            {
                Assert.Equal(parser.Parse(expression, parameters, typeof(bool)).ToString(), RuleSet.Parse(parameters, expression).ToString());
                compared++;
            }
        }
        Assert.True(compared >= 20, $"compared {compared}");

        // The System enums, which RulesEngine finds in Dynamic LINQ's table of every System enum and RuleSet names.
        var weekday = new[] { System.Linq.Expressions.Expression.Parameter(typeof(WeekdayClaim), "claim"), System.Linq.Expressions.Expression.Parameter(typeof(Facts), "facts") };
        foreach (var expression in new[] { "claim.Date.DayOfWeek == DayOfWeek.Monday", "claim.Weekday.Equals(\"friday\", StringComparison.OrdinalIgnoreCase)", "Math.Round(0.5, MidpointRounding.AwayFromZero) == 1" })
        {
            Assert.Equal(parser.Parse(expression, weekday, typeof(bool)).ToString(), RuleSet.Parse(weekday, expression).ToString());
        }
    }

    /// <summary>
    /// The rule files are real RulesEngine workflows: RulesEngine itself, given the same files and inputs,
    /// passes and fails exactly the claims our compiled delegates do. A rule with Properties.appliesWhen means
    /// "!(appliesWhen) || (Expression)" in RulesEngine's terms (the README says so); that is what RulesEngine runs here.
    /// </summary>
    [Fact]
    public async Task Compiled_rules_agree_with_RulesEngine_on_every_claim()
    {
        var json = RuleSet.ToRulesEngineWorkflows(await File.ReadAllTextAsync(Path.Combine(TestEngine.RulesDirectory, "offices.rules.json")));
        Assert.Contains("!(claim.HasOffice) || (facts.HeldEver(claim.Person, claim.Office))", json);
        var engine = new RulesEngine.RulesEngine([json], new ReSettings { CustomTypes = RuleSet.ExpressionTypes });
        var facts = new Facts(TestEngine.Reference);
        var drafts = new[]
        {
            ("President Hassan Rouhani said. Vice President Marco Rubio said. The late Hassan Rouhani said. Former President Donald Trump said.", "2025-03-10"),
            ("President Masoud Pezeshkian said. In 2018, President Donald Trump said. then-Secretary of State John Kerry said.", "2023-03-10"),
            ("Quds Force commander Qasem Soleimani. The late Ebrahim Raisi. Former President Barack Obama. Abbas Araghchi, Oman's foreign minister, said.", "2025-03-10"),
        };
        var compared = 0;
        var failures = 0;
        foreach (var (text, date) in drafts)
        {
            foreach (var claim in TestEngine.Claims(text, date))
            {
                var results = await engine.ExecuteAllRulesAsync("Offices", new RuleParameter("claim", claim), new RuleParameter("facts", facts));
                foreach (var result in results)
                {
                    // RulesEngine reports a failed rule with its ErrorMessage; anything else would be an evaluation error.
                    Assert.Equal(result.IsSuccess ? "" : result.Rule.ErrorMessage, result.ExceptionMessage ?? "");
                    var ours = TestEngine.Rules.Rules.Single(r => r.Descriptor.RuleName == result.Rule.RuleName);
                    Assert.Equal(result.IsSuccess, ours.Check(claim, facts));
                    compared++;
                    if (!result.IsSuccess) failures++;
                }
            }
        }
        Assert.True(compared >= 50, $"compared {compared}");
        Assert.True(failures >= 5, $"only {failures} failures: the comparison must cover failing rules too");
    }
}

public class EngineErrorTests
{
    [Fact]
    public void A_rule_that_throws_becomes_MR0001_naming_the_rule_and_the_other_rules_still_run()
    {
        var throwing = """
            {
              "WorkflowName": "Test",
              "Rules": [
                {
                  "RuleName": "MR9001.Throws",
                  "Expression": "claim.TitleText.Substring(1000).Length > 0",
                  "Properties": { "id": "MR9001", "title": "t", "messageFormat": "m", "category": "Offices", "defaultSeverity": "error", "claim": "office", "description": "d" }
                }
              ]
            }
            """;
        var shipped = File.ReadAllBytes(Path.Combine(TestEngine.RulesDirectory, "offices.rules.json"));
        var rules = RuleSet.Load([("offices.rules.json", shipped), ("throws.rules.json", Encoding.UTF8.GetBytes(throwing))]);
        var checker = new MediaReview.Checking.Checker([new OfficeClaimExtractor(TestEngine.Reference)], rules, TestEngine.Reference);
        var findings = checker.Check(TestEngine.Markdown("Vice President Marco Rubio spoke.", "2025-03-01")).Findings;
        Assert.Equal(["MR0001", "MR1001"], findings.Select(f => f.Id));
        Assert.Contains("MR9001 (MR9001.Throws)", findings[0].Message);
        Assert.Contains("ArgumentOutOfRangeException", findings[0].Message);
    }

    [Theory]
    [InlineData("{person} was {office}.", "Ali Khamenei was Supreme Leader.")]
    [InlineData("No placeholder at all.", "No placeholder at all.")]
    [InlineData("{unknown} stays; {person}", "{unknown} stays; Ali Khamenei")]
    [InlineData("{{person}} and {per son} and {} and {person", "{Ali Khamenei} and {per son} and {} and {person")]
    [InlineData("{person}{office}", "Ali KhameneiSupreme Leader")]
    [InlineData("{a1} {office}", "{a1} Supreme Leader")]
    [InlineData("{office} {empty}.", "Supreme Leader .")]
    public void A_message_takes_each_placeholder_as_the_regular_expression_finds_it(string format, string expected)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal) { ["person"] = "Ali Khamenei", ["office"] = "Supreme Leader", ["empty"] = "" };
        Assert.Equal(expected, RuleSet.FormatMessage(format, arguments));
        // The same as System.Text.RegularExpressions with the pattern rules are validated by.
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(format, @"\{([A-Za-z]+)\}", m => arguments.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value), expected);
    }
}
