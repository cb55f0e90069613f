using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>A row's cells laid out for their columns, with their structure elements; shared by the slices of a row taller than a page.</summary>
internal sealed class RowLayout(InlineLayout[] cells, StructureNode[] elements, float[] columnX, TableStyle style)
{
    public InlineLayout[] Cells { get; } = cells;
    public StructureNode[] Elements { get; } = elements;
    public float[] ColumnX { get; } = columnX;
    public TableStyle Style { get; } = style;
    public float ContentHeight { get; } = cells.Length == 0 ? 0 : cells.Max(c => c.Height);
}

/// <summary>
/// A table row, or a slice of one: the band [From, To) of its content. A whole row is one item,
/// so it never splits; only a row taller than a page is cut into slices, at line boundaries.
/// </summary>
internal sealed class TableRowItem : Item
{
    public TableRowItem(RowLayout row, float from, float to, bool isHeader, Color fill)
    {
        Row = row;
        From = from;
        To = to;
        IsHeader = isHeader;
        Fill = fill;
        bool first = from <= 0, last = to >= row.ContentHeight;
        Height = (to - from) + (first ? row.Style.CellPaddingY : 0) + (last ? row.Style.CellPaddingY : 0);
        foreach (var element in row.Elements)
            element.ItemComposed();
    }

    public RowLayout Row { get; }
    public float From { get; }
    public float To { get; }
    public bool IsHeader { get; }

    public override void AddElements(List<StructureNode> elements) => elements.AddRange(Row.Elements);

    public override string Describe() => "table row " + BlockName.Start(string.Join(" | ", Row.Cells.Select(c => c.Text)));
    public Color Fill { get; }

    /// <summary>Draw the line above the row (the header, and a table's first row when it has no header).</summary>
    public bool RuleAbove { get; init; }

}
