using System.Globalization;
using System.Text;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using ReportBuilder.Layout.Drawing.Charts;

namespace ReportBuilder.Core.Html;

/// <summary>
/// A measure's estimates as an inline SVG: time across, the figure up, one colour and marker per claimant.
/// A date known only to a week or month is drawn as a bar over those days; "at least"/"more than" point an
/// arrow up, "up to" down, "between" draws the range; a disputed estimate is ringed. Accessible (title, desc)
/// and self-contained: no script, no font or request beyond the page's own CSS.
/// </summary>
internal static class MeasureChart
{
    private const double Width = 720, PlotTop = 20, PlotHeight = 240, Left = 72, Right = 24, LegendRow = 22;
    private const double PlotBottom = PlotTop + PlotHeight, PlotWidth = Width - Left - Right;

    // Okabe–Ito: told apart by colour-blind readers too; the marker shape tells them apart in print.
    private static readonly string[] Colours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"];
    private static readonly string[] Shapes = ["circle", "square", "diamond", "triangle"];

    public static string Render(MeasureView measure)
    {
        var charted = ChartedClaimants.Of(measure.Estimates);
        var estimates = measure.Estimates.Where(charted.Draws).ToList();
        var drawn = measure.Series.Where(s => charted.Drawn.Contains(s.Claimant.Id)).ToList();
        var note = charted.Note(measure.Format.Strings, "page");
        // One claimant per legend row: names are long ("American, South Korean and Ukrainian authorities").
        var legendRows = drawn.Count + (note.Length > 0 ? 1 : 0);
        var height = PlotBottom + 44 + legendRows * LegendRow;
        var id = "chart-" + measure.Id;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height:0}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n"));
        svg.Append(Inv($"<title id=\"{id}-title\">{Escaping.Html(measure.Label)}: estimates over time</title>\n"));
        svg.Append(Inv($"<desc id=\"{id}-desc\">{Escaping.Html(Describe(measure.Format.Strings, estimates, note))}</desc>\n"));
        if (estimates.Count == 0)
            return svg.Append("</svg>").ToString();

        var (first, last) = (estimates.Min(e => e.Start).AddDays(-7), estimates.Max(e => e.End).AddDays(7));
        var top = NiceCeiling(estimates.Max(e => Math.Max(e.Point, e.Range.High ?? e.Point)) * 1.15m);
        double X(DateOnly d) => Left + PlotWidth * (d.DayNumber - first.DayNumber) / Math.Max(1, last.DayNumber - first.DayNumber);
        double Y(decimal v) => PlotBottom - PlotHeight * (double)(v / top);

        Axes(svg, measure.Format.Strings, first, last, top, X, Y);
        for (var s = 0; s < drawn.Count; s++)
        {
            var series = drawn[s];
            var (colour, shape) = (Colours[s % Colours.Length], Shapes[s % Shapes.Length]);
            svg.Append(Inv($"<g class=\"series\" fill=\"{colour}\" stroke=\"{colour}\">\n"));
            if (series.Estimates.Count > 1)
            {
                var points = string.Join(" ", series.Estimates.Select(e => Inv($"{X(e.Middle):0.#},{Y(e.Point):0.#}")));
                svg.Append(Inv($"<polyline points=\"{points}\" fill=\"none\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n"));
            }
            foreach (var e in series.Estimates)
                Estimate(svg, measure.Format.Strings, e, shape, X, Y, top);
            svg.Append("</g>\n");
            Legend(svg, s, series.Claimant.Label, colour, shape, PlotBottom + 44);
        }
        if (note.Length > 0)
            svg.Append(Inv($"<text class=\"not-drawn\" x=\"{Left}\" y=\"{PlotBottom + 44 + drawn.Count * LegendRow:0.#}\" font-size=\"13\" fill=\"currentColor\">{Escaping.Html(note)}</text>\n"));
        return svg.Append("</svg>").ToString();
    }

    private static void Axes(StringBuilder svg, Strings strings, DateOnly first, DateOnly last, decimal top, Func<DateOnly, double> x, Func<decimal, double> y)
    {
        svg.Append("<g class=\"axis\" fill=\"currentColor\" font-size=\"12\">\n");
        for (var i = 0; i <= 4; i++)
        {
            var v = top * i / 4;
            svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y(v):0.#}\" y2=\"{y(v):0.#}\" stroke=\"#ccc\"/>"));
            svg.Append(Inv($"<text x=\"{Left - 8}\" y=\"{y(v) + 4:0.#}\" text-anchor=\"end\">{strings.Number(v)}</text>\n"));
        }
        var month = new DateOnly(first.Year, first.Month, 1).AddMonths(1);
        var step = Math.Max(1, (last.Year * 12 + last.Month - first.Year * 12 - first.Month) / 6);
        for (; month < last; month = month.AddMonths(step))
        {
            var mx = x(month);
            svg.Append(Inv($"<line x1=\"{mx:0.#}\" x2=\"{mx:0.#}\" y1=\"{PlotTop}\" y2=\"{PlotBottom + 4}\" stroke=\"#ddd\"/>"));
            svg.Append(Inv($"<text x=\"{mx:0.#}\" y=\"{PlotBottom + 20}\" text-anchor=\"middle\">{Escaping.Html(strings.Fill("chart.axis_month", ("month", strings[$"month.short.{month.Month}"]), ("year", month.Year.ToString(CultureInfo.InvariantCulture))))}</text>\n"));
        }
        svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{PlotBottom}\" y2=\"{PlotBottom}\" stroke=\"currentColor\"/>\n</g>\n"));
    }

    private static void Estimate(StringBuilder svg, Strings strings, EstimateView e, string shape, Func<DateOnly, double> x, Func<decimal, double> y, decimal top)
    {
        var (cx, cy) = (x(e.Middle), y(e.Point));
        svg.Append(Inv($"<g class=\"estimate{(e.Disputed ? " disputed" : "")}\"><title>{Escaping.Html(Caption(strings, e))}</title>"));
        if (e.End > e.Start)
            svg.Append(Inv($"<line x1=\"{x(e.Start):0.#}\" x2=\"{x(e.End.AddDays(1)):0.#}\" y1=\"{cy:0.#}\" y2=\"{cy:0.#}\" stroke-width=\"4\" stroke-opacity=\"0.35\"/>"));
        if (e.Range is ({ } low, { } high) && low != high)
            svg.Append(Inv($"<line x1=\"{cx:0.#}\" x2=\"{cx:0.#}\" y1=\"{y(low):0.#}\" y2=\"{y(high):0.#}\" stroke-width=\"2\"/>"));
        else if (e.Range is (not null, null))
            Arrow(svg, cx, cy, Math.Max(PlotTop, cy - 28));
        else if (e.Range is (null, not null))
            Arrow(svg, cx, cy, Math.Min(PlotBottom, cy + 28));
        if (e.Disputed)
            svg.Append(Inv($"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"10\" fill=\"none\" stroke-width=\"1.5\"/>"));
        svg.Append(Marker(shape, cx, cy, 5)).Append("</g>\n");
    }

    private static void Arrow(StringBuilder svg, double x, double from, double to)
    {
        var head = to < from ? 6 : -6;
        svg.Append(Inv($"<path d=\"M{x:0.#} {from:0.#}V{to:0.#}M{x - 4:0.#} {to + head:0.#}L{x:0.#} {to:0.#}L{x + 4:0.#} {to + head:0.#}\" fill=\"none\" stroke-width=\"1.5\"/>"));
    }

    private static void Legend(StringBuilder svg, int index, string label, string colour, string shape, double top)
    {
        var (lx, ly) = (Left, top + index * LegendRow);
        svg.Append(Inv($"<g class=\"legend\" fill=\"{colour}\" stroke=\"{colour}\">{Marker(shape, lx + 6, ly - 4, 5)}"));
        svg.Append(Inv($"<text x=\"{lx + 18:0.#}\" y=\"{ly:0.#}\" font-size=\"13\" fill=\"currentColor\" stroke=\"none\">{Escaping.Html(label)}</text></g>\n"));
    }

    private static string Marker(string shape, double x, double y, double r) => shape switch
    {
        "square" => Inv($"<rect x=\"{x - r:0.#}\" y=\"{y - r:0.#}\" width=\"{2 * r:0.#}\" height=\"{2 * r:0.#}\"/>"),
        "diamond" => Inv($"<path d=\"M{x:0.#} {y - r - 1:0.#}L{x + r + 1:0.#} {y:0.#}L{x:0.#} {y + r + 1:0.#}L{x - r - 1:0.#} {y:0.#}Z\"/>"),
        "triangle" => Inv($"<path d=\"M{x:0.#} {y - r - 1:0.#}L{x + r + 1:0.#} {y + r:0.#}L{x - r - 1:0.#} {y + r:0.#}Z\"/>"),
        _ => Inv($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\"/>"),
    };

    private static string Caption(Strings strings, EstimateView e) => $"{e.Claimant.Label}, {e.Date}: {e.Text} {e.Unit}{(e.Disputed ? " (" + strings["claim.disputed_badge"] + ")" : "")}";

    /// <summary>The chart in words, for readers who do not see it: what it draws, and what it leaves out.</summary>
    private static string Describe(Strings strings, IReadOnlyList<EstimateView> drawn, string note) => drawn.Count == 0
        ? strings["chart.no_estimates"]
        : string.Join("; ", drawn.Select(e => Caption(strings, e))) + (note.Length > 0 ? "; " + note : "") + ".";

    /// <summary>The round number at or above <paramref name="value"/> the axis ends at (<see cref="NiceNumber"/>).</summary>
    private static decimal NiceCeiling(decimal value) => value <= 0 ? 1 : (decimal)NiceNumber.AtLeast((double)value);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
