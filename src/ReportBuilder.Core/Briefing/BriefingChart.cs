using ReportBuilder.Core.Views;
using ReportBuilder.Layout;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// A measure's estimates as the layout engine's chart, as known at the end of a week: one series per claimant,
/// dates along x, a range band where a figure is a range or open-ended ("more than 3,000" runs up to the top);
/// the claimants <see cref="ChartedClaimants"/> draws, and a note under the legend naming how many it leaves out.
/// </summary>
internal static class BriefingChart
{
    public static Chart? For(MeasureView measure, WeekView week)
    {
        // Only the estimates known by the week: not the whole view as of then (AsOf compares every pair of them).
        var known = MeasureEstimates.KnownBy(measure.Estimates, week.Week);
        if (known.Count == 0)
            return null;
        var charted = ChartedClaimants.Of(known);
        var drawn = known.Where(charted.Draws).ToList();
        var note = charted.Note(measure.Format.Strings, "briefing");
        var series = drawn
            .GroupBy(e => e.Claimant.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Min(e => e.Start)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChartSeries(g.First().Claimant.Label, [.. g.Select(Point)]))
            .ToList();
        var title = measure.Format.Strings.Fill("chart.title", ("measure", measure.Label), ("week", week.Id));
        return new Chart(series)
        {
            Title = title,
            YLabel = measure.Unit,
            Note = note.Length > 0 ? note : null,
            Description = Description(measure.Format.Strings, title, drawn, note),
            MonthNames = [.. Enumerable.Range(1, 12).Select(m => measure.Format.Strings[$"month.short.{m}"])],
            DigitGroupSeparator = measure.Format.Strings["number.group"],
            DecimalSeparator = measure.Format.Strings["number.decimal"],
        };
    }

    /// <summary>
    /// The chart in words, for readers who cannot see it: each claimant's figures as the claims give them, with
    /// their dates as given ("December 2024"), not the midpoints the chart plots them at.
    /// </summary>
    private static string Description(Strings strings, string title, IReadOnlyList<EstimateView> drawn, string note)
    {
        var claimants = drawn
            .GroupBy(e => e.Claimant.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Min(e => e.Start)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Claimant.Label + ": " + string.Join("; ", g.OrderBy(e => e.Start).Select(e => $"{e.Text} {e.Unit} ({e.Date})")));
        return title + ". " + strings["chart.description"] + " " + string.Join(". ", claimants) + (note.Length > 0 ? "; " + note : "") + ".";
    }

    /// <summary>A figure at the middle of the days its date may stand for; a range as its band.</summary>
    private static ChartPoint Point(EstimateView e)
    {
        double? low = e.Range.Low is { } l ? (double)l : null;
        double? high = e.Range.High is { } h ? (double)h : null;
        return ChartPoint.OnDate(e.Middle, (double)e.Point, low != high ? low : null, low != high ? high : null);
    }
}
