using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Caching;

/// <summary>
/// A digest of a render's inputs: strings, numbers, lists, Scriban objects, <see cref="RawText"/>, and view and model
/// records with every property they have, the ones templates see and the internal ones charts read (an estimate's
/// range, the weeks it was disputed in, the measure behind a measure's view). Two inputs with the same digest render the same, so a page whose inputs have the same
/// digest as last time need not be rendered again. An enum is hashed by its type and number, a tuple by its items. A value of any other kind is refused, never hashed as empty.
/// Each record's digest is kept by reference while the record lives: a claim shown on five pages is hashed once (a value type, boxed anew at
/// each read, and a record of plain values are hashed in place). A record is hashed as its type's shape digest (full name
/// and property names, made once per type) then its values. Safe to share between threads.
/// </summary>
internal sealed class ViewFingerprint
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    // Weak keys: a page's view is let go when its page is rendered, and its digest with it; a strong map would keep
    // every view of the build alive to the end (at 50,000 claims, 1.4 GB against 0.85 GB without the cache).
    private readonly ConditionalWeakTable<object, byte[]> _records = new();

    /// <summary>The digest of <paramref name="values"/>, in order.</summary>
    public byte[] Of(params object?[] values)
    {
        using var hash = new DigestWriter();
        foreach (var value in values)
            Add(hash, value);
        return hash.Finish();
    }

    private void Add(DigestWriter hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 'n');
                break;
            case string text:
                Tag(hash, 's');
                Int(hash, text.Length);
                hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
                break;
            case RawText raw:
                Tag(hash, 'w');
                Add(hash, raw.Value);
                break;
            case bool flag:
                Tag(hash, flag ? 't' : 'f');
                break;
            case int number:
                Tag(hash, 'i');
                Int(hash, number);
                break;
            case long number:
                Tag(hash, 'l');
                Span<byte> bytes = stackalloc byte[8];
                MemoryMarshal.Write(bytes, in number);
                hash.Append(bytes);
                break;
            case DateOnly day:
                Tag(hash, 'D');
                Int(hash, day.DayNumber);
                break;
            case decimal number:
                Tag(hash, 'd');
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(number, bits);
                hash.Append(MemoryMarshal.AsBytes(bits));
                break;
            case IEnumerable<KeyValuePair<string, object>> pairs:
                Tag(hash, 'm');
                foreach (var (key, item) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Add(hash, key);
                    Add(hash, item);
                }
                Tag(hash, 'z');
                break;
            case IDictionary dictionary:
                // Unordered (a hash table enumerates in an order that differs between processes): by digest.
                Tag(hash, 'u');
                var entries = new List<byte[]>();
                for (var e = dictionary.GetEnumerator(); e.MoveNext();)
                    entries.Add(Of(e.Key, e.Value));
                foreach (var pair in Unordered(entries))
                    hash.Append(pair);
                Tag(hash, 'z');
                break;
            case IEnumerable items when IsSet(items.GetType()):
                Tag(hash, 'u');
                foreach (var item in Unordered(items.Cast<object?>().Select(item => Of(item))))
                    hash.Append(item);
                Tag(hash, 'z');
                break;
            case IEnumerable items:
                Tag(hash, 'a');
                foreach (var item in items)
                    Add(hash, item);
                Tag(hash, 'z');
                break;
            case ITuple tuple:
                // A tuple's items are not its properties (an estimate's range is one).
                Tag(hash, 'T');
                Int(hash, tuple.Length);
                for (var i = 0; i < tuple.Length; i++)
                    Add(hash, tuple[i]);
                break;
            case Enum member:
                // An enum has no properties: its type and its number are what it says.
                Tag(hash, 'e');
                Add(hash, member.GetType().FullName);
                Add(hash, member.ToString("D"));
                break;
            default:
                var shape = Shapes.GetOrAdd(value.GetType(), Shape.Of);
                if (shape.Flat || shape.Value)
                {
                    // A record of plain values (a link, a figure) costs less to hash in place than to look up; a value
                    // (an interval) is boxed anew each time it is read, so looking it up by reference never finds it.
                    Tag(hash, 'p');
                    AddProperties(hash, value, shape);
                }
                else
                {
                    Tag(hash, 'r');
                    hash.Append(_records.GetValue(value, Record));
                }
                break;
        }
    }

    /// <summary>A view record's (or a value type's) own digest: its type, then each property by name.</summary>
    private byte[] Record(object record)
    {
        using var hash = new DigestWriter();
        AddProperties(hash, record, Shapes.GetOrAdd(record.GetType(), Shape.Of));
        return hash.Finish();
    }

    /// <summary>The record's shape (its type and property names, as one digest), then each property's value in name order.</summary>
    private void AddProperties(DigestWriter hash, object record, Shape shape)
    {
        hash.Append(shape.Digest);
        foreach (var property in shape.Getters)
            Add(hash, property(record));
    }

    /// <summary>
    /// A record type's properties in name order (each read by its getter, <see cref="PropertyGetter"/>), whether they all hold plain values (no list, no record), whether it is
    /// a value type, and the digest of its full name and property names: what a record's own digest starts with, so
    /// the names are hashed once per type rather than once per record.
    /// </summary>
    private sealed record Shape(Func<object, object?>[] Getters, bool Flat, bool Value, byte[] Digest)
    {
        public static Shape Of(Type type)
        {
            // Anything else (a delegate, a lazy value, a service) could change without its digest changing; a value type
            // not of this tool's own (a time, a double) holds values that are not its properties.
            if (type.IsValueType ? type.Assembly != typeof(ViewFingerprint).Assembly
                : !string.Equals(type.Namespace, typeof(SiteView).Namespace, StringComparison.Ordinal)
                  && !string.Equals(type.Namespace, typeof(Model.ReportModel).Namespace, StringComparison.Ordinal))
                throw new InvalidOperationException($"{type} is not a view record: a render's inputs can't be fingerprinted");
            PropertyInfo[] properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .OrderBy(p => p.Name, StringComparer.Ordinal)];
            using var names = new DigestWriter();
            foreach (var name in properties.Select(p => p.Name).Prepend(type.FullName!))
            {
                Int(names, name.Length);
                names.Append(MemoryMarshal.AsBytes(name.AsSpan()));
            }
            return new Shape([.. properties.Select(PropertyGetter.For)], properties.All(p => IsPlain(p.PropertyType)), type.IsValueType, names.Finish());
        }

        private static bool IsPlain(Type type) =>
            type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(decimal)
            || type == typeof(DateOnly) || Nullable.GetUnderlyingType(type) is { } inner && IsPlain(inner);
    }

    private static IEnumerable<byte[]> Unordered(IEnumerable<byte[]> digests) => digests.Order(Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)));

    private static bool IsSet(Type type) => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISet<>));

    private static void Tag(DigestWriter hash, char tag) => hash.Append((byte)tag);

    private static void Int(DigestWriter hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        MemoryMarshal.Write(bytes, in value);
        hash.Append(bytes);
    }
}
