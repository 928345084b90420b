using MediaReview.Checking;
using MediaReview.Documents;
using MediaReview.Rules;
using Microsoft.Extensions.DependencyInjection;

using static MediaReview.Reporting.TextFormatter;

namespace MediaReview.Cli;

/// <summary>`mediareview rules validate` and `mediareview rules test`: for editors who change rule files.</summary>
public sealed class RulesCommand(TextWriter stdout, TextWriter stderr)
{
    /// <summary>Loads the rules (and the reference set they run against) and reports every problem found.</summary>
    public int Validate(string? rulesDirectory, string? referenceDirectory)
    {
        var (services, ok) = Load(rulesDirectory, referenceDirectory);
        if (!ok) return CommandLine.UsageOrInputError;
        var rules = services.GetRequiredService<RuleSet>();
        var files = rules.Descriptors.Select(d => d.SourcePath).Distinct().Count();
        var examples = rules.Descriptors.Sum(d => d.Examples.Count);
        stdout.WriteLine($"{Plural(rules.Rules.Count, "rule")} in {Plural(files, "file")} valid ({Plural(examples, "example")}; run 'mediareview rules test' to check them)");
        return CommandLine.Success;
    }

    /// <summary>Runs every rule's examples; exit 1 when one fails or a rule lacks a must-fire or must-not-fire example.</summary>
    public int Test(string? rulesDirectory, string? referenceDirectory)
    {
        var (services, ok) = Load(rulesDirectory, referenceDirectory);
        if (!ok) return CommandLine.UsageOrInputError;
        var checker = services.GetRequiredService<Checker>();
        var results = RuleExampleRunner.Run(checker, services.GetRequiredService<DocumentLoader>());
        var failed = 0;
        foreach (var r in results.Where(r => !r.Passed))
        {
            failed++;
            stdout.WriteLine($"{r.Rule.SourcePath}({r.Example.Line}): error: {r.Rule.Id} example on {r.Example.Date:yyyy-MM-dd} failed");
            stdout.WriteLine($"    text:     {r.Text}");
            stdout.WriteLine($"    expected: {r.Describe(r.Expected)}");
            stdout.WriteLine($"    actual:   {r.Describe(r.Actual)}");
            foreach (var m in r.Messages) stdout.WriteLine($"    message:  {m}");
        }
        var incomplete = RuleExampleRunner.Incomplete(checker.Rules.Descriptors);
        foreach (var (rule, missing) in incomplete)
        {
            stdout.WriteLine($"{rule.SourcePath}({rule.SourceLine}): error: {rule.Id} ({rule.RuleName}) has {missing}");
        }
        var passed = results.Count - failed;
        stdout.WriteLine($"{Plural(checker.Rules.Rules.Count, "rule")}, {Plural(results.Count, "example")}: {passed} passed, {failed} failed"
            + (incomplete.Count > 0 ? $", {Plural(incomplete.Count, "missing example kind")}" : ""));
        return failed > 0 || incomplete.Count > 0 ? CommandLine.FindingsAtFailLevel : CommandLine.Success;
    }

    /// <summary>Writes the rules catalogue (rules/README.md) to standard output or, atomically, to a file.</summary>
    public int Catalogue(string? rulesDirectory, string? output)
    {
        var (services, ok) = Load(rulesDirectory, null);
        if (!ok) return CommandLine.UsageOrInputError;
        var text = RuleCatalogue.Markdown(services.GetRequiredService<RuleSet>().Descriptors);
        if (output is null)
        {
            stdout.Write(text);
            return CommandLine.Success;
        }
        return CliSupport.WriteAtomically(output, w => w.Write(text), "the catalogue", stderr) ? CommandLine.Success : CommandLine.UsageOrInputError;
    }

    /// <summary>`mediareview explain MR1002`: the rule's description, examples, severity and how to change it.</summary>
    public int Explain(string id, string? rulesDirectory)
    {
        var (services, ok) = Load(rulesDirectory, null);
        if (!ok) return CommandLine.UsageOrInputError;
        var rules = services.GetRequiredService<RuleSet>().Descriptors.ToList();
        var rule = rules.FirstOrDefault(r => string.Equals(r.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            if (string.Equals(id.Trim(), RuleDescriptor.EngineError.Id, StringComparison.OrdinalIgnoreCase))
            {
                stdout.WriteLine($"{RuleDescriptor.EngineError.Id}: {RuleDescriptor.EngineError.Title}\n\n{RuleDescriptor.EngineError.Description}");
                return CommandLine.Success;
            }
            stderr.WriteLine($"mediareview: error: no rule with ID '{id}'; the rules are {string.Join(", ", rules.Select(r => r.Id))}");
            return CommandLine.UsageOrInputError;
        }
        stdout.Write(RuleCatalogue.Explain(rule));
        return CommandLine.Success;
    }

    private (ServiceProvider Services, bool Ok) Load(string? rulesDirectory, string? referenceDirectory)
    {
        var services = CliSupport.Load(rulesDirectory, referenceDirectory, stderr, out var problems);
        if (problems > 0) stderr.WriteLine($"{Plural(problems, "problem")} found");
        return (services!, services is not null);
    }
}
