using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Scriban's accessor of a .NET object's members, with reading a member made a direct call (<see cref="PropertyGetter"/>): Scriban reads each
/// property through <see cref="PropertyInfo.GetValue(object)"/>, reflection on every read, and a page reads
/// hundreds. Which members there are, their names and everything but reading a value stay Scriban's own
/// (<paramref name="scriban"/>): the members are found by the same walk under the context's filter and renamer,
/// and a type whose walk does not give exactly Scriban's names keeps Scriban's accessor.
/// </summary>
internal sealed class ViewMemberAccessor(IObjectAccessor scriban, IReadOnlyDictionary<string, Func<object, object?>> getters) : IObjectAccessor
{
    /// <summary>The fast accessor of <paramref name="type"/>, or <paramref name="scriban"/> itself when its members cannot be matched one for one.</summary>
    public static IObjectAccessor For(Type type, IObjectAccessor scriban, TemplateContext context)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        for (var declaring = type; declaring is not null; declaring = declaring.BaseType == typeof(object) ? null : declaring.BaseType)
        {
            // As Scriban's TypedObjectAccessor: fields first (a filter that lets one through keeps Scriban's accessor), then properties, the first of a name kept.
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && Visible(field, context))
                    return scriban;
            }
            foreach (var property in declaring.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (property is not { CanRead: true, GetMethod: { IsStatic: false, IsPublic: true } } || !Visible(property, context)
                    || property.GetIndexParameters().Length > 0)
                    continue;
                var name = context.MemberRenamer?.Invoke(property) is { Length: > 0 } renamed ? renamed : property.Name;
                if (!getters.ContainsKey(name))
                    getters.Add(name, PropertyGetter.For(property));
            }
        }
        var names = scriban.GetMembers(context, default, type).ToHashSet(StringComparer.Ordinal);
        return names.SetEquals(getters.Keys) ? new ViewMemberAccessor(scriban, getters) : scriban;
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }
        value = null;
        return false;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => scriban.GetMemberCount(context, span, target);
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => scriban.GetMembers(context, span, target);
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => scriban.HasMember(context, span, target, member);
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => scriban.TrySetValue(context, span, target, member, value);
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => scriban.TryGetItem(context, span, target, index, out value);
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => scriban.TrySetItem(context, span, target, index, value);
    public bool HasIndexer => scriban.HasIndexer;
    public Type? IndexType => scriban.IndexType;

    private static bool Visible(MemberInfo member, TemplateContext context) =>
        member.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && (context.MemberFilter is null || context.MemberFilter(member));
}
