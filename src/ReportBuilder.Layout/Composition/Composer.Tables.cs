
namespace ReportBuilder.Layout.Composition;

internal sealed partial class Composer
{
    private IEnumerable<Item> Table(Table table, Region region)
    {
        var style = table.Style ?? Theme.Table;
        var (columnX, widths) = ColumnGeometry(table.Columns, region.Width);
        yield return new SpaceItem(style.SpaceBefore, region.Frame);
        var element = region.Parent.Add("Table");
        TableRowItem? header = null;
        if (table.Header is { } headerRow)
        {
            var layout = RowLayout(table, headerRow, style.Text.With(style.HeaderText), columnX, widths, style, element.Add("TR"), header: true);
            header = new TableRowItem(layout, 0, layout.ContentHeight, isHeader: true, style.HeaderFill)
            {
                X = region.X, Width = region.Width, Frame = region.Frame, KeepWithNext = true, RuleAbove = true,
            };
            yield return header;
        }
        // A row taller than this is cut into slices, so each fits under the repeated header.
        float maxContent = context.Page.BodyHeight - (header?.Height ?? 0) - (2 * style.CellPaddingY);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = RowLayout(table, table.Rows[r], style.Text, columnX, widths, style, element.Add("TR"), header: false);
            var fill = r % 2 == 1 ? style.ZebraFill : Color.Transparent;
            foreach (var (from, to) in Slices(row, maxContent))
            {
                yield return new TableRowItem(row, from, to, isHeader: false, fill)
                {
                    X = region.X, Width = region.Width, Frame = region.Frame, RepeatHeader = header,
                    RuleAbove = header is null && r == 0 && from <= 0,
                };
            }
        }
        yield return new SpaceItem(style.SpaceAfter, region.Frame);
    }

    /// <summary>The row's cells laid out, each with its element in <paramref name="rowElement"/>: TH (scope Column) in a header, else TD.</summary>
    private RowLayout RowLayout(Table table, TableRow row, TextStyle text, float[] columnX, float[] widths, TableStyle style,
        StructureNode rowElement, bool header)
    {
        var cells = new Text.InlineLayout[table.Columns.Count];
        var elements = new StructureNode[cells.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            elements[c] = header ? rowElement.Add("TH", scope: "Column") : rowElement.Add("TD");
            var cell = c < row.Cells.Count ? row.Cells[c] : null;
            var align = cell?.Align ?? table.Columns[c].Align;
            float width = Math.Max(1f, widths[c] - (2 * style.CellPaddingX));
            cells[c] = context.Layout(cell?.Runs ?? [new Run("")], text, width, align, style.LineHeight);
        }
        return new RowLayout(cells, elements, columnX, style);
    }

    /// <summary>The columns share the width by their weights.</summary>
    internal static (float[] X, float[] Widths) ColumnGeometry(IReadOnlyList<TableColumn> columns, float total)
    {
        float weights = columns.Sum(c => c.Weight);
        var widths = new float[columns.Count];
        var x = new float[columns.Count];
        float at = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            widths[c] = weights > 0 ? total * columns[c].Weight / weights : 0;
            x[c] = at;
            at += widths[c];
        }
        return (x, widths);
    }

    /// <summary>The whole row, or — for a row taller than a page — bands cut where no cell has a line across the cut.</summary>
    private static IEnumerable<(float From, float To)> Slices(RowLayout row, float maxContent)
    {
        float total = row.ContentHeight;
        float from = 0;
        while (total - from > maxContent)
        {
            float limit = from + maxContent;
            float cut = BestCut(row, from, limit);
            yield return (from, cut);
            from = cut;
        }
        yield return (from, total);
    }

    private static float BestCut(RowLayout row, float from, float limit)
    {
        float best = from;
        foreach (var cell in row.Cells)
        {
            float y = 0;
            foreach (var line in cell.Lines)
            {
                y += line.Height;
                if (y > from && y <= limit && y > best && !CrossesLine(row, y))
                    best = y;
            }
        }
        return best > from ? best : limit;
    }

    private static bool CrossesLine(RowLayout row, float y)
    {
        foreach (var cell in row.Cells)
        {
            float top = 0;
            foreach (var line in cell.Lines)
            {
                if (top < y - 0.01f && top + line.Height > y + 0.01f)
                    return true;
                top += line.Height;
            }
        }
        return false;
    }
}
