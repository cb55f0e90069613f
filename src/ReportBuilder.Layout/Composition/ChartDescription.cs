using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>A chart's data in words, for its figure's alternate text: title, unit, then each series' points in order.</summary>
internal static class ChartDescription
{
    public static string Of(Chart chart)
    {
        if (chart.Description is { } given)
            return given;
        var text = new StringBuilder();
        if (chart.Title is { Length: > 0 } title)
            text.Append(title).Append(". ");
        text.Append("Line chart");
        if (chart.YLabel is { Length: > 0 } unit)
            text.Append(" in ").Append(unit);
        text.Append('.');
        foreach (var series in chart.Series)
        {
            text.Append(' ');
            if (series.Label.Length > 0)
                text.Append(series.Label).Append(": ");
            var points = series.Points.Where(p => double.IsFinite(p.Y)).OrderBy(p => p.X).Select(Point);
            text.Append(string.Join("; ", points)).Append('.');
        }
        return text.ToString();
    }

    private static string Point(ChartPoint point)
    {
        string x = DateOnly.FromDayNumber((int)point.X).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        string value = Number(point.Y);
        if (point.Low is { } low && point.High is { } high)
            value += $" (range {Number(low)} to {Number(high)})";
        return x + ", " + value;
    }

    private static string Number(double value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);
}
