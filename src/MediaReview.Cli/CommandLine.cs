using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace MediaReview.Cli;

/// <summary>The mediareview command line: parsing, help and exit codes. The work itself is in <see cref="CheckCommand"/>.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int FindingsAtFailLevel = 1;
    public const int UsageOrInputError = 2;

    /// <summary>The --format names, in the order the help lists them.</summary>
    public static readonly string[] Formats = ["text", "json", "sarif", "github", "html", "claimreview"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Terminal? terminal = null)
    {
        var root = Build(stdout, stderr, terminal ?? Terminal.Plain);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors) await stderr.WriteLineAsync($"mediareview: error: {error.Message}");
            var command = parse.CommandResult.Command;
            var name = command == root ? "mediareview" : $"mediareview {command.Name}";
            await stderr.WriteLineAsync($"Run '{name} --help' for usage.");
            return UsageOrInputError;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// An option's value must be a whole number in the range. Read from its token, so that "abc" or "80.5" is a
    /// usage error with this message rather than a conversion failure.
    /// </summary>
    private static void WholeNumber(System.CommandLine.Parsing.OptionResult result, string name, int min, int max, string range)
    {
        if (result.Tokens.Count == 0) return;
        var text = result.Tokens[^1].Value;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            result.AddError($"{name} must be a whole number {range} (got '{text}')");
    }

    /// <summary>--date, for check and baseline alike: absent, or YYYY-MM-DD between 1800 and 2100; false (said on stderr) otherwise.</summary>
    private static bool TryDate(string? text, TextWriter stderr, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d.Year is < 1800 or > 2100)
        {
            stderr.WriteLine($"mediareview: error: --date '{text}' is not a date; write it as YYYY-MM-DD, for example --date 2025-02-11");
            return false;
        }
        date = d;
        return true;
    }

    internal static RootCommand Build(TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Drafts to check: Markdown (.md, .markdown), HTML (.html, .htm) or plain text (.txt) files, or folders to search for them (recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date")
        {
            Description = "The date the drafts are written on (YYYY-MM-DD), for drafts without a 'date:' in their front matter. Default: today.",
            HelpName = "YYYY-MM-DD",
        };
        var reference = new Option<string?>("--reference")
        {
            Description = "Folder of reference-set JSON files to check claims against. Default: the reference set shipped with MediaReview (rules/reference).",
            HelpName = "DIR",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "Folder of rule files (*.rules.json, Microsoft RulesEngine workflows). Default: the rules shipped with MediaReview.",
            HelpName = "DIR",
        };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = """
                Report format; give several (-f text -f sarif, or -f text,sarif) to write several reports from one run.
                text: compiler style, for people. json: every claim, verdict and finding (versioned, see README).
                sarif: SARIF 2.1.0 for code scanning. github: workflow commands that annotate a pull request.
                html: one self-contained page with the findings highlighted on the draft. claimreview: schema.org
                ClaimReview JSON-LD for each contradicted claim.
                """,
            DefaultValueFactory = _ => ["text"],
            HelpName = string.Join('|', Formats),
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string[]>("--output", "-o")
        {
            Description = """
                Write the report to this file instead of standard output ('-' for standard output); a file is replaced
                only once its report is complete. With several formats, give one --output per --format in the same
                order, or none: then the first of text and github goes to standard output and each other format to
                a file in the current folder: mediareview.json, .sarif, .html, .claimreview.jsonld, .github.txt, .txt.
                """,
            HelpName = "FILE",
        };
        var minScore = new Option<int?>("--min-score")
        {
            Description = "Exit with code 1 when a draft scores below N (0-100). A draft with nothing the reference set can check has no score and does not fail this test; the report says so.",
            HelpName = "N",
        };
        minScore.Validators.Add(r => WholeNumber(r, "--min-score", 0, 100, "from 0 to 100"));
        var noColor = new Option<bool>("--no-color")
        {
            Description = "No colours in the text report, even on a terminal (the NO_COLOR environment variable does the same).",
        };
        var parallel = new Option<int?>("--parallel")
        {
            Description = "How many drafts to check at once. Default: one per processor core. The report is the same whatever the number.",
            HelpName = "N",
        };
        parallel.Validators.Add(r => WholeNumber(r, "--parallel", 1, int.MaxValue, "1 or more"));
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding has this severity or a higher one; 'none' never fails on findings.",
            DefaultValueFactory = _ => "error",
            HelpName = "error|warning|suggestion|none",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "none");

        var baselineIn = new Option<string?>("--baseline")
        {
            Description = "A baseline of accepted findings (written by 'mediareview baseline'): those are reported as suppressed and do not fail the run; only new findings do.",
            HelpName = "FILE",
        };
        var check = new Command("check", """
            Check drafts against the reference set and report findings.

            Each draft's date (what "current" means for its claims) comes from its front matter 'date:',
            else from --date, else today; the report says which was used.

            Each claim gets a verdict (supported, contradicted, unverifiable) and each draft a score from 0
            to 100 (see README: Scores); the summary gives both.

            Exit codes: 0 no finding at or above --fail-on and no draft below --min-score; 1 otherwise;
            2 a usage, configuration or input error (the other drafts are still checked).
            """)
        {
            paths, date, reference, rules, format, output, failOn, minScore, baselineIn, noColor, parallel,
        };
        check.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(date), stderr, out var dateValue)) return UsageOrInputError;
            // System.CommandLine hands an unknown option to the paths argument; a path that looks like an option and is no file is a usage error.
            var unknown = (parse.GetValue(paths) ?? []).FirstOrDefault(p => p.StartsWith('-') && !File.Exists(p) && !Directory.Exists(p));
            if (unknown is not null)
            {
                stderr.WriteLine($"mediareview: error: unknown option '{unknown}'");
                stderr.WriteLine("Run 'mediareview check --help' for usage.");
                return UsageOrInputError;
            }
            // "-f text,sarif" and "-f text -f sarif" alike.
            var formats = (parse.GetValue(format) ?? ["text"]).SelectMany(f => f.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (formats.FirstOrDefault(f => !Formats.Contains(f)) is { } wrong)
            {
                stderr.WriteLine($"mediareview: error: --format '{wrong}' is not a format; use {string.Join(", ", Formats)}");
                return UsageOrInputError;
            }
            var options = new CheckOptions
            {
                Paths = parse.GetValue(paths) ?? [],
                Date = dateValue,
                ReferenceDirectory = parse.GetValue(reference),
                RulesDirectory = parse.GetValue(rules),
                Formats = formats.Count == 0 ? ["text"] : formats,
                Outputs = parse.GetValue(output) ?? [],
                FailOn = parse.GetValue(failOn) ?? "error",
                MinScore = parse.GetValue(minScore),
                Baseline = parse.GetValue(baselineIn),
                NoColor = parse.GetValue(noColor),
                Parallel = parse.GetValue(parallel) ?? Environment.ProcessorCount,
            };
            return new CheckCommand(stdout, stderr, terminal).Run(options);
        });

        var baselinePaths = new Argument<string[]>("paths") { Description = "Drafts, or folders of drafts, whose current findings are accepted.", Arity = ArgumentArity.OneOrMore };
        var baselineOut = new Option<string>("--output", "-o")
        {
            Description = "The baseline file to write (replaced only once complete).",
            DefaultValueFactory = _ => ".mediareview-baseline.json",
            HelpName = "FILE",
        };
        var baselineDate = new Option<string?>("--date") { Description = "As for check: the date of drafts without a 'date:' in their front matter.", HelpName = "YYYY-MM-DD" };
        var baselineRules = new Option<string?>("--rules") { Description = "As for check: a folder of rule files.", HelpName = "DIR" };
        var baselineReference = new Option<string?>("--reference") { Description = "As for check: a folder of reference-set files.", HelpName = "DIR" };
        var baseline = new Command("baseline", """
            Check drafts and write their current findings to a baseline file, so that
            'check --baseline FILE' fails only on findings that are new. A finding is known by its draft,
            rule ID and a fingerprint of its text and the words around it, not by line numbers, so edits
            elsewhere in the draft keep it accepted. Findings suppressed in the draft are left out.

            Exit codes: 0 the baseline was written; 2 a usage, configuration or input error.
            """)
        {
            baselinePaths, baselineOut, baselineDate, baselineRules, baselineReference,
        };
        baseline.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(baselineDate), stderr, out var dateValue)) return UsageOrInputError;
            return new CheckCommand(stdout, stderr, terminal).Run(new CheckOptions
            {
                Paths = parse.GetValue(baselinePaths) ?? [],
                Date = dateValue,
                RulesDirectory = parse.GetValue(baselineRules),
                ReferenceDirectory = parse.GetValue(baselineReference),
                WriteBaseline = parse.GetValue(baselineOut) ?? ".mediareview-baseline.json",
            });
        });

        var rulesOnly = new Option<string?>("--rules")
        {
            Description = "Folder of rule files (*.rules.json). Default: the rules shipped with MediaReview.",
            HelpName = "DIR",
        };
        var referenceOnly = new Option<string?>("--reference")
        {
            Description = "Folder of reference-set JSON files the rules run against. Default: the shipped reference set.",
            HelpName = "DIR",
        };
        var validate = new Command("validate", """
            Check rule files without checking any draft: JSON syntax, unknown or missing fields, diagnostic IDs
            and rule names (missing or used twice), severities, message placeholders, examples, and each
            expression (it must parse, name only what exists, and stay inside the sandbox).
            Every problem is reported with its file, line and column.

            Exit codes: 0 the rules are valid; 2 at least one problem.
            """)
        {
            rulesOnly, referenceOnly,
        };
        validate.SetAction(parse => new RulesCommand(stdout, stderr).Validate(parse.GetValue(rulesOnly), parse.GetValue(referenceOnly)));
        var test = new Command("test", """
            Run every rule's examples (the "examples" in its Properties) through the checker. In an example,
            {|MR1002:President Hassan Rouhani|} marks text that must be flagged with that ID; text without
            markup must produce no finding. Each rule needs at least one example of each kind.

            Exit codes: 0 all examples pass; 1 an example fails or a rule lacks an example kind;
            2 the rules or the reference set are not valid.
            """)
        {
            rulesOnly, referenceOnly,
        };
        test.SetAction(parse => new RulesCommand(stdout, stderr).Test(parse.GetValue(rulesOnly), parse.GetValue(referenceOnly)));
        var catalogueOutput = new Option<string?>("--output", "-o")
        {
            Description = "Write the catalogue to this file (replaced only once complete) instead of standard output.",
            HelpName = "FILE",
        };
        var catalogue = new Command("catalogue", """
            Print the catalogue of rules (ID, title, category, default severity, description) as Markdown.
            rules/README.md is this output for the shipped rules; a test fails when it is out of date.
            """)
        {
            rulesOnly, catalogueOutput,
        };
        catalogue.SetAction(parse => new RulesCommand(stdout, stderr).Catalogue(parse.GetValue(rulesOnly), parse.GetValue(catalogueOutput)));
        var rulesCommand = new Command("rules", "Validate rule files, run their examples, print their catalogue (see 'rules <command> --help').")
        {
            validate, test, catalogue,
        };
        var explainId = new Argument<string>("id") { Description = "A diagnostic ID, e.g. MR1002." };
        var explain = new Command("explain", "Explain a rule: its description, examples, default severity and how to change it.")
        {
            explainId, rulesOnly,
        };
        explain.SetAction(parse => new RulesCommand(stdout, stderr).Explain(parse.GetValue(explainId) ?? "", parse.GetValue(rulesOnly)));

        return new RootCommand("""
            MediaReview checks news drafts the way analyzers check code: it finds claims about people and
            their offices, and checks them against a reference set of facts with RulesEngine rules.
            """)
        {
            check, baseline, rulesCommand, explain,
        };
    }
}
