using System.Collections.Concurrent;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// One string for each short text the YAML of a project repeats — keys, ids, stances, qualifiers, dates, numbers —
/// shared by every file that writes it: at 50,000 claims the same few thousand texts stand in about a million places,
/// and the model and the views keep them. Longer texts (statements, quotes) seldom repeat and are made as they are.
/// Safe for the threads that parse files side by side; lives as long as one Load.
/// </summary>
internal sealed class StringPool
{
    /// <summary>The longest text pooled: an id, a date or a number, not a sentence.</summary>
    public const int MaxLength = 48;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pool's string equal to <paramref name="text"/>, made (and pooled when short) on first use.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
            return text.ToString();
        if (_bySpan.TryGetValue(text, out var pooled))
            return pooled;
        var made = text.ToString();
        return _strings.GetOrAdd(made, made);
    }

    /// <summary>The pool's string equal to <paramref name="text"/>, which becomes it when short and new.</summary>
    public string Get(string text) => text.Length > MaxLength ? text : _strings.GetOrAdd(text, text);
}
