using System.Reflection;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using Scriban;
using Scriban.Runtime;

namespace ReportBuilder.Core.Templates;

/// <summary>The limits a template runs under. Defaults fit the largest dataset we expect by far.</summary>
internal sealed record TemplateOptions
{
    public static readonly TemplateOptions Default = new();

    /// <summary>Iterations of all loops nested in one another; a runaway <c>while</c> stops here.</summary>
    public int LoopLimit { get; init; } = 20_000;

    /// <summary>Depth of function calls and includes within each other.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Characters one page may write (the largest page of data/ has about 32,000).</summary>
    public int OutputLimit { get; init; } = 4 * 1024 * 1024;

    /// <summary>Characters one string inside a template may reach (joined, repeated, concatenated or converted).</summary>
    public int StringLimit { get; init; } = 128 * 1024;
}

/// <summary>
/// Makes the one kind of <see cref="TemplateContext"/> every template runs in: strict (an undefined variable
/// or member is an error, not an empty string), limited (loops, recursion, output), blind to .NET (only view
/// records are visible, snake_cased), with includes only from templates/ and no clock nor random numbers, so
/// two builds write the same bytes. Its built-in objects (<c>date</c>, <c>math</c>, <c>string</c>…) are frozen:
/// a context serves many pages (<see cref="TemplateRenderer"/>), and a template that set <c>date.format</c> would
/// otherwise change the pages rendered after it.
/// </summary>
internal static class TemplateSandbox
{
    public static TemplateContext Create(TemplateSet templates, Func<string, string> escape, TemplateOptions options)
    {
        var context = new EscapingTemplateContext(Builtins(), escape)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedFunctionAccess = false,
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            OutputLimit = options.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = options.StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new TemplateFolderLoader(templates),
            MemberRenamer = StandardMemberRenamer.Default,
            MemberFilter = IsVisible,
            NewLine = "\n",
            RegexTimeOut = TimeSpan.FromSeconds(1),
        };
        templates.Prime(context);
        Freeze(context.BuiltinObject);
        return context;
    }

    /// <summary>Only public properties of view records (<see cref="PageView"/> among them); no fields, methods or framework types.</summary>
    private static bool IsVisible(MemberInfo member) =>
        member is PropertyInfo { CanRead: true } property
        && property.GetMethod is { IsPublic: true, IsStatic: false }
        && property.GetIndexParameters().Length == 0
        && property.DeclaringType is { } type
        && string.Equals(type.Namespace, typeof(SiteView).Namespace, StringComparison.Ordinal)
        && property.Name != "EqualityContract";

    /// <summary>Scriban's built-in functions less those that read the clock or draw random numbers; includes trusted.</summary>
    private static ScriptObject Builtins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins["date"] is ScriptObject date)
            date.Remove("now");
        if (builtins["math"] is ScriptObject math)
            math.Remove("random");
        // The built-in object marks its functions read-only: remove, then set.
        if (builtins["include"] is IScriptCustomFunction include && builtins.Remove("include"))
            builtins.SetValue("include", new TrustedInclude(include), readOnly: true);
        return builtins;
    }

    /// <summary>Any write into a built-in object, or one of the objects it holds, becomes an error at the template's position.</summary>
    private static void Freeze(ScriptObject builtins)
    {
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject inner)
                inner.IsReadOnly = true;
        }
        builtins.IsReadOnly = true;
    }
}

/// <summary>Escapes every value a template writes, except <see cref="RawText"/>. Literal template text is written as is.</summary>
internal sealed class EscapingTemplateContext(ScriptObject builtins, Func<string, string> escape) : TemplateContext(builtins)
{
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
            return this;
        if (textAsObject is RawText raw)
            return Write(raw.Value);
        return Write(escape(ObjectToString(textAsObject) ?? ""));
    }

    public override ValueTask<TemplateContext> WriteAsync(Scriban.Parsing.SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    /// <summary>Scriban's accessor of a view record, reading its members by direct calls (<see cref="ViewMemberAccessor"/>); made once a type, as Scriban caches it.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is Scriban.Runtime.Accessors.TypedObjectAccessor ? ViewMemberAccessor.For(target.GetType(), accessor, this) : accessor;
    }
}
