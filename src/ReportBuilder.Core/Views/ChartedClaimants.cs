using ReportBuilder.Layout;

namespace ReportBuilder.Core.Views;

/// <summary>
/// Which claimants a measure's chart draws, for the web and the briefing alike: at most <see cref="Most"/>, those with
/// the most estimates (ties by id), so that a measure with hundreds of claimants still leaves its chart room for the
/// plot and its legend and SVG stay small. The chart says how many it leaves out (<see cref="Note"/>); every
/// estimate stays listed on the measure's pages.
/// </summary>
internal sealed record ChartedClaimants(IReadOnlySet<string> Drawn, int NotDrawn)
{
    /// <summary>
    /// As many as the briefing's palette has colours (<see cref="ChartStyle.Series"/>: 6; the web's has 8): no two drawn
    /// claimants share a colour in either chart.
    /// </summary>
    public const int Most = 6;

    public static ChartedClaimants Of(IEnumerable<EstimateView> estimates)
    {
        var byCount = estimates.GroupBy(e => e.Claimant.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        return new(byCount.Take(Most).Select(c => c.Id).ToHashSet(StringComparer.Ordinal), Math.Max(0, byCount.Count - Most));
    }

    public bool Draws(EstimateView estimate) => Drawn.Contains(estimate.Claimant.Id);

    /// <summary>
    /// "and 194 other claimants, not drawn; the table below, over its pages, lists every estimate" (<paramref name="where"/> "page") or "…; the
    /// measure's pages list every estimate" ("briefing"); empty when every claimant is drawn.
    /// </summary>
    public string Note(Strings strings, string where) => NotDrawn == 0
        ? ""
        : strings.Fill("chart.not_drawn." + where, ("claimants", strings.Count(NotDrawn, "other_claimant")));
}
