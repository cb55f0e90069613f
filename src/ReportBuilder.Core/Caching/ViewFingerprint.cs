using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Caching;

/// <summary>
/// A digest of a render's inputs: strings, numbers, lists, Scriban objects, <see cref="RawText"/>, and view and model
/// records with every property they have, the ones templates see and the internal ones charts read (an estimate's
/// range, the weeks it was disputed in, the measure behind a measure's view). Two inputs with the same digest render the same, so a page whose inputs have the same
/// digest as last time need not be rendered again. A value of any other kind is refused, never hashed as empty.
/// Each record's digest is kept by reference: a claim shown on five pages is hashed once. Safe to share between threads.
/// </summary>
internal sealed class ViewFingerprint
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Visible = new();

    private readonly ConcurrentDictionary<object, byte[]> _records = new(ReferenceEqualityComparer.Instance);

    /// <summary>The digest of <paramref name="values"/>, in order.</summary>
    public byte[] Of(params object?[] values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var value in values)
            Add(hash, value);
        return hash.GetHashAndReset();
    }

    private void Add(IncrementalHash hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 'n');
                break;
            case string text:
                Tag(hash, 's');
                Int(hash, text.Length);
                hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
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
                hash.AppendData(bytes);
                break;
            case DateOnly day:
                Tag(hash, 'D');
                Int(hash, day.DayNumber);
                break;
            case decimal number:
                Tag(hash, 'd');
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(number, bits);
                hash.AppendData(MemoryMarshal.AsBytes(bits));
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
                    hash.AppendData(pair);
                Tag(hash, 'z');
                break;
            case IEnumerable items when IsSet(items.GetType()):
                Tag(hash, 'u');
                foreach (var item in Unordered(items.Cast<object?>().Select(item => Of(item))))
                    hash.AppendData(item);
                Tag(hash, 'z');
                break;
            case IEnumerable items:
                Tag(hash, 'a');
                foreach (var item in items)
                    Add(hash, item);
                Tag(hash, 'z');
                break;
            default:
                Tag(hash, 'r');
                hash.AppendData(_records.GetOrAdd(value, Record));
                break;
        }
    }

    /// <summary>A view record's (or a value type's) own digest: its type, then each property by name.</summary>
    private byte[] Record(object record)
    {
        var type = record.GetType();
        var properties = Visible.GetOrAdd(type, Properties);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, type.FullName);
        foreach (var property in properties)
        {
            Add(hash, property.Name);
            Add(hash, property.GetValue(record));
        }
        return hash.GetHashAndReset();
    }

    private static PropertyInfo[] Properties(Type type)
    {
        // Anything else (a delegate, a lazy value, a model class) could change without its digest changing.
        if (!type.IsValueType && !string.Equals(type.Namespace, typeof(SiteView).Namespace, StringComparison.Ordinal)
            && !string.Equals(type.Namespace, typeof(Model.ReportModel).Namespace, StringComparison.Ordinal))
            throw new InvalidOperationException($"{type} is not a view record: a render's inputs can't be fingerprinted");
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static IEnumerable<byte[]> Unordered(IEnumerable<byte[]> digests) => digests.Order(Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)));

    private static bool IsSet(Type type) => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISet<>));

    private static void Tag(IncrementalHash hash, char tag) => hash.AppendData([(byte)tag]);

    private static void Int(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        MemoryMarshal.Write(bytes, in value);
        hash.AppendData(bytes);
    }
}
