using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Drawing.Charts;

namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// Draws the items composition made, each as content of its structure element: text lines with
/// their list markers, rules, table rows, contents entries with their leaders and links, charts.
/// Spaces, page breaks and box edges draw nothing (box frames are drawn by <see cref="FramePainter"/>).
/// </summary>
internal sealed class ItemPainter(LayoutContext context)
{
    private const float LeaderStep = 4f;

    /// <summary>Draws the item with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>) on the page.</summary>
    public void Draw(PageCanvas canvas, Item item, float left, float top)
    {
        switch (item)
        {
            case LineItem line:
                Line(canvas, line, left, top);
                break;
            case RuleItem rule:
                float y = top + (rule.Height / 2);
                canvas.Line(left, y, left + rule.Width, y, rule.Style.Color, rule.Style.Thickness);
                break;
            case TableRowItem row:
                TableRow(canvas, row, left, top);
                break;
            case TocLineItem entry:
                ContentsEntry(canvas, entry, left, top);
                break;
            case ChartItem chart:
                new ChartPainter(chart, context).Draw(canvas, left, top);
                break;
        }
    }

    private static void Line(PageCanvas canvas, LineItem item, float left, float top)
    {
        if (item.Marker is { } marker)
        {
            var mark = marker.Layout;
            float baseline = top + item.Layout.Lines[item.Line].Baseline;
            canvas.Tagged(marker.Element, () => canvas.DrawLine(mark, 0, left - marker.Gap - mark.Width, baseline - mark.Lines[0].Baseline));
        }
        canvas.Tagged(item.Tag, () => canvas.DrawLine(item.Layout, item.Line, left, top));
    }

    private static void TableRow(PageCanvas canvas, TableRowItem item, float left, float top)
    {
        var row = item.Row;
        var style = row.Style;
        float right = left + item.Width, bottom = top + item.Height;
        canvas.FillRect(left, top, right, bottom, item.Fill);
        float contentTop = top + (item.From <= 0 ? style.CellPaddingY : 0) - item.From;
        for (int c = 0; c < row.Cells.Length; c++)
        {
            var cell = row.Cells[c];
            float x = left + row.ColumnX[c] + style.CellPaddingX;
            canvas.Tagged(row.Elements[c], () =>
            {
                float y = contentTop;
                for (int n = 0; n < cell.Lines.Length; y += cell.Lines[n].Height, n++)
                {
                    float lineTop = y - contentTop;
                    if (lineTop >= item.From - 0.01f && lineTop < item.To - 0.01f)
                        canvas.DrawLine(cell, n, x, y);
                }
            });
        }
        float width = style.BorderWidth;
        if (item.RuleAbove)
            canvas.Line(left, top, right, top, style.BorderColor, width);
        canvas.Line(left, bottom, right, bottom, style.BorderColor, item.IsHeader ? width * 1.6f : width);
        if (style.VerticalLines)
        {
            for (int c = 1; c < row.ColumnX.Length; c++)
                canvas.Line(left + row.ColumnX[c], top, left + row.ColumnX[c], bottom, style.BorderColor, width);
        }
    }

    /// <summary>The title (the entry's Link), the page number right-aligned (its Lbl), and a dotted leader between.</summary>
    private static void ContentsEntry(PageCanvas canvas, TocLineItem item, float left, float top)
    {
        var line = item.Title.Lines[item.Line];
        float right = left + item.Width;
        canvas.Tagged(item.Tag, () => canvas.DrawLine(item.Title, item.Line, left + item.Indent, top));
        canvas.LinkArea(item.Link, left + item.Indent, top, right, top + line.Height, item.Tag);
        if (item.PageNumber is not { } pageNumber)
            return;
        canvas.Tagged(item.PageLabel, () => canvas.DrawLine(pageNumber, 0, right - pageNumber.Width, top + line.Baseline - pageNumber.Lines[0].Baseline));
        float numberLeft = right - pageNumber.Width;
        // Dots on a grid shared by every entry, so leaders line up down the page.
        float textEnd = left + item.Indent + line.Offset + line.Width + LeaderStep;
        float y = top + line.Baseline - 1f;
        var color = item.Title.Styles[0].Color with { A = 150 };
        for (float x = MathF.Ceiling((textEnd - left) / LeaderStep) * LeaderStep; left + x < numberLeft - LeaderStep; x += LeaderStep)
            canvas.FillRect(left + x, y - 0.45f, left + x + 0.9f, y + 0.45f, color);
    }
}
