using System.Text;
using System.Text.Json;
using MediaReview.Rules;

namespace MediaReview.Tests.Rules;

/// <summary>
/// Rule files may come from any desk: expressions that reach reflection, the runtime, files, the network
/// or the clock are rejected when the rules are loaded, before any draft is checked.
/// </summary>
public class SandboxTests
{
    private static RuleSet Load(string expression, string claim = "office", string extra = "", string message = "m")
    {
        var json = $$"""
            {
              "WorkflowName": "Hostile",
              "Rules": [
                {
                  "RuleName": "MR9001.Hostile",{{extra}}
                  "Expression": {{JsonSerializer.Serialize(expression)}},
                  "Properties": {
                    "id": "MR9001", "title": "t", "messageFormat": "{{message}}", "category": "Test",
                    "defaultSeverity": "warning", "claim": "{{claim}}", "description": "d"
                  }
                }
              ]
            }
            """;
        return RuleSet.Load([("hostile.rules.json", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json))]);
    }

    public static TheoryData<string> Hostile => new()
    {
        // Reflection through any input object.
        "claim.GetType().Assembly.Location != \"\"",
        "claim.GetType().Name == \"OfficeClaim\"",
        "facts.GetType().Assembly.GetTypes().Length > 0",
        "claim.Person.GetType().GetMethods().Length > 0",
        "claim.Time.GetType() != null",
        "claim.WrittenOn.Start.GetType().Assembly.FullName != \"\"",
        "facts.Reference.GetType().GetProperties().Any()",
        "claim.Span.GetType().Module.Name != \"\"",
        "claim.Person.GetType().Assembly.CreateInstance(\"System.Object\") != null",
        // typeof and type objects.
        "typeof(System.IO.File) != null",
        "typeof(string).Assembly.Location != \"\"",
        "Type.GetType(\"System.IO.File\") != null",
        // Object creation and activation.
        "new System.IO.FileInfo(\"/etc/passwd\").Exists",
        "Activator.CreateInstance(\"mscorlib\", \"System.Object\") != null",
        "new string('x', 1000000000).Length > 0",
        "new[] { 1, 2, 3 }.Length == 3",
        // Files, processes, network, environment, the runtime.
        "System.IO.File.Exists(\"/etc/passwd\")",
        "System.IO.File.ReadAllText(\"/etc/passwd\").Length > 0",
        "System.IO.Directory.GetFiles(\".\").Length > 0",
        "System.Diagnostics.Process.Start(\"sh\") != null",
        "System.Net.Dns.GetHostName() != \"\"",
        "new System.Net.Http.HttpClient() != null",
        "Environment.GetEnvironmentVariable(\"HOME\") != null",
        "Environment.Exit(1) == null",
        "AppDomain.CurrentDomain.BaseDirectory != \"\"",
        "GC.GetTotalMemory(false) > 0",
        "System.Threading.Thread.Sleep(100000) == null",
        // Static state and the clock (rules must be deterministic).
        "DateTime.Now.Year > 2000",
        "DateTime.UtcNow > DateTime.MinValue",
        "DateOnly.MaxValue > claim.WrittenOn.End",
        "string.Empty.GetType() != null",
        "Math.PI > 3",
        // Delegates and reflection through the reference set.
        "facts.Reference.People.Select(p => p.GetType()).Any()",
        "facts.Reference.People.Any(p => p.GetType().Assembly != null)",
        "claim.Context.GetType() != null",
        "claim.GetHashCode() > 0",
        // Size: very long or deeply nested expressions are refused before parsing.
        string.Join(" && ", Enumerable.Repeat("claim.HasOffice", 400)),
        new string('(', 200) + "true" + new string(')', 200),
        new string('!', 5000) + "true",
        // From an outside editors' round: nested lambdas that pass every size limit but run for ever,
        // casts to object, object members on the claim and the facts, culture-dependent case changes.
        "(claim.Person + claim.Person).Any(a => (claim.Person + claim.Person).Any(b => (claim.Person + claim.Person).Any(c => a == '#'))) || true",
        "cast(claim, \"System.Object\") != null",
        "object(claim) != null",
        "facts.ToString().Contains(\"MediaReview\")",
        "claim.ToString() != \"\"",
        "claim.Equals(facts)",
        "claim.Person.ToUpper() == \"X\" || true",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_expressions_are_rejected_when_the_rules_load(string expression)
    {
        var errors = Assert.Throws<InputErrorsException>(() => Load(expression));
        var error = Assert.Single(errors.Errors);
        Assert.Equal("hostile.rules.json", error.Path);
        Assert.Contains("MR9001.Hostile", error.Message);
        Assert.Matches("is not allowed|does not compile", error.Message);
    }

    [Fact]
    public void There_are_at_least_thirty_hostile_expressions() => Assert.True(Hostile.Count >= 30);

    [Fact]
    public void The_message_names_what_was_used()
    {
        var error = Assert.Single(Assert.Throws<InputErrorsException>(() => Load("claim.GetType().Assembly.Location != \"\"")).Errors);
        Assert.Contains("is not allowed: the expression uses System.Object.GetType, which rules may not use", error.Message);
        error = Assert.Single(Assert.Throws<InputErrorsException>(() => Load("DateTime.Now.Year > 2000")).Errors);
        Assert.Contains("reads the static property System.DateTime.Now", error.Message);
    }

    public static TheoryData<string, string> Legitimate => new()
    {
        { "claim.Person.Any(a => claim.NameText.Any(b => a == b)) || true", "office" },
        { "claim.Person.Equals(claim.Person, StringComparison.Ordinal)", "office" },
        { "!claim.HasOffice || facts.HeldEver(claim.Person, claim.Office)", "office" },
        { "claim.Person.StartsWith(\"k\") && claim.NameText.Length > 3 && claim.NameText.ToLowerInvariant().Contains(\"ali\")", "office" },
        { "claim.Time.End.Year - claim.Time.Start.Year <= 1 && claim.WrittenOn.End.AddDays(-7) < claim.Time.Start", "office" },
        { "Math.Abs(claim.Confidence - 0.5) < 1 && string.IsNullOrEmpty(claim.TitleText) == false", "office" },
        { "facts.Reference.People.Any(p => p.Id == claim.Person && p.Aliases.Count >= 0)", "office" },
        { "facts.Reference.Terms.Count(t => t.Person == claim.Person && t.Office == claim.Office) < 20", "office" },
        { "claim.Qualifier == \"none\" ? claim.HasTime : true", "office" },
        { "claim.Age >= 0 && facts.AgeFits(claim.Person, claim.Age, claim.Time)", "age" },
        // The System enums rules may name (RuleSet.RuleTypes.SystemEnums).
        { "claim.Date.DayOfWeek == DayOfWeek.Saturday || claim.Weekday.Equals(\"saturday\", StringComparison.OrdinalIgnoreCase)", "weekday" },
        { "Math.Round(claim.Confidence, 1, MidpointRounding.AwayFromZero) >= 0", "office" },
    };

    [Theory]
    [MemberData(nameof(Legitimate))]
    public void Legitimate_expressions_load(string expression, string claim) => Assert.Single(Load(expression, claim).Rules);

    [Fact]
    public void The_shipped_rules_pass_the_sandbox() => Assert.NotEmpty(RuleSet.LoadDirectory(TestEngine.RulesDirectory).Rules);

    [Fact]
    public void A_disabled_rule_is_validated_too()
    {
        var error = Assert.Single(Assert.Throws<InputErrorsException>(() => Load("claim.GetType() != null", extra: " \"Enabled\": false,")).Errors);
        Assert.Contains("not allowed", error.Message);
        Assert.Empty(Load("claim.HasOffice", extra: " \"Enabled\": false,").Rules);
    }

    [Fact]
    public void A_stray_brace_in_a_message_is_an_error()
    {
        var error = Assert.Single(Assert.Throws<InputErrorsException>(() => Load("claim.HasOffice", message: "{person m")).Errors);
        Assert.Contains("not part of a {placeholder}", error.Message);
    }
}
