using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Validation;

/// <summary>
/// Typed access to the fields of one YAML mapping. Reports every unknown field (with "did you mean"),
/// every missing required field and every value of the wrong type into the bag, and returns null for
/// what it could not read, so validation goes on and reports everything in one run.
/// </summary>
internal sealed partial class Fields
{
    private readonly YMapping _mapping;
    private readonly string _what;
    private readonly DiagnosticBag _bag;

    private Fields(YMapping mapping, string what, IReadOnlyList<string> known, DiagnosticBag bag)
    {
        _mapping = mapping;
        _what = what;
        _bag = bag;
        foreach (var entry in mapping.Entries)
        {
            if (IsKnown(entry.Key.Value, known))
                continue;
            bag.Add(Codes.UnknownField, entry.Key.Span, $"unknown field '{entry.Key.Value}' in {what}",
                Suggestions.DidYouMean(entry.Key.Value, known, "known fields: " + string.Join(", ", known)));
        }
    }

    public SourceSpan Span => _mapping.Span;

    /// <summary>Reads <paramref name="node"/> as a mapping with the given fields, or reports it and returns null.</summary>
    public static Fields? Of(YNode? node, string what, IReadOnlyList<string> known, DiagnosticBag bag)
    {
        if (node is YMapping mapping)
            return new Fields(mapping, what, known, bag);
        if (node is not null)
            bag.Add(Codes.WrongType, node.Span, $"{what} must be a mapping of fields, not {node.Kind}",
                "write it as 'field: value' lines, one per field");
        return null;
    }

    public YNode? Node(string name)
    {
        // A loop, not LINQ: asked a dozen times for each of tens of thousands of claims.
        foreach (var entry in _mapping.Entries)
        {
            if (string.Equals(entry.Key.Value, name, StringComparison.Ordinal))
                return entry.Value;
        }
        return null;
    }

    private static bool IsKnown(string name, IReadOnlyList<string> known)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (string.Equals(known[i], name, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>The span of the field's value, or of the mapping when the field is absent.</summary>
    public SourceSpan SpanOf(string name) => Node(name)?.Span ?? _mapping.Span;

    public string? Text(string name, bool required)
    {
        var node = Node(name);
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
                _bag.Add(Codes.MissingField, _mapping.Span, $"{_what} has no '{name}'", $"add '{name}: …'");
            return null;
        }
        if (node is YScalar scalar)
        {
            if (!IsClean(scalar, name, $"'{name}'"))
                return null;
            if (required && scalar.Value.Trim().Length == 0)
            {
                _bag.Add(Codes.MissingField, node.Span, $"'{name}' of {_what} is empty", $"give '{name}' a value");
                return null;
            }
            // Leading or trailing blanks are never meant, and leading ones would read as code in Markdown.
            return scalar.Value.Trim();
        }
        _bag.Add(Codes.WrongType, node.Span, $"'{name}' must be a single value, not {node.Kind}",
            "write it on one line after the colon, quoted if it contains ':' or '#'");
        return null;
    }

    public string? Id(string name, bool required = true)
    {
        var text = Text(name, required);
        if (text is null)
            return null;
        if (text.Length > FieldLimits.Id)
        {
            _bag.Add(Codes.InvalidId, SpanOf(name), $"'{TextHygiene.Excerpt(text)}' is {text.Length} characters long; an id may have {FieldLimits.Id}",
                "ids name folders and files in out/: keep them short, such as 'nk-troops-in-russia'");
            return null;
        }
        if (!IsSlug(text))
        {
            _bag.Add(Codes.InvalidId, SpanOf(name), $"'{text}' is not a valid id",
                "ids are lowercase slugs: letters a-z, digits and single hyphens, such as 'nk-troops-in-russia'");
            return null;
        }
        return text;
    }

    public PartialDate? Date(string name, bool required)
    {
        var text = Text(name, required);
        if (text is null)
            return null;
        var date = PartialDate.Parse(text);
        if (date is null)
            _bag.Add(Codes.InvalidDate, SpanOf(name), $"'{text}' is not a real date",
                $"write 2024-12-23 (a day), 2024-W51 (an ISO week), 2024-12 (a month) or 2024 (a year), from {PartialDate.MinYear} to {PartialDate.MaxYear}");
        return date;
    }

    public int? PositiveInt(string name)
    {
        var text = Text(name, required: true);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            return value;
        _bag.Add(Codes.InvalidNumber, SpanOf(name), $"'{name}' must be a whole number from 1, not '{text}'",
            "line numbers count from 1");
        return null;
    }

    public decimal? Number(string name)
    {
        var text = Text(name, required: false);
        if (text is null)
            return null;
        if (decimal.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value) && value <= MaxNumber)
            return value;
        _bag.Add(Codes.InvalidNumber, SpanOf(name), string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a number from 0 to {MaxNumber:N0}, not '{text}'"),
            text.Contains(',', StringComparison.Ordinal)
                ? "write digits only, without thousands separators: 3000, not 3,000"
                : "figures count soldiers, weapons, containers: a whole or decimal number, not negative, no exponent");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/>; reports anything else with the closest allowed value.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed, bool required)
    {
        var text = Text(name, required);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
            return text;
        _bag.Add(Codes.InvalidValue, SpanOf(name), $"'{text}' is not a valid {name}",
            Suggestions.DidYouMean(text, allowed, "one of: " + string.Join(", ", allowed)));
        return null;
    }

    public IReadOnlyList<YNode> List(string name, bool required)
    {
        var node = Node(name);
        switch (node)
        {
            case YSequence sequence:
                if (required && sequence.Items.Count == 0)
                    _bag.Add(Codes.MissingField, node.Span, $"'{name}' of {_what} is empty", $"add at least one item under '{name}'");
                return sequence.Items;
            case null or YScalar { IsNull: true }:
                if (required)
                    _bag.Add(Codes.MissingField, _mapping.Span, $"{_what} has no '{name}'", $"add '{name}:' with a list under it");
                return [];
            default:
                _bag.Add(Codes.WrongType, node.Span, $"'{name}' must be a list, not {node.Kind}",
                    "write each item on its own line starting with '- '");
                return [];
        }
    }

    /// <summary>A list of plain strings, such as aliases.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        var result = new List<string>();
        foreach (var item in List(name, required: false))
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                if (IsClean(scalar, name, $"an item of '{name}'"))
                    result.Add(scalar.Value);
            }
            else
            {
                _bag.Add(Codes.WrongType, item.Span, $"each item of '{name}' must be a single value, not {item.Kind}", "write '- text'");
            }
        }
        return result;
    }

    /// <summary>
    /// Reports a value that holds a character no text may hold (escapes in quoted values — "\e", "\uFFFF" — can
    /// make what the file itself could not), or that is longer than its field's limit.
    /// </summary>
    private bool IsClean(YScalar scalar, string name, string what)
    {
        if (TextHygiene.FirstForbidden(scalar.Value, lineEnds: false) is var bad and >= 0)
        {
            _bag.Add(Codes.ControlCharacter, scalar.Span, $"{what} holds {TextHygiene.Describe(scalar.Value, bad)}", TextHygiene.Hint);
            return false;
        }
        if (scalar.Value.Length > FieldLimits.For(name))
        {
            _bag.Add(Codes.TooLong, scalar.Span, string.Create(CultureInfo.InvariantCulture, $"{what} is {scalar.Value.Length:N0} characters long; the limit is {FieldLimits.For(name):N0}"),
                "a value this long is a mistake: shorten it; a long text belongs in a source document");
            return false;
        }
        return true;
    }

    /// <summary>A trillion: far above any count this desk curates, far below where chart arithmetic overflows.</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    public static bool IsSlug(string text) => SlugPattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
