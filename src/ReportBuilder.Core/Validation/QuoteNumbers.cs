using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBuilder.Core.Validation;

/// <summary>
/// The numbers a quote gives, as a reader would read them: digits grouped with ',' '.' or a space of any width
/// ("3,000", "11 000", "11 000"), decimals ("2.5"), a scale word after digits ("1.1 thousand" is 1,100) and number
/// words ("two", "twenty-five", "three hundred"). An ambiguous group gives every reading ("1.100" is 1,100 and 1.1),
/// so a figure is never rejected for a way of writing it; a number no reading gives is not in the quote.
/// </summary>
internal static partial class QuoteNumbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IEnumerable<decimal> In(string quote)
    {
        foreach (Match m in DigitsPattern().Matches(quote))
        {
            var scale = Scale(m.Groups["scale"].Value);
            foreach (var reading in Readings(m.Groups["digits"].Value))
                yield return reading * scale;
        }
        foreach (Match m in WordsPattern().Matches(quote))
        {
            if (FromWords(m.Value) is { } value)
                yield return value;
        }
    }

    /// <summary>Every way a run of digits and separators may be read.</summary>
    private static IEnumerable<decimal> Readings(string run)
    {
        var parts = SeparatorPattern().Split(run);
        var separators = SeparatorPattern().Matches(run).Select(s => s.Value).ToList();
        if (separators.Count == 0)
            return Parse(run);
        // Thousands grouping: one separator throughout, three digits after each ("3,000", "11 000", "1.100").
        var grouped = separators.All(s => s == separators[0]) && parts[0].Length <= 3 && parts.Skip(1).All(p => p.Length == 3);
        // A final ',' or '.' not followed by three digits is a decimal point ("2.5", "1,25"), the rest grouped by another separator.
        var last = separators[^1];
        var decimalPoint = last is "," or "." && parts[^1].Length != 3 && separators.SkipLast(1).All(s => s != last);
        var readings = new List<decimal>();
        if (grouped)
            readings.AddRange(Parse(string.Concat(parts)));
        if (decimalPoint)
            readings.AddRange(Parse(string.Concat(parts.SkipLast(1)) + "." + parts[^1]));
        // Otherwise the separators separate numbers: "120 120", a list "1, 2, 3", or a space that is no grouping.
        if (!grouped && !decimalPoint || separators.Contains(" "))
            readings.AddRange(parts.SelectMany(Parse));
        return readings;
    }

    /// <summary>Digits too long for a decimal are no figure's number: they give no reading.</summary>
    private static IEnumerable<decimal> Parse(string digits) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, Inv, out var value) ? [value] : [];

    private static decimal Scale(string word) => word.ToLowerInvariant() switch
    {
        "thousand" => 1_000m,
        "million" => 1_000_000m,
        "billion" => 1_000_000_000m,
        _ => 1m,
    };

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>"three hundred", "twenty-five thousand": small words add up, "hundred" multiplies, a larger scale closes a group.</summary>
    private static decimal? FromWords(string text)
    {
        decimal total = 0, group = 0;
        var any = false;
        foreach (var word in text.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(Units, word) is var u and >= 0) group += u;
            else if (Array.IndexOf(Tens, word) is var t and >= 2) group += t * 10;
            else if (word == "hundred") group = (group == 0 ? 1 : group) * 100;
            else if (Scale(word) is var s and > 1) { total += (group == 0 ? 1 : group) * s; group = 0; }
            else continue; // "and" in "three hundred and five"
            any = true;
        }
        return any ? total + group : null;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<digits>\d+(?:[,.\u00A0\u2009\u202F ]\d+)*)(?:[\u00A0\u2009\u202F ](?<scale>thousand|million|billion)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"[,.\u00A0\u2009\u202F ]", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:[\s-]+(?:and[\s-]+)?)?)+\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WordsPattern();
}
