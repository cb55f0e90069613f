using Markdig;
using Markdig.Syntax;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// Parses Markdown whose pipe tables may run to hundreds of rows. Markdig (1.6) nests each cell of a pipe table
/// inside the one before it while parsing, so a table costs the square of its cells: the conflicts table of a
/// 10,000-claim week (800 rows) took 130 ms of CPU, most of the briefing's parse. A long table that stands alone
/// at the top level is parsed as slices of <see cref="RowsPerSlice"/> rows, each under a copy of its header and
/// delimiter rows, and the slices are joined back into one table: the same tree, in linear time. A table is
/// sliced only where slicing cannot change what a row means: one line per row, nothing that could span rows
/// (a code span, a backslash at a line's end), blank lines or the document's ends around it, outside fences.
/// </summary>
internal static class LongTables
{
    /// <summary>Rows per slice: short enough to keep the nesting shallow, long enough to keep the copied headers few.</summary>
    internal const int RowsPerSlice = 64;

    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        var lines = markdown.Split('\n');
        var tables = Find(lines);
        if (tables.Count == 0)
            return Markdown.Parse(markdown, pipeline);
        var (sliced, continuations) = Slice(lines, tables);
        var document = Markdown.Parse(sliced, pipeline);
        return Join(document, continuations) ? document : Markdown.Parse(markdown, pipeline);
    }

    /// <summary>The long tables: (index of the header line, index past the last row).</summary>
    internal static List<(int Start, int End)> Find(string[] lines)
    {
        var tables = new List<(int, int)>();
        Fence? fence = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (fence is { } open)
            {
                if (open.ClosedBy(lines[i]))
                    fence = null;
                continue;
            }
            fence = Fence.Opening(lines[i]);
            if (fence is not null || !lines[i].StartsWith('|') || (i > 0 && !IsBlank(lines[i - 1])))
                continue;
            int end = i;
            while (end < lines.Length && lines[end].StartsWith('|'))
                end++;
            bool standsAlone = end == lines.Length || IsBlank(lines[end]);
            if (standsAlone && end - i - 2 > RowsPerSlice && IsDelimiterRow(lines[i + 1]) && lines[i..end].All(RowStaysOnItsLine))
                tables.Add((i, end));
            i = end - 1;
        }
        return tables;
    }

    /// <summary>The text with each long table cut into slices (a blank line between), and the lines where a continuing slice starts.</summary>
    private static (string Text, HashSet<int> Continuations) Slice(string[] lines, List<(int Start, int End)> tables)
    {
        var output = new List<string>(lines.Length + 64);
        var continuations = new HashSet<int>();
        int next = 0;
        foreach (var (start, end) in tables)
        {
            output.AddRange(lines.AsSpan(next, start - next));
            for (int row = start + 2; row < end; row += RowsPerSlice)
            {
                if (row > start + 2)
                {
                    output.Add("");
                    continuations.Add(output.Count);
                }
                output.Add(lines[start]);
                output.Add(lines[start + 1]);
                output.AddRange(lines.AsSpan(row, Math.Min(RowsPerSlice, end - row)));
            }
            next = end;
        }
        output.AddRange(lines.AsSpan(next));
        return (string.Join('\n', output), continuations);
    }

    /// <summary>
    /// Moves the body rows of each continuing slice into the table before it, and drops the slice; false when the
    /// slices disagree on the columns (a row with more cells than the header widens the whole table, and only its slice).
    /// </summary>
    private static bool Join(MarkdownDocument document, HashSet<int> continuations)
    {
        var slices = document.OfType<MarkdownTable>().Where(t => continuations.Contains(t.Line)).ToList();
        if (slices.Count != continuations.Count)
            return false;
        for (int i = document.Count - 1; i > 0; i--)
        {
            if (document[i] is not MarkdownTable slice || !continuations.Contains(slice.Line))
                continue;
            if (document[i - 1] is not MarkdownTable table || Columns(table) != Columns(slice))
                return false;
            var rows = slice.Cast<Markdig.Extensions.Tables.TableRow>().Where(r => !r.IsHeader).ToList();
            slice.Clear();
            var at = table.Count;
            foreach (var row in rows)
                table.Insert(at++, row);
            document.RemoveAt(i);
        }
        return true;
    }

    private static (int Defined, int Widest) Columns(MarkdownTable table) =>
        (table.ColumnDefinitions.Count, table.OfType<Markdig.Extensions.Tables.TableRow>().Max(r => r.Count));

    private static bool IsBlank(string line) => line.AsSpan().Trim(" \t\r").IsEmpty;

    private static bool IsDelimiterRow(string line)
    {
        var cells = line.AsSpan().Trim(" \t\r").Trim('|');
        foreach (var range in cells.Split('|'))
        {
            var cell = cells[range].Trim(" \t");
            if (cell.IsEmpty || cell.Trim(':').IsEmpty || cell.Trim(':').ContainsAnyExcept('-'))
                return false;
        }
        return true;
    }

    /// <summary>No code span (it could run on into the next row) and no backslash hard break at the end.</summary>
    private static bool RowStaysOnItsLine(string line)
    {
        var text = line.AsSpan().TrimEnd('\r');
        int backslashes = 0;
        foreach (var c in text)
        {
            if (c == '`' && backslashes % 2 == 0)
                return false;
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return backslashes % 2 == 0;
    }

    /// <summary>A fenced code block's opening line, as CommonMark reads it: up to three spaces, three or more ` or ~.</summary>
    private readonly record struct Fence(char Mark, int Length)
    {
        public static Fence? Opening(string line)
        {
            var text = line.AsSpan();
            var indent = text.Length - text.TrimStart(' ').Length;
            if (indent > 3 || indent == text.Length || text[indent] is not ('`' or '~'))
                return null;
            var mark = text[indent];
            var length = text[indent..].Length - text[indent..].TrimStart(mark).Length;
            if (length < 3 || (mark == '`' && text[(indent + length)..].Contains('`')))
                return null;
            return new Fence(mark, length);
        }

        public bool ClosedBy(string line)
        {
            var text = line.AsSpan().TrimEnd(" \t\r");
            var indent = text.Length - text.TrimStart(' ').Length;
            var marks = text[indent..];
            return indent <= 3 && marks.Length >= Length && !marks.ContainsAnyExcept(Mark);
        }
    }
}
