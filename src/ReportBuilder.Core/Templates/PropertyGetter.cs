using System.Collections.Concurrent;
using System.Reflection;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Reads a property through a delegate bound to its getter rather than <see cref="PropertyInfo.GetValue(object)"/>,
/// reflection on every read: templates read hundreds of view members a page, and the cache's fingerprint every
/// property of every view it digests. One delegate per property for the whole process, shared by every thread.
/// </summary>
internal static class PropertyGetter
{
    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, object?>> Getters = new();

    /// <summary>What <paramref name="property"/>'s value is on a given object, boxed as reflection boxes it.</summary>
    public static Func<object, object?> For(PropertyInfo property) => Getters.GetOrAdd(property, Make);

    // A struct's property, which a delegate cannot take by value, is read by reflection.
    private static Func<object, object?> Make(PropertyInfo property)
    {
        if (property.DeclaringType is not { IsValueType: false } declaring || property.GetMethod is not { IsStatic: false } getter
            || property.PropertyType.IsByRefLike || property.PropertyType.IsPointer)
            return property.GetValue;
        var typed = typeof(Typed<,>).MakeGenericType(declaring, property.PropertyType);
        return ((IGetter)Activator.CreateInstance(typed, getter)!).Get;
    }

    private interface IGetter
    {
        object? Get(object target);
    }

    private sealed class Typed<T, TValue>(MethodInfo getter) : IGetter where T : class
    {
        private readonly Func<T, TValue> _get = getter.CreateDelegate<Func<T, TValue>>();

        public object? Get(object target) => _get((T)target);
    }
}
