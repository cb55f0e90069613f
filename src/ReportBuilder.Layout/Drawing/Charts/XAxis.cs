using System.Globalization;

namespace ReportBuilder.Layout.Drawing.Charts;

/// <summary>Maps x values to fractions of the plot's width and names the ticks.</summary>
internal sealed class XAxis
{
    private readonly double _min, _max;

    private XAxis(double min, double max, IReadOnlyList<(double X, string Label)> ticks)
    {
        (_min, _max, Ticks) = (min, max, ticks);
    }

    public IReadOnlyList<(double X, string Label)> Ticks { get; }

    public double Fraction(double x) => _max > _min ? (x - _min) / (_max - _min) : 0.5;

    public static XAxis For(Chart chart, int maxTicks)
    {
        var xs = chart.Series.SelectMany(s => s.Points).Select(p => p.X).ToArray();
        double min = xs.Length == 0 ? 0 : xs.Min(), max = xs.Length == 0 ? 1 : xs.Max();
        if (max - min < 1)
            (min, max) = (min - 1, max + 1);
        double pad = (max - min) * 0.03;
        return new XAxis(min - pad, max + pad, DateTicks(min, max, maxTicks, chart.MonthNames));
    }

    /// <summary>Ticks on whole days, Mondays, first days of months or of years, whichever leaves at most maxTicks.</summary>
    private static (double, string)[] DateTicks(double min, double max, int maxTicks, IReadOnlyList<string>? monthNames)
    {
        var first = DateOnly.FromDayNumber((int)Math.Ceiling(min));
        var last = DateOnly.FromDayNumber((int)Math.Floor(max));
        double span = max - min;
        IEnumerable<DateOnly> candidates;
        string format;
        if (span / 1 <= maxTicks) (candidates, format) = (Days(first, last, 1), "d MMM");
        else if (span / 7 <= maxTicks) (candidates, format) = (Days(first, last, 1).Where(d => d.DayOfWeek == DayOfWeek.Monday), "d MMM");
        else if (span / 30 <= maxTicks) (candidates, format) = (Months(first, last, 1), "MMM yyyy");
        else if (span / 91 <= maxTicks) (candidates, format) = (Months(first, last, 3), "MMM yyyy");
        else (candidates, format) = (Months(first, last, 12), "yyyy");
        var ticks = candidates.ToArray();
        int step = Math.Max(1, (int)Math.Ceiling(ticks.Length / (double)Math.Max(1, maxTicks)));
        return ticks.Where((_, i) => i % step == 0)
            .Select(d => ((double)d.DayNumber, Label(d, format, monthNames)))
            .ToArray();
    }

    // "d MMM", "MMM yyyy" or "yyyy", with the document's month names when it gives them.
    private static string Label(DateOnly d, string format, IReadOnlyList<string>? monthNames)
    {
        if (monthNames is not { Count: 12 } || !format.Contains("MMM", StringComparison.Ordinal))
            return d.ToString(format, CultureInfo.InvariantCulture);
        var month = monthNames[d.Month - 1];
        return format == "d MMM"
            ? d.Day.ToString(CultureInfo.InvariantCulture) + " " + month
            : month + " " + d.Year.ToString(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last, int step)
    {
        for (var d = first; d <= last; d = d.AddDays(step))
            yield return d;
    }

    private static IEnumerable<DateOnly> Months(DateOnly first, DateOnly last, int months)
    {
        var d = new DateOnly(first.Year, 1, 1);
        for (; d <= last; d = d.AddMonths(months))
        {
            if (d >= first)
                yield return d;
        }
    }
}
