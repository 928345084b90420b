using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using FastExpressionCompiler;
using MediaReview.Checking;
using MediaReview.Claims;
using System.Linq.Dynamic.Core;
using RulesEngine.Models;

namespace MediaReview.Rules;

/// <summary>
/// A rule ready to run: its metadata, and its appliesWhen and Expression compiled together into one delegate
/// that says what the rule makes of a claim.
/// </summary>
public sealed record CompiledRule(RuleDescriptor Descriptor, ClaimKind Kind, Func<Claim, Facts, RuleOutcome> Evaluate)
{
    /// <summary>The rule's meaning as one RulesEngine expression would give it: passes when it does not apply or when the claim holds.</summary>
    public bool Check(Claim claim, Facts facts) => Evaluate(claim, facts) != RuleOutcome.Fails;
}

/// <summary>What a rule made of a claim.</summary>
public enum RuleOutcome
{
    /// <summary>The rule's appliesWhen is false: the reference set gives it nothing to judge the claim by.</summary>
    DoesNotApply,

    /// <summary>The claim agrees with the reference set.</summary>
    Holds,

    /// <summary>The claim contradicts the reference set: a finding.</summary>
    Fails,
}

/// <summary>
/// The rules of a folder of RulesEngine workflow files (*.rules.json), validated and compiled once.
/// Each expression is parsed as RulesEngine's own RuleExpressionParser parses it (see <see cref="Parse"/>) and compiled to a typed
/// delegate: the same rule text RulesEngine runs, at a fraction of ExecuteAllRulesAsync's cost
/// (tests/MediaReview.Benchmarks: 1.23-1.39x hand-written C#, where ExecuteAllRulesAsync is 41-45x).
/// </summary>
public sealed partial class RuleSet
{
    /// <summary>The types rule expressions may use beyond the predefined ones.</summary>
    public static readonly Type[] ExpressionTypes = [typeof(OfficeClaim), typeof(WeekdayClaim), typeof(AgeClaim), typeof(TenureClaim), typeof(EventClaim), typeof(Facts), typeof(DateRange)];

    public RuleSet(IReadOnlyList<CompiledRule> rules) => Rules = rules;

    public IReadOnlyList<CompiledRule> Rules { get; }

    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(r => r.Descriptor);

    public static RuleSet LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InputErrorsException([new InputException(directory, "rules folder not found; pass an existing folder to --rules")]);
        }
        var files = Directory.EnumerateFiles(directory, "*.rules.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InputErrorsException([new InputException(directory, "no rule files (*.rules.json) in this folder")]);
        }
        return Load(files.Select(f => (f, JsonErrors.ReadFile(f))));
    }

    public static RuleSet Load(IEnumerable<(string Path, ReadOnlyMemory<byte> Json)> files)
    {
        var errors = new List<InputException>();
        var rules = new List<CompiledRule>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (path, json) in files)
        {
            List<WorkflowDto> workflows;
            var bytes = JsonErrors.WithoutBom(json.Span);
            var array = bytes.TrimStart(" \t\r\n"u8) is [(byte)'[', ..];
            try
            {
                workflows = array
                    ? JsonSerializer.Deserialize(bytes, RuleJsonContext.Default.ListWorkflowDto) ?? []
                    : JsonSerializer.Deserialize(bytes, RuleJsonContext.Default.WorkflowDto) is { } one ? [one] : [];
            }
            catch (JsonException e)
            {
                errors.Add(JsonErrors.ToInputException(path, e, bytes));
                continue;
            }
            var locator = JsonLocator.Create(bytes);
            UnknownFields(path, locator, errors);
            for (var w = 0; w < workflows.Count; w++)
            {
                var workflow = workflows[w];
                var wAt = array ? $"[{w}]" : "";
                void Error(string at, string message, int extraColumn = 0)
                {
                    var (line, column) = locator.Find((wAt + at).TrimStart('.'));
                    errors.Add(new InputException(path, message, line, column + extraColumn));
                }
                if (string.IsNullOrWhiteSpace(workflow.WorkflowName)) Error("", "the workflow has no \"WorkflowName\"");
                if (workflow.Rules is null || workflow.Rules.Count == 0) { Error("", "the workflow has no \"Rules\""); continue; }

                for (var r = 0; r < workflow.Rules.Count; r++)
                {
                    var rule = workflow.Rules[r];
                    var at = $".Rules[{r}]";
                    // A disabled rule is validated like any other, so nothing broken or hostile waits in the file; it just does not run.
                    var disabled = rule.Enabled == false;
                    // Without a name the rule is still checked (as "rule N"), so that its other problems show too.
                    if (string.IsNullOrWhiteSpace(rule.RuleName))
                    {
                        Error(at, "a rule has no \"RuleName\"");
                        rule.RuleName = $"rule {r + 1}";
                    }
                    else if (names.TryGetValue(rule.RuleName, out var other)) Error(at + ".RuleName", $"rule name '{rule.RuleName}' is used twice (also in {other}); RulesEngine needs unique names");
                    else names[rule.RuleName] = path;
                    if (rule.RuleExpressionType is not (null or "LambdaExpression"))
                        Error(at + ".RuleExpressionType", $"rule '{rule.RuleName}': RuleExpressionType must be \"LambdaExpression\"");
                    if (string.IsNullOrWhiteSpace(rule.Expression)) { Error(at, $"rule '{rule.RuleName}' has no \"Expression\""); continue; }

                    var descriptor = ReadDescriptor(rule, workflow.WorkflowName ?? "", path, locator.Find((wAt + at).TrimStart('.')).Line,
                        (msg, sub) => Error(at + ".Properties" + sub, $"rule '{rule.RuleName}': {msg}"),
                        sub => locator.Find((wAt + at + ".Properties" + sub).TrimStart('.')).Line);
                    if (descriptor is not null)
                    {
                        if (ids.TryGetValue(descriptor.Id, out var idFile)) Error(at + ".Properties.id", $"diagnostic ID {descriptor.Id} is defined twice (also in {idFile})");
                        else ids[descriptor.Id] = path;
                    }

                    // The expression is compiled even when the properties have problems, so that all of them are reported at once.
                    var claimKind = descriptor?.ClaimKind ?? (rule.Properties?.GetValueOrDefault("claim") is { ValueKind: JsonValueKind.String } c ? c.GetString() : null);
                    if (claimKind is null || !ClaimKinds.All.TryGetValue(claimKind, out var kind)) continue;
                    var claimParameter = Expression.Parameter(typeof(Claim), "c");
                    var factsParameter = Expression.Parameter(typeof(Facts), "facts");
                    Expression? TryParse(string expression, string field, string what)
                    {
                        try
                        {
                            return ParseChecked(kind, expression, claimParameter, factsParameter);
                        }
                        catch (SandboxException e)
                        {
                            Error(at + field, $"rule '{rule.RuleName}': {what} is not allowed: {e.Message}");
                        }
                        catch (Exception e) when (e is ParseException or InvalidOperationException or ArgumentException)
                        {
                            var position = e is ParseException pe ? pe.Position : -1;
                            var where = position >= 0 ? $" at character {position + 1}" : "";
                            // The column inside the JSON string: the expression starts one character after the opening quote.
                            Error(at + field, $"rule '{rule.RuleName}': {what} does not compile{where}: {e.Message.TrimEnd('.')}", position >= 0 ? position + 1 : 0);
                        }
                        return null;
                    }
                    var holds = TryParse(rule.Expression, ".Expression", "the expression");
                    var appliesWhen = rule.Properties?.GetValueOrDefault("appliesWhen") is { ValueKind: JsonValueKind.String } a ? a.GetString() : null;
                    var applies = appliesWhen is null ? null : TryParse(appliesWhen, ".Properties.appliesWhen", "appliesWhen");
                    if (descriptor is not null && !disabled && holds is not null && (appliesWhen is null || applies is not null))
                        rules.Add(new CompiledRule(descriptor, kind, Compile(claimParameter, factsParameter, applies, holds)));
                }
            }
        }
        // In file order, and by position within a file (a rule's properties are read before its expression).
        if (errors.Count > 0) throw new InputErrorsException(errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList());
        return new RuleSet(rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList());
    }

    private static readonly string[] WorkflowFields = ["$schema", "WorkflowName", "RuleExpressionType", "Rules"];
    private static readonly string[] RuleFields = ["RuleName", "Expression", "RuleExpressionType", "SuccessEvent", "ErrorMessage", "Enabled", "Properties"];

    /// <summary>Fields a workflow or rule does not have ("Rulename", "LocalParams", "Actions"), each with its line, from the paths the locator already read.</summary>
    private static void UnknownFields(string path, JsonLocator locator, List<InputException> errors)
    {
        foreach (var (at, (line, column)) in locator.Positions)
        {
            var (known, what) = WorkflowField().IsMatch(at) ? (WorkflowFields, "a workflow")
                : RuleField().IsMatch(at) ? (RuleFields, "a rule")
                : (null, "");
            if (known is null) continue;
            var name = at[(at.LastIndexOf('.') + 1)..];
            if (known.Contains(name, StringComparer.Ordinal)) continue;
            var near = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            var hint = near is not null ? $"did you mean \"{near}\"? " : "";
            errors.Add(new InputException(path, $"unknown field \"{name}\"; {hint}{what} has {string.Join(", ", known.Where(k => k != "$schema"))} (MediaReview uses no RulesEngine parameters or actions)", line, column));
        }
    }

    [GeneratedRegex(@"^(?:\[\d+\]\.)?[^.\[]+$")]
    private static partial Regex WorkflowField();

    [GeneratedRegex(@"^(?:\[\d+\]\.)?Rules\[\d+\]\.[^.\[]+$")]
    private static partial Regex RuleField();

    /// <summary>
    /// A rule file as plain RulesEngine workflows: each rule with an appliesWhen gets the Expression
    /// "!(appliesWhen) || (Expression)", which passes and fails exactly the claims MediaReview's rule does.
    /// For running the rules in RulesEngine itself (the tests and benchmarks compare the two).
    /// </summary>
    public static string ToRulesEngineWorkflows(string ruleFileJson)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(ruleFileJson)!;
        var workflows = root is System.Text.Json.Nodes.JsonArray array ? array.ToList() : [root];
        foreach (var rule in workflows.SelectMany(w => w?["Rules"]?.AsArray() ?? []))
        {
            if (rule?["Properties"]?["appliesWhen"]?.GetValue<string>() is { } applies)
                rule["Expression"] = $"!({applies}) || ({rule["Expression"]!.GetValue<string>()})";
        }
        return root.ToJsonString();
    }

    /// <summary>Parses an expression over (claim, facts) and compiles it to a delegate taking the base claim type.</summary>
    /// <summary>
    /// What RulesEngine's RuleExpressionParser.Parse sets up on every call (a ParsingConfig whose CustomTypeProvider
    /// is RulesEngine's, over the custom types, and its case sensitivity), made once: building it scans every loaded
    /// assembly's types, 2 ms an expression. A test checks that both parse every shipped expression to the same tree.
    /// </summary>
    private static readonly ParsingConfig Parsing = new()
    {
        CustomTypeProvider = new RuleTypes(ExpressionTypes),
        IsCaseSensitive = new ReSettings().IsExpressionCaseSensitive,
        // Dynamic LINQ's table of every System enum is built on the first identifier parsed, by loading and scanning
        // CoreLib, System.Private.Xml and three more assemblies: 40 ms of every start. Rules get the enums they use
        // from RuleTypes.SystemEnums instead.
        SupportEnumerationsFromSystemNamespace = false,
    };

    /// <summary>
    /// The types RulesEngine's CustomTypeProvider gives expressions — the custom types, their base types and
    /// interfaces, RulesEngine's ExpressionUtils, Enumerable and IEnumerable — without its scan of every loaded
    /// assembly for [DynamicLinqType] types (none in MediaReview; the scan cost 33 ms of every start) — and the
    /// System enums a rule may name (<see cref="SystemEnums"/>).
    /// </summary>
    internal sealed class RuleTypes : System.Linq.Dynamic.Core.CustomTypeProviders.DefaultDynamicLinqCustomTypeProvider
    {
        /// <summary>
        /// The System enums the sandbox lets a rule use, by their short names (DayOfWeek.Monday): weekdays, string
        /// comparisons, rounding. RulesEngine finds these (and every other System enum, also by full name) in a table
        /// Dynamic LINQ builds at a cost of 40 ms; see <see cref="Parsing"/>.
        /// </summary>
        public static readonly Type[] SystemEnums = [typeof(DayOfWeek), typeof(StringComparison), typeof(MidpointRounding)];

        private readonly HashSet<Type> _types;

        public RuleTypes(Type[] types) : base(ParsingConfig.Default)
        {
            _types = [.. types, typeof(RulesEngine.HelperFunctions.ExpressionUtils), typeof(Enumerable)];
            var queue = new Queue<Type>(_types);
            while (queue.TryDequeue(out var t))
            {
                if (t.BaseType is { } baseType && _types.Add(baseType)) queue.Enqueue(baseType);
                foreach (var i in t.GetInterfaces())
                {
                    if (_types.Add(i)) queue.Enqueue(i);
                }
            }
            _types.Add(typeof(System.Collections.IEnumerable));
            _types.UnionWith(SystemEnums);
        }

        public override HashSet<Type> GetCustomTypes() => _types;
    }

    /// <summary>Parses a rule expression over (claim, facts) as RulesEngine does, with the configuration made once.</summary>
    internal static Expression Parse(ParameterExpression[] parameters, string expression) =>
        new System.Linq.Dynamic.Core.Parser.ExpressionParser(parameters, expression, [], Parsing).Parse(typeof(bool));

    /// <summary>
    /// Parses an expression over (claim, facts), checks it against the sandbox, and returns its body over the
    /// claim as the base type (each use of "claim" cast to the rule's claim type), ready for <see cref="Compile"/>.
    /// </summary>
    private static Expression ParseChecked(ClaimKind kind, string expression, ParameterExpression anyClaim, ParameterExpression facts)
    {
        var typedClaim = Expression.Parameter(kind.ClaimType, "claim");
        ExpressionSandbox.CheckText(expression);
        var parsed = Parse([typedClaim, facts], expression);
        ExpressionSandbox.Check(parsed);
        var body = parsed is LambdaExpression lambda ? lambda.Body : parsed;
        return new Replace(typedClaim, Expression.Convert(anyClaim, kind.ClaimType)).Visit(body);
    }

    /// <summary>One delegate for a rule: appliesWhen (when given) ? (Expression ? Holds : Fails) : DoesNotApply.</summary>
    private static Func<Claim, Facts, RuleOutcome> Compile(ParameterExpression anyClaim, ParameterExpression facts, Expression? applies, Expression holds)
    {
        Expression outcome = Expression.Condition(holds, Expression.Constant(RuleOutcome.Holds), Expression.Constant(RuleOutcome.Fails));
        if (applies is not null) outcome = Expression.Condition(applies, outcome, Expression.Constant(RuleOutcome.DoesNotApply));
        return Expression.Lambda<Func<Claim, Facts, RuleOutcome>>(outcome, anyClaim, facts).CompileFast();
    }

    /// <summary>Compiles one expression as a rule with no appliesWhen (for tests of the sandbox and of single expressions).</summary>
    internal static Func<Claim, Facts, bool> Compile(ClaimKind kind, string expression)
    {
        var anyClaim = Expression.Parameter(typeof(Claim), "c");
        var facts = Expression.Parameter(typeof(Facts), "facts");
        var evaluate = Compile(anyClaim, facts, null, ParseChecked(kind, expression, anyClaim, facts));
        return (claim, f) => evaluate(claim, f) == RuleOutcome.Holds;
    }

    /// <summary>Replaces one parameter with an expression.</summary>
    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private static RuleDescriptor? ReadDescriptor(RuleDto rule, string workflow, string path, int line, Action<string, string> errorAt, Func<string, int> lineOf)
    {
        void error(string message) => errorAt(message, "");
        var p = rule.Properties;
        if (p is null) { error("no \"Properties\" with the diagnostic's id, title, messageFormat, category, defaultSeverity, description and claim"); return null; }
        string? Get(string key, bool required = true)
        {
            if (p.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())) return value.GetString();
            if (required) error($"Properties needs \"{key}\" (text)");
            return null;
        }
        var id = Get("id");
        var title = Get("title");
        var messageFormat = Get("messageFormat");
        var category = Get("category");
        var severityText = Get("defaultSeverity");
        var description = Get("description");
        var claim = Get("claim");
        var fix = Get("fix", required: false);
        var helpUri = Get("helpUri", required: false);
        var appliesWhen = Get("appliesWhen", required: false);
        if (helpUri is not null && !Uri.TryCreate(helpUri, UriKind.Absolute, out _)) { errorAt($"helpUri '{helpUri}' is not an absolute URI", ".helpUri"); helpUri = null; }
        double confidence = 1;
        if (p.TryGetValue("confidence", out var c))
        {
            if (c.ValueKind != JsonValueKind.Number || !c.TryGetDouble(out confidence) || confidence is < 0 or > 1)
            {
                errorAt("\"confidence\" must be a number from 0 to 1", ".confidence");
                confidence = 1;
            }
        }
        var ok = id is not null && title is not null && messageFormat is not null && category is not null && severityText is not null && description is not null && claim is not null;
        if (appliesWhen is null && p.ContainsKey("appliesWhen")) { errorAt("\"appliesWhen\" must be an expression (text), like the rule's Expression", ".appliesWhen"); ok = false; }
        if (id is not null && !IdPattern().IsMatch(id)) { errorAt($"id '{id}' must look like MR1234", ".id"); ok = false; }
        Severity severity = Severity.Warning;
        if (severityText is not null && !Severities.TryParse(severityText, out severity)) { errorAt($"defaultSeverity '{severityText}' must be error, warning, suggestion, silent or none", ".defaultSeverity"); ok = false; }
        if (claim is not null && !ClaimKinds.All.ContainsKey(claim)) { errorAt($"claim '{claim}' is not a claim kind; use one of {string.Join(", ", ClaimKinds.All.Keys)}", ".claim"); ok = false; }
        if (fix is not null && fix is not ("add-former" or "remove-qualifier" or "weekday" or "correction")) { errorAt($"fix '{fix}' must be add-former, remove-qualifier, weekday or correction", ".fix"); ok = false; }
        if (messageFormat is not null && Placeholder().Replace(messageFormat, "") is var rest && (rest.Contains('{') || rest.Contains('}')))
        {
            errorAt($"messageFormat has a '{{' or '}}' that is not part of a {{placeholder}}; write placeholders as {{person}}", ".messageFormat");
            ok = false;
        }
        if (ok && ClaimKinds.All.TryGetValue(claim!, out var kind))
        {
            foreach (Match m in Placeholder().Matches(messageFormat!))
            {
                if (!kind.Placeholders.Contains(m.Groups[1].Value))
                {
                    errorAt($"messageFormat uses {{{m.Groups[1].Value}}}, which {claim} claims do not have; use {string.Join(", ", kind.Placeholders.Select(x => "{" + x + "}"))}", ".messageFormat");
                    ok = false;
                }
            }
        }
        var examples = ReadExamples(p, errorAt, lineOf, out var examplesOk);
        ok &= examplesOk;
        var known = new HashSet<string> { "id", "title", "messageFormat", "category", "defaultSeverity", "description", "claim", "appliesWhen", "fix", "confidence", "helpUri", "examples" };
        foreach (var key in p.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            errorAt($"unknown property \"{key}\"; rule properties are {string.Join(", ", known)}", "." + key);
            ok = false;
        }
        if (!ok) return null;
        return new RuleDescriptor
        {
            Id = id!, Title = title!, MessageFormat = messageFormat!, Category = category!, DefaultSeverity = severity,
            Description = description!, ClaimKind = claim!, Fix = fix, Confidence = confidence, HelpUri = helpUri, Examples = examples,
            RuleName = rule.RuleName!, WorkflowName = workflow, Expression = rule.Expression!, AppliesWhen = appliesWhen, SourcePath = path, SourceLine = line,
        };
    }

    /// <summary>"examples": [{ "date": "2025-02-11", "text": "{|MR1002:President Hassan Rouhani|} spoke." }, …]</summary>
    private static List<RuleExample> ReadExamples(Dictionary<string, JsonElement> p, Action<string, string> errorAt, Func<string, int> lineOf, out bool valid)
    {
        var examples = new List<RuleExample>();
        var ok = true;
        valid = true;
        if (!p.TryGetValue("examples", out var list)) return examples;
        if (list.ValueKind != JsonValueKind.Array)
        {
            errorAt("\"examples\" must be an array of { \"date\": \"YYYY-MM-DD\", \"text\": \"…\" }", ".examples");
            valid = false;
            return examples;
        }
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $".examples[{i++}]";
            void Bad(string message) { errorAt($"example {i}: {message}", at); ok = false; }
            if (item.ValueKind != JsonValueKind.Object) { Bad("must be an object with \"date\" and \"text\""); continue; }
            string? dateText = null, text = null;
            foreach (var field in item.EnumerateObject())
            {
                if (field.Name == "date" && field.Value.ValueKind == JsonValueKind.String) dateText = field.Value.GetString();
                else if (field.Name == "text" && field.Value.ValueKind == JsonValueKind.String) text = field.Value.GetString();
                else Bad($"unknown field \"{field.Name}\"; an example has \"date\" (YYYY-MM-DD) and \"text\" (text)");
            }
            if (string.IsNullOrWhiteSpace(text)) { Bad("has no \"text\""); continue; }
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                Bad($"\"date\" must be the date the example is written on, as YYYY-MM-DD (got {(dateText is null ? "none" : $"'{dateText}'")})");
                continue;
            }
            if (ExampleMarkup.IsMalformed(text)) { Bad("the markup is broken; mark a span as {|MR1234:text|}"); continue; }
            examples.Add(new RuleExample(text, date, lineOf(at)));
        }
        valid = ok;
        return examples;
    }

    /// <summary>
    /// The message with each placeholder ({name}, as <see cref="Placeholder"/> matches it) replaced by its
    /// argument; a placeholder without one stays as written. Run for every finding, so without the regular
    /// expression: a search for '{' is all most of a message costs.
    /// </summary>
    internal static string FormatMessage(string format, IReadOnlyDictionary<string, string> arguments)
    {
        var open = format.IndexOf('{');
        if (open < 0) return format;
        var message = new System.Text.StringBuilder(format.Length + 128);
        var copied = 0;
        while (open >= 0)
        {
            var end = open + 1;
            while (end < format.Length && char.IsAsciiLetter(format[end])) end++;
            if (end > open + 1 && end < format.Length && format[end] == '}' && arguments.TryGetValue(format[(open + 1)..end], out var value))
            {
                message.Append(format, copied, open - copied).Append(value);
                copied = end + 1;
            }
            open = format.IndexOf('{', end);
        }
        return message.Append(format, copied, format.Length - copied).ToString();
    }

    [GeneratedRegex(@"^MR\d{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
