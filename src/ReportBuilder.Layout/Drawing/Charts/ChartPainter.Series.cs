using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Drawing.Charts;

internal sealed partial class ChartPainter
{
    private readonly record struct LegendEntry(InlineLayout Label, Color Color, float X, float Y);

    private const float Swatch = 14f;

    private void DrawSeries(PageCanvas canvas, ChartSeries series, Color color, XAxis x, NiceScale scale, Rect plot)
    {
        var points = series.Points.Where(p => double.IsFinite(p.Y)).OrderBy(p => p.X).ToArray();
        if (points.Length == 0)
            return;
        (float X, float Y) At(double px, double py) =>
            (plot.Left + (float)(x.Fraction(px) * plot.Width), plot.Bottom - (float)(Math.Clamp(scale.Fraction(py), 0, 1) * plot.Height));

        bool band = points.Length > 1 && points.All(p => p.Low is not null && p.High is not null);
        if (band)
        {
            // A translucent band from the highs back along the lows.
            var path = new VectorPath();
            path.MoveTo(At(points[0].X, points[0].High!.Value));
            foreach (var p in points.Skip(1))
                path.LineTo(At(p.X, p.High!.Value));
            foreach (var p in points.Reverse())
                path.LineTo(At(p.X, p.Low!.Value));
            path.Close();
            canvas.FillPath(path, color with { A = 46 });
        }
        else
        {
            foreach (var p in points.Where(p => p.Low is not null || p.High is not null))
            {
                var low = At(p.X, p.Low ?? p.Y);
                var high = At(p.X, p.High ?? p.Y);
                canvas.Line(low.X, low.Y, high.X, high.Y, color, 0.9f);
                canvas.Line(low.X - 2.5f, low.Y, low.X + 2.5f, low.Y, color, 0.9f);
                canvas.Line(high.X - 2.5f, high.Y, high.X + 2.5f, high.Y, color, 0.9f);
            }
        }
        if (points.Length > 1)
        {
            var line = new VectorPath();
            line.MoveTo(At(points[0].X, points[0].Y));
            foreach (var p in points.Skip(1))
                line.LineTo(At(p.X, p.Y));
            canvas.StrokePath(line, color, 1.4f);
        }
        foreach (var p in points)
        {
            var at = At(p.X, p.Y);
            canvas.FillCircle(at.X, at.Y, 2.1f, color);
        }
    }

    /// <summary>Legend entries flowed left to right in rows; Y is relative to the legend's top.</summary>
    private List<LegendEntry> LegendLayout(float width)
    {
        var entries = new List<LegendEntry>();
        if (chart.Series.Count < 2 && chart.Series.All(s => string.IsNullOrEmpty(s.Label)))
            return entries;
        float x = 0, y = 0;
        for (int s = 0; s < chart.Series.Count; s++)
        {
            var label = context.Label(chart.Series[s].Label, style.Text with { Color = Palette.Ink });
            float entryWidth = Swatch + 4f + label.Width + 12f;
            if (x > 0 && x + entryWidth > width)
                (x, y) = (0, y + label.Height + 2f);
            entries.Add(new LegendEntry(label, SeriesColor(s), x, y));
            x += entryWidth;
        }
        return entries;
    }

    private static void DrawLegendEntry(PageCanvas canvas, LegendEntry entry, float left, float top)
    {
        float x = left + entry.X, y = top + entry.Y;
        float mid = y + entry.Label.Lines[0].Baseline - 2.5f;
        canvas.Line(x, mid, x + Swatch, mid, entry.Color, 1.4f);
        canvas.FillCircle(x + (Swatch / 2), mid, 2.1f, entry.Color);
        canvas.DrawLine(entry.Label, 0, x + Swatch + 4f, y);
    }
}
