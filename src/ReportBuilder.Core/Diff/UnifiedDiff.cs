using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace ReportBuilder.Core.Diff;

/// <summary>A unified diff (<c>@@ -a,b +c,d @@</c>, three lines of context) of two texts, from DiffPlex's line diff.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>
    /// The diff under <c>--- oldLabel</c> / <c>+++ newLabel</c>; with <paramref name="maxHunks"/>, the hunks after
    /// that many are left out and <paramref name="moreNote"/> says so.
    /// </summary>
    public static string Of(string before, string after, string oldLabel, string newLabel, int? maxHunks = null, string moreNote = "")
    {
        var result = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false);
        var (a, b) = (result.PiecesOld, result.PiecesNew);
        var text = new StringBuilder().Append("--- ").Append(oldLabel).Append("\n+++ ").Append(newLabel).Append('\n');
        var hunks = 0;
        foreach (var hunk in Hunks(result.DiffBlocks))
        {
            if (hunks++ == maxHunks)
            {
                text.Append(moreNote).Append('\n');
                break;
            }
            var startA = Math.Max(0, hunk[0].DeleteStartA - Context);
            var startB = Math.Max(0, hunk[0].InsertStartB - Context);
            var last = hunk[^1];
            var endA = Math.Min(a.Count, last.DeleteStartA + last.DeleteCountA + Context);
            var endB = Math.Min(b.Count, last.InsertStartB + last.InsertCountB + Context);
            text.Append(CultureInfo.InvariantCulture, $"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");
            var i = startA;
            foreach (var block in hunk)
            {
                for (; i < block.DeleteStartA; i++) text.Append(' ').Append(a[i]).Append('\n');
                for (var d = 0; d < block.DeleteCountA; d++) text.Append('-').Append(a[block.DeleteStartA + d]).Append('\n');
                for (var n = 0; n < block.InsertCountB; n++) text.Append('+').Append(b[block.InsertStartB + n]).Append('\n');
                i = block.DeleteStartA + block.DeleteCountA;
            }
            for (; i < endA; i++) text.Append(' ').Append(a[i]).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Blocks close enough that their context overlaps belong to one hunk.</summary>
    private static IEnumerable<List<DiffBlock>> Hunks(IList<DiffBlock> blocks)
    {
        var hunk = new List<DiffBlock>();
        foreach (var block in blocks)
        {
            if (hunk.Count > 0 && block.DeleteStartA - (hunk[^1].DeleteStartA + hunk[^1].DeleteCountA) > 2 * Context)
            {
                yield return hunk;
                hunk = [];
            }
            hunk.Add(block);
        }
        if (hunk.Count > 0)
            yield return hunk;
    }
}
