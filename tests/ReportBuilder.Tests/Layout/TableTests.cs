using ReportBuilder.Layout;
using ReportBuilder.Layout.Composition;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

public sealed class TableTests
{
    [Fact]
    public void The_header_row_repeats_at_the_top_of_every_page_the_table_continues_on()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new Words(1).Paragraph(120));
        spec.Blocks.Add(Documents.Table(new Words(2), rows: 150));

        var pages = Paginated.Pages(spec);
        var header = pages[0].Select(p => p.Item).OfType<TableRowItem>().First(r => r.IsHeader);

        Assert.True(pages.Count >= 3);
        foreach (var page in pages.Skip(1))
        {
            var first = Paginated.Content(page)[0];
            Assert.Same(header, first);
        }
        using var pdf = Pdf.Render(spec);
        for (int p = 1; p <= pdf.Document.NumberOfPages; p++)
            Assert.Contains("MeasureClaimantLatest", pdf.Text(p).Replace(" ", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_header_row_is_an_artifact_so_the_structure_has_the_header_once()
    {
        var spec = Documents.New();
        spec.Blocks.Add(Documents.Table(new Words(2), rows: 150));
        using var pdf = Pdf.Render(spec);
        var (exit, text) = pdf.Check("pdfinfo", "-struct-text");

        Assert.Equal(0, exit);
        Assert.True(pdf.Document.NumberOfPages >= 3);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "\n    TR\n      TH:"));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "\"Measure\""));
        Assert.Equal(150, System.Text.RegularExpressions.Regex.Count(text, "\"Row \\d{3}\""));
    }

    [Fact]
    public void A_row_is_kept_whole_on_one_page()
    {
        var spec = Documents.New();
        spec.Blocks.Add(Documents.Table(new Words(4), rows: 200));

        var rows = Paginated.Pages(spec).SelectMany(Paginated.Content).OfType<TableRowItem>().Where(r => !r.IsHeader).ToArray();

        Assert.Equal(200, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Equal(0f, row.From);
            Assert.Equal(row.Row.ContentHeight, row.To);
        });
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_at_line_boundaries_and_shows_every_line_once()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 150).Select(n => $"line {n:D3}"));
        var spec = Documents.New();
        spec.Blocks.Add(new Table([new TableColumn(1), new TableColumn(3)],
            [new TableRow([TableCell.Of("tall"), TableCell.Of(lines)]), TableRow.Of("after", "the tall row")])
        { Header = TableRow.Of("Name", "Lines") });

        var pages = Paginated.Pages(spec);
        var slices = pages.SelectMany(Paginated.Content).OfType<TableRowItem>().Where(r => !r.IsHeader && r.Row.Cells[0].Text == "tall").ToArray();

        Assert.True(slices.Length >= 3);
        Assert.All(slices, s => Assert.True(s.Height <= spec.Page.BodyHeight));
        Assert.Equal(0f, slices[0].From);
        for (int i = 1; i < slices.Length; i++)
            Assert.Equal(slices[i - 1].To, slices[i].From);
        using var pdf = Pdf.Render(spec);
        var text = string.Concat(Enumerable.Range(1, pdf.Document.NumberOfPages).Select(pdf.Text));
        for (int n = 1; n <= 150; n++)
        {
            var needle = $"line {n:D3}";
            Assert.Equal(1, Occurrences(text, needle));
        }
    }

    [Theory]
    [InlineData(new[] { 1f, 1f, 2f }, 400f, new[] { 100f, 100f, 200f })]
    [InlineData(new[] { 1f, 3f }, 400f, new[] { 100f, 300f })]
    public void Columns_share_the_width_by_their_weights(float[] weights, float total, float[] expected)
    {
        var columns = weights.Select(w => new TableColumn(w)).ToArray();

        var (x, widths) = Composer.ColumnGeometry(columns, total);

        Assert.Equal(expected, widths);
        Assert.Equal(0f, x[0]);
        Assert.Equal(total, x[^1] + widths[^1], 0.01f);
    }

    private static int Occurrences(string text, string needle)
    {
        int count = 0;
        for (int at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
