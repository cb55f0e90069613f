namespace ReportBuilder.Layout;

/// <summary>
/// A table. The header row repeats at the top of every page the table continues on; a row is
/// kept on one page unless it is taller than a page.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : Block
{
    public TableRow? Header { get; init; }
    public TableStyle? Style { get; init; }
}

/// <summary>A column: its share of the table's width (<see cref="Weight"/> over the sum of the weights) and its alignment.</summary>
public sealed record TableColumn(float Weight, TextAlign Align = TextAlign.Left);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public static TableRow Of(params string[] cells) => new(cells.Select(c => TableCell.Of(c)).ToArray());
}

/// <summary>A cell of styled runs; <see cref="Align"/> overrides its column's alignment.</summary>
public sealed record TableCell(IReadOnlyList<Run> Runs)
{
    public TextAlign? Align { get; init; }
    public static TableCell Of(string text, TextStyle? style = null) => new([new Run(text, style)]);
}
