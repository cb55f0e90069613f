using System.Text;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// The interface's words in one language: every label, heading, sentence part and date pattern the templates
/// and the views show, read from <c>templates/strings/&lt;language&gt;.yaml</c> (see Templates/StringsFile).
/// A key that is not in the file is an error naming the key and the file, never an empty string.
/// </summary>
internal sealed class Strings
{
    private readonly IReadOnlyDictionary<string, string> _values;

    internal Strings(string path, IReadOnlyDictionary<string, string> values)
    {
        Path = path;
        _values = values;
    }

    /// <summary>The project path the words came from, such as <c>templates/strings/uk.yaml</c>.</summary>
    public string Path { get; }

    public string this[string key] =>
        _values.TryGetValue(key, out var value) ? value : throw new MissingStringException(key, Path);

    /// <summary>A string with its <c>{name}</c> placeholders filled in.</summary>
    public string Fill(string key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    /// <summary>
    /// "3 claims": the form of <c>count.&lt;noun&gt;</c> the number takes under the file's <c>plural</c> rule
    /// (<c>one-other</c> as English; <c>one-few-many</c> as Ukrainian: 1, 21 · 2–4, 22–24 · 5–20, 25–30).
    /// </summary>
    public string Count(int n, string noun) =>
        Fill($"count.{noun}.{PluralForm(n)}", ("n", Number(n)));

    /// <summary>
    /// A number with the file's digit grouping (<c>number.group</c>) and decimal mark (<c>number.decimal</c>): "3,000"
    /// and "2.5" in English; "3 000" (a no-break space) and "2,5" in Ukrainian. The digits are the model's own.
    /// </summary>
    public string Number(decimal value)
    {
        var invariant = FigureText.Number(value);
        var (group, mark) = (this["number.group"], this["number.decimal"]);
        var text = new StringBuilder(invariant.Length + 4);
        foreach (var c in invariant)
        {
            if (c == ',')
                text.Append(group);
            else if (c == '.')
                text.Append(mark);
            else
                text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>The forms a count takes under the file's plural rule: one, other; or one, few, many.</summary>
    public IReadOnlyList<string> PluralForms => this["plural"] == "one-few-many" ? ["one", "few", "many"] : ["one", "other"];

    private string PluralForm(int n) => this["plural"] switch
    {
        "one-few-many" => (n % 10, n % 100) switch
        {
            (1, not 11) => "one",
            ( >= 2 and <= 4, not (>= 12 and <= 14)) => "few",
            _ => "many",
        },
        _ => n == 1 ? "one" : "other",
    };

    /// <summary>Month <paramref name="month"/> (1–12) as it stands in a day date ("23 грудня 2024": the genitive in Ukrainian).</summary>
    public string MonthInDate(int month) => this[$"month.day.{month}"];

    /// <summary>Month <paramref name="month"/> standing alone ("грудень 2024": the nominative in Ukrainian).</summary>
    public string MonthAlone(int month) => this[$"month.alone.{month}"];
}

/// <summary>A string a template or view asked for that the strings file does not have.</summary>
internal sealed class MissingStringException(string key, string path)
    : ArgumentException($"there is no string '{key}' in {path}")
{
    public string Key { get; } = key;

    /// <summary>The strings file that lacks it.</summary>
    public string Path { get; } = path;
}
