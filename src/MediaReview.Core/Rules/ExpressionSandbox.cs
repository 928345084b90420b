using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using MediaReview.Checking;
using MediaReview.Claims;
using MediaReview.Reference;

namespace MediaReview.Rules;

/// <summary>A rule expression that reaches outside what rules may use.</summary>
public sealed class SandboxException(string message) : Exception(message);

/// <summary>
/// The allow-list rule expressions are checked against after parsing and before compiling. A rule file
/// may come from any desk, and Dynamic LINQ lets an expression walk from any input object to reflection
/// (<c>claim.GetType().Assembly</c>), so every node of the parsed tree must be one of:
/// <list type="bullet">
/// <item>the claim's and the reference set's own data (properties, and methods such as <c>facts.HeldDuring</c>);</item>
/// <item>safe parts of <c>string</c>, <c>DateOnly</c>, numbers, <c>Math</c>, nullable values, collections and <c>Enumerable</c>;</item>
/// <item>constants, operators, conditionals and lambdas (inside <c>Enumerable</c> calls).</item>
/// </list>
/// Anything else — object creation, reflection, <c>typeof</c>, statics such as <c>Environment</c> or
/// <c>DateTime.Now</c>, assignment, invocation of delegates — is rejected with the member it named.
/// </summary>
public static class ExpressionSandbox
{
    /// <summary>Longer expressions are not rules anyone reads; they are rejected before parsing.</summary>
    public const int MaxLength = 2000;

    /// <summary>Brackets nested deeper than this are rejected before parsing (the parser recurses on them).</summary>
    public const int MaxNesting = 24;

    private const int MaxTreeDepth = 100;

    /// <summary>How deep lambdas may nest (a lambda's body may hold one more lambda).</summary>
    public const int MaxLambdaNesting = 2;

    private static readonly HashSet<string> StringMembers = new(StringComparer.Ordinal)
    {
        "Length", "Contains", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf", "Substring", "ToLowerInvariant",
        "ToUpperInvariant", "Trim", "TrimStart", "TrimEnd", "Replace", "Equals", "CompareTo", "IsNullOrEmpty", "IsNullOrWhiteSpace",
        "Compare", "CompareOrdinal", "Concat", "Join", "Chars", "Empty",
    };

    private static readonly HashSet<string> DateMembers = new(StringComparer.Ordinal)
    {
        "Year", "Month", "Day", "DayOfWeek", "DayOfYear", "DayNumber", "AddDays", "AddMonths", "AddYears", "CompareTo", "Equals",
    };

    private static readonly HashSet<string> ValueMembers = new(StringComparer.Ordinal)
        { "CompareTo", "Equals", "HasValue", "Value", "GetValueOrDefault", "Count", "Length", "Item", "Contains", "ContainsKey", "Keys", "Values" };

    private static readonly HashSet<string> MathMembers = new(StringComparer.Ordinal)
        { "Abs", "Min", "Max", "Round", "Floor", "Ceiling", "Sign", "Truncate", "Clamp" };

    private static readonly HashSet<string> EnumerableMembers = new(StringComparer.Ordinal)
    {
        "Any", "All", "Count", "Contains", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault", "Where", "Select",
        "Sum", "Min", "Max", "Average", "Distinct", "OrderBy", "OrderByDescending", "ThenBy", "Take", "Skip", "ElementAt",
        "ElementAtOrDefault", "SequenceEqual", "Concat", "DefaultIfEmpty", "AsEnumerable",
    };

    /// <summary>Members no type may offer to a rule, whatever declares them.</summary>
    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.Ordinal)
        { "GetType", "MemberwiseClone", "Finalize", "<Clone>$", "Deconstruct", "EqualityContract", "GetHashCode", "PrintMembers", "Dispose" };

    /// <summary>Fails before parsing on text no rule needs: too long, or nested too deep.</summary>
    public static void CheckText(string expression)
    {
        if (expression.Length > MaxLength)
            throw new SandboxException($"the expression is {expression.Length} characters long; rules are limited to {MaxLength}: split the check into several rules");
        var depth = 0;
        var inString = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '"' && (i == 0 || expression[i - 1] != '\\')) inString = !inString;
            if (inString) continue;
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            if (depth > MaxNesting)
                throw new SandboxException($"brackets are nested more than {MaxNesting} deep at character {i + 1}; simplify the expression");
        }
    }

    /// <summary>Fails on the first node of the parsed expression that is not on the allow-list.</summary>
    public static void Check(Expression expression) => new Visitor().Visit(expression);

    private sealed class Visitor : ExpressionVisitor
    {
        private int _depth;

        public override Expression? Visit(Expression? node)
        {
            if (node is null) return null;
            if (++_depth > MaxTreeDepth) throw new SandboxException($"the expression is nested more than {MaxTreeDepth} levels deep; simplify it");
            switch (node.NodeType)
            {
                case ExpressionType.New or ExpressionType.NewArrayInit or ExpressionType.NewArrayBounds or ExpressionType.MemberInit or ExpressionType.ListInit:
                    throw new SandboxException($"the expression creates an object ({Describe(node.Type)}); rules may only read the claim and the reference set");
                case ExpressionType.Invoke:
                    throw new SandboxException("the expression invokes a delegate; rules may only call the members on the allow-list");
                case ExpressionType.Assign or ExpressionType.AddAssign or ExpressionType.SubtractAssign or ExpressionType.MultiplyAssign or ExpressionType.DivideAssign
                    or ExpressionType.PreIncrementAssign or ExpressionType.PostIncrementAssign or ExpressionType.PreDecrementAssign or ExpressionType.PostDecrementAssign:
                    throw new SandboxException("the expression assigns a value; rules may not change anything");
                case ExpressionType.Block or ExpressionType.Loop or ExpressionType.Try or ExpressionType.Throw or ExpressionType.Goto or ExpressionType.Label
                    or ExpressionType.Switch or ExpressionType.Dynamic or ExpressionType.Extension or ExpressionType.RuntimeVariables or ExpressionType.DebugInfo
                    or ExpressionType.TypeIs or ExpressionType.TypeEqual or ExpressionType.TypeAs or ExpressionType.Unbox:
                    throw new SandboxException($"the expression uses {node.NodeType}, which rules may not use");
            }
            var result = base.Visit(node);
            CheckType(node.Type, node.NodeType.ToString());
            _depth--;
            return result;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is not null && !IsValueType(node.Value.GetType()) && node.Value is not string && node.Value is not IEnumerable)
                throw new SandboxException($"the expression holds a constant of type {Describe(node.Value.GetType())}, which rules may not use");
            if (node.Value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is not null && !IsValueType(item.GetType()) && item is not string)
                        throw new SandboxException($"the expression holds a constant of type {Describe(item.GetType())}, which rules may not use");
                }
            }
            return node;
        }

        // Inner expressions first, so that the message names the first step out of the data
        // ("claim.GetType()", not the ".Assembly.Location" after it).
        protected override Expression VisitMember(MemberExpression node)
        {
            Visit(node.Expression);
            if (node.Member is FieldInfo { IsStatic: true } field && !(field.DeclaringType == typeof(string) && field.Name == "Empty"))
                throw new SandboxException($"the expression reads the static field {Describe(field.DeclaringType)}.{field.Name}, which rules may not use");
            if (node.Member is PropertyInfo property && property.GetMethod?.IsStatic == true)
                throw new SandboxException($"the expression reads the static property {Describe(property.DeclaringType)}.{property.Name}, which rules may not use");
            Allow(node.Member, node.Expression?.Type ?? node.Member.DeclaringType!);
            return node;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Visit(node.Object);
            Visit(node.Arguments);
            Allow(node.Method, node.Object?.Type ?? node.Method.DeclaringType!);
            foreach (var p in node.Method.GetParameters()) CheckType(p.ParameterType, node.Method.Name);
            return node;
        }

        protected override Expression VisitIndex(IndexExpression node)
        {
            if (node.Indexer is not null) Allow(node.Indexer, node.Object?.Type ?? node.Indexer.DeclaringType!);
            return base.VisitIndex(node);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            if (node.Method is not null) Allow(node.Method, node.Method.DeclaringType!);
            // "object(claim)", "cast(claim, …)": a reference cast leads away from the data's own members.
            if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked && !node.Operand.Type.IsValueType && node.Type != node.Operand.Type
                && !(node.Type == typeof(object) && node.Operand.Type == typeof(string)))
                throw new SandboxException($"the expression casts {Describe(node.Operand.Type)} to {Describe(node.Type)}, which rules may not do");
            return base.VisitUnary(node);
        }

        private int _lambdas;

        // Lambdas inside lambdas multiply the work per claim ("….Any(a => ….Any(b => …))"): two levels are enough for a rule.
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            if (++_lambdas > MaxLambdaNesting)
                throw new SandboxException($"lambdas are nested more than {MaxLambdaNesting} deep; a rule may nest at most {MaxLambdaNesting}, so that checking stays fast");
            var result = base.VisitLambda(node);
            _lambdas--;
            return result;
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            // Operators such as string equality or DateOnly comparison call op_* methods of allowed types.
            if (node.Method is not null) Allow(node.Method, node.Method.DeclaringType!);
            return base.VisitBinary(node);
        }
    }

    /// <summary>A member a rule may use on a value of the given type.</summary>
    private static void Allow(MemberInfo member, Type on)
    {
        var name = member.Name;
        var declaring = member.DeclaringType ?? on;
        if (ForbiddenNames.Contains(name) || name.Contains('<'))
            throw new SandboxException($"the expression uses {Describe(declaring)}.{name}, which rules may not use");
        if (member is MethodInfo { IsSpecialName: true } && name.StartsWith("op_", StringComparison.Ordinal) && (IsValueType(declaring) || declaring == typeof(string))) return;
        // The claim's and the reference set's data, but not what every object has ("claim.ToString()", "claim.Equals(facts)").
        if ((IsOwn(declaring) || IsOwn(on)) && !(name is "ToString" or "Equals" && member is MethodInfo)) return;
        if (IsOwn(declaring) || IsOwn(on)) throw new SandboxException($"the expression uses {Describe(declaring)}.{name}, which rules may not use");
        var ok = declaring == typeof(string) || on == typeof(string) ? StringMembers.Contains(name)
            : declaring == typeof(DateOnly) ? DateMembers.Contains(name)
            : declaring == typeof(Math) ? MathMembers.Contains(name)
            : declaring == typeof(Enumerable) || declaring == typeof(Queryable) ? EnumerableMembers.Contains(name)
            : IsPrimitive(declaring) || IsNullable(declaring) || IsCollection(declaring) || IsCollection(on) || declaring == typeof(object) && on != typeof(object)
                ? ValueMembers.Contains(name) || name == "ToString" && IsPrimitive(on)
            : false;
        if (!ok) throw new SandboxException($"the expression uses {Describe(declaring)}.{name}, which rules may not use");
    }

    /// <summary>No node may be of a type that leads out of the data: reflection, delegates, the runtime, I/O.</summary>
    private static void CheckType(Type type, string where)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsArray) t = t.GetElementType()!;
        if (IsDataType(t) || t == typeof(object)) return;
        if (IsCollection(t) && t.IsGenericType && t.GetGenericArguments().All(a => IsDataType(a) || typeof(Delegate).IsAssignableFrom(a) && IsLambdaOverData(a)))
            return;
        // Lambdas passed to Enumerable ("p => p.Born.Year > 1950"): Func over allowed types only.
        if (typeof(Delegate).IsAssignableFrom(t) && IsLambdaOverData(t)) return;
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Expression<>) && IsLambdaOverData(t.GetGenericArguments()[0])) return;
        throw new SandboxException($"the expression uses a value of type {Describe(type)} ({where}), which rules may not use");
    }

    private static bool IsLambdaOverData(Type delegateType) =>
        delegateType.IsGenericType && delegateType.Namespace == "System" && delegateType.Name.StartsWith("Func`", StringComparison.Ordinal)
        && delegateType.GetGenericArguments().All(a => IsDataType(a) || a == typeof(object) || IsCollection(a) && a.GetGenericArguments().All(IsDataType));

    private static bool IsDataType(Type t) => IsValueType(t) || t == typeof(string) || IsOwn(t);

    /// <summary>The claim, facts and reference types: what rules are written against.</summary>
    private static bool IsOwn(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.Assembly == typeof(Claim).Assembly && t.Namespace is "MediaReview.Claims" or "MediaReview.Reference" or "MediaReview.Rules" or "MediaReview.Text" or "MediaReview.Checking"
            && t != typeof(ExpressionSandbox) && !typeof(Delegate).IsAssignableFrom(t)
            && (t.Namespace != "MediaReview.Rules" || t == typeof(Facts)) && (t.Namespace != "MediaReview.Checking" || t == typeof(Severity));
    }

    private static bool IsPrimitive(Type t) => t.IsPrimitive || t == typeof(decimal) || t.IsEnum;

    private static bool IsValueType(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return IsPrimitive(t) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(TimeSpan) || t == typeof(DayOfWeek) || IsOwn(t) && t.IsValueType;
    }

    private static bool IsNullable(Type t) => Nullable.GetUnderlyingType(t) is not null || t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Nullable<>);

    private static bool IsCollection(Type t) =>
        t.Namespace is "System.Collections.Generic" or "System.Linq" && (t.IsInterface || t.IsGenericType && t.GetGenericTypeDefinition() is var d
            && (d == typeof(List<>) || d == typeof(HashSet<>) || d == typeof(Dictionary<,>)))
        || t.IsArray;

    private static string Describe(Type? t) => t is null ? "?" : t.IsGenericType ? $"{t.Name[..t.Name.IndexOf('`')]}<{string.Join(", ", t.GetGenericArguments().Select(Describe))}>" : t.FullName ?? t.Name;
}
