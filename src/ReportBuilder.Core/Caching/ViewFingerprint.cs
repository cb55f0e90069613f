using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ReportBuilder.Core.Templates;

namespace ReportBuilder.Core.Caching;

/// <summary>
/// A digest of values exactly as a template sees them: the public properties of view records that the template
/// sandbox shows (<see cref="TemplateSandbox.IsVisible"/>), strings, numbers, lists, Scriban objects and
/// <see cref="RawText"/>. Two values with the same digest render the same, so a page whose inputs have the same
/// digest as last time need not be rendered again. Each record's digest is kept by reference: a claim shown on
/// five pages is hashed once. Safe to share between threads.
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

    /// <summary>A view record's own digest: its type, then each visible property by name.</summary>
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
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(TemplateSandbox.IsVisible).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        // A type a template cannot see into would hash as empty: every change to it would go unseen.
        return properties.Length > 0 ? properties : throw new InvalidOperationException($"{type} is not a view record: a page's inputs can't be fingerprinted");
    }

    private static void Tag(IncrementalHash hash, char tag) => hash.AppendData([(byte)tag]);

    private static void Int(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        MemoryMarshal.Write(bytes, in value);
        hash.AppendData(bytes);
    }
}
