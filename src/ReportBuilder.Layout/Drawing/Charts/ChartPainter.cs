using System.Globalization;
using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Drawing.Charts;

/// <summary>
/// A chart drawn with vector paths: title, y grid with nice ticks, x ticks, one line per series with
/// point markers, ranges as bands (dates) or error bars (categories), and a legend.
/// </summary>
internal sealed partial class ChartPainter(ChartItem item, LayoutContext context)
{
    private const float TickGap = 4f;

    private Chart chart => item.Chart;
    private ChartStyle style => item.Style;
    private float Width => item.Width;
    private float Height => item.Height;

    /// <summary>The whole chart is its Figure element's content; the element's Alt tells its data in words.</summary>
    public void Draw(PageCanvas canvas, float left, float top) => canvas.Tagged(item.Tag, () => DrawChart(canvas, left, top));

    private void DrawChart(PageCanvas canvas, float left, float top)
    {
        if (chart.Height > Height)
        {
            context.Overflows.Add(new LayoutOverflow(canvas.PageNumber, item.Describe(), string.Create(CultureInfo.InvariantCulture,
                $"{chart.Height:0} points tall, more than the page's {Height:0}: drawn at the page's height")));
        }
        var text = style.Text;
        float y = top;
        if (chart.Title is { Length: > 0 } title)
        {
            var label = context.Label(title, text.With(style.TitleText), width: Width);
            canvas.DrawLine(label, 0, left, y);
            y += label.Height + 4f;
        }
        var legend = LegendLayout(Width);
        float legendHeight = legend.Count == 0 ? 0 : legend[^1].Y + legend[^1].Label.Height + 6f;
        var note = chart.Note is { Length: > 0 } n ? context.Label(n, text with { Color = Palette.Ink }, width: Width) : null;
        float noteHeight = note is null ? 0 : note.Height + 2f;
        if (chart.YLabel is { Length: > 0 } unit)
        {
            var label = context.Label(unit, text);
            canvas.DrawLine(label, 0, left, y);
            y += label.Height + 2f;
        }
        float labelHeight = context.Label("0", text).Height;
        var scale = YScale();
        var marks = new NumberFormatInfo { NumberGroupSeparator = chart.DigitGroupSeparator, NumberDecimalSeparator = chart.DecimalSeparator };
        var tickLabels = scale.Ticks().Select(t => (Value: t, Label: context.Label(scale.Format(t, marks), text))).ToArray();
        float axisLeft = left + tickLabels.Max(t => t.Label.Width) + TickGap;
        var plot = new Rect(axisLeft, y + (labelHeight / 2), left + Width - 4f, top + Height - noteHeight - legendHeight - labelHeight - TickGap);
        if (plot.Height < 10 || plot.Width < 10)
        {
            context.Overflows.Add(new LayoutOverflow(canvas.PageNumber, item.Describe(), string.Create(CultureInfo.InvariantCulture,
                $"no room for the plot: its title, labels and legend take {Height - plot.Height:0} of its {Height:0} points, so only they are drawn")));
            return;
        }
        var x = XAxis.For(chart, Math.Max(2, (int)(plot.Width / 60)));

        foreach (var (value, label) in tickLabels)
        {
            float ty = plot.Bottom - (float)(scale.Fraction(value) * plot.Height);
            canvas.Line(plot.Left, ty, plot.Right, ty, value == 0 || value == scale.Min ? style.AxisColor : style.GridColor, 0.5f);
            canvas.DrawLine(label, 0, plot.Left - TickGap - label.Width, ty - (label.Height / 2));
        }
        DrawXTicks(canvas, x, plot, text);
        for (int s = 0; s < chart.Series.Count; s++)
            DrawSeries(canvas, chart.Series[s], SeriesColor(s), x, scale, plot);
        foreach (var entry in legend)
            DrawLegendEntry(canvas, entry, left, top + Height - noteHeight - legendHeight + 4f);
        if (note is not null)
            DrawLines(canvas, note, left, top + Height - noteHeight + 2f);
    }

    /// <summary>Every line of a wrapped label, one under the other.</summary>
    private static void DrawLines(PageCanvas canvas, InlineLayout label, float left, float top)
    {
        for (int i = 0; i < label.Lines.Length; i++)
        {
            canvas.DrawLine(label, i, left, top);
            top += label.Lines[i].Height;
        }
    }

    private NiceScale YScale()
    {
        var values = chart.Series.SelectMany(s => s.Points)
            .SelectMany(p => new[] { p.Y, p.Low ?? p.Y, p.High ?? p.Y })
            .Where(double.IsFinite)
            .ToArray();
        double min = values.Length == 0 ? 0 : values.Min(), max = values.Length == 0 ? 1 : values.Max();
        if (chart.IncludeZero)
            (min, max) = (Math.Min(0, min), Math.Max(0, max));
        // About one gridline per 30pt of chart height.
        return NiceScale.For(min, max, maxTicks: Math.Max(3, (int)(Height / 30)));
    }

    private void DrawXTicks(PageCanvas canvas, XAxis x, Rect plot, TextStyle text)
    {
        var labels = x.Ticks.Select(t => (t.X, Label: context.Label(t.Label, text))).ToArray();
        if (labels.Length == 0)
            return;
        // Thin out labels that would collide: every k-th one, k the smallest that leaves room.
        float slot = plot.Width / labels.Length;
        float widest = labels.Max(l => l.Label.Width) + 6f;
        int every = Math.Max(1, (int)Math.Ceiling(widest / Math.Max(1f, slot)));
        for (int i = 0; i < labels.Length; i++)
        {
            float px = plot.Left + (float)(x.Fraction(labels[i].X) * plot.Width);
            canvas.Line(px, plot.Bottom, px, plot.Bottom + 3f, style.AxisColor, 0.5f);
            if (i % every != 0)
                continue;
            var label = labels[i].Label;
            float lx = Math.Clamp(px - (label.Width / 2), plot.Left - 2f, plot.Right - label.Width);
            canvas.DrawLine(label, 0, lx, plot.Bottom + TickGap);
        }
    }

    private Color SeriesColor(int index) =>
        chart.Series[index].Color ?? (style.Series.Count == 0 ? Palette.Accent : style.Series[index % style.Series.Count]);
}
