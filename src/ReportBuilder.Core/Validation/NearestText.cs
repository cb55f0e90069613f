using System.Globalization;
using System.Text;

namespace ReportBuilder.Core.Validation;

/// <summary>
/// Where a quote that is not in its line comes closest to it: the stretch of the line with the fewest edits
/// from the quote (edit distance, free to start and end anywhere in the line), and the first character at which
/// they part, with both code points, so a look-alike letter (Cyrillic а for Latin a) or a straight quote for a
/// curly one is named rather than guessed at.
/// </summary>
internal static class NearestText
{
    /// <summary>Beyond this many cells the table is not worth it: the plain message stands.</summary>
    private const long MaxCells = 4_000_000;

    /// <summary>A sentence for the diagnostic, or null when nothing in the line is close (more edits than half the quote).</summary>
    public static string? Describe(string quote, string line)
    {
        if (quote.Length == 0 || line.Length == 0 || (long)(quote.Length + 1) * (line.Length + 1) > MaxCells)
            return null;
        var (start, end, edits) = Closest(quote, line);
        if (edits * 2 > quote.Length)
            return null;
        var found = line[start..end];
        var same = 0;
        while (same < quote.Length && same < found.Length && quote[same] == found[same])
            same++;
        var column = (start + 1).ToString(CultureInfo.InvariantCulture);
        var at = (same + 1).ToString(CultureInfo.InvariantCulture);
        var difference = same < found.Length
            ? $"first differs at its character {at}: {Character(quote, same)} in the quote, {Character(found, same)} in the line"
            : $"the line's text stops where the quote goes on with {Character(quote, same)} (its character {at})";
        return $"the nearest text in the line, at column {column}, is \"{found}\"; {difference}";
    }

    /// <summary>'а' U+0430; a character outside the basic plane is read whole.</summary>
    private static string Character(string text, int index)
    {
        var rune = Rune.GetRuneAt(text, char.IsLowSurrogate(text[index]) && index > 0 ? index - 1 : index);
        var shown = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? "" : $"'{rune}' ";
        return string.Create(CultureInfo.InvariantCulture, $"{shown}U+{rune.Value:X4}");
    }

    /// <summary>Semi-global alignment: the quote whole against any stretch of the line; ties go to the leftmost stretch.</summary>
    private static (int Start, int End, int Edits) Closest(string quote, string line)
    {
        int m = quote.Length, n = line.Length;
        var cost = new int[m + 1, n + 1];
        for (var i = 1; i <= m; i++)
            cost[i, 0] = i;
        for (var i = 1; i <= m; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                var substitute = cost[i - 1, j - 1] + (quote[i - 1] == line[j - 1] ? 0 : 1);
                cost[i, j] = Math.Min(substitute, Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }
        var end = 0;
        for (var j = 1; j <= n; j++)
        {
            if (cost[m, j] < cost[m, end])
                end = j;
        }
        // Walk back to where the stretch starts, preferring a match or substitution, so the stretch is as short as it can be.
        int row = m, col = end;
        while (row > 0)
        {
            if (col > 0 && cost[row, col] == cost[row - 1, col - 1] + (quote[row - 1] == line[col - 1] ? 0 : 1))
                (row, col) = (row - 1, col - 1);
            else if (cost[row, col] == cost[row - 1, col] + 1)
                row--;
            else
                col--;
        }
        return (col, end, cost[m, end]);
    }
}
