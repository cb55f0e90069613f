using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// Estimates of a measure over time, and where claimants disagree: two claimants, the same measure,
/// overlapping dates, and figures whose ranges do not coincide ("more than 3,000" against "at least 1,100").
/// </summary>
internal static class Estimating
{
    public static IReadOnlyList<EstimateView> For(ViewIndex index, Measure measure)
    {
        var model = index.Model;
        var all = new List<EstimateView>();
        foreach (var claim in model.Claims)
        {
            foreach (var figure in claim.Figures.Where(f => string.Equals(f.MeasureId, measure.Id, StringComparison.Ordinal)))
            {
                var dates = ViewIndex.Dates(claim);
                var range = Range.Of(figure);
                all.Add(new EstimateView(
                    claim.Id, SitePaths.Claim(claim), index.Actor(claim.ClaimantId), index.Measure(measure.Id),
                    Format.Date(claim.SaidOn), claim.SaidOn?.ToString() ?? "", ViewIndex.Week(claim.Week),
                    Format.Figure(figure), Format.Unit(figure, measure.Unit), figure.Point, Disputed: false)
                {
                    IsoWeek = claim.Week,
                    Start = dates.Start,
                    End = dates.End,
                    Low = range.Low,
                    High = range.High,
                    Bounds = range,
                });
            }
        }
        var ordered = all
            .OrderBy(e => e.Start).ThenBy(e => e.End)
            .ThenBy(e => e.Claimant.Id, StringComparer.Ordinal)
            .ThenBy(e => e.ClaimId, StringComparer.Ordinal)
            .ToList();
        return MarkDisputed(ordered);
    }

    /// <summary>
    /// The estimates known by the end of <paramref name="week"/>, disputed only by each other: what a week's
    /// briefing showed stays as it was when later weeks bring new figures.
    /// </summary>
    public static IReadOnlyList<EstimateView> KnownBy(IReadOnlyList<EstimateView> estimates, IsoWeek week) =>
        MarkDisputed([.. estimates.Where(e => e.IsoWeek.CompareTo(week) <= 0).Select(e => e with { Disputed = false })]);

    private static IReadOnlyList<EstimateView> MarkDisputed(IReadOnlyList<EstimateView> ordered)
    {
        var disputed = Pairs(ordered).SelectMany(p => new[] { p.First.ClaimId, p.Second.ClaimId }).ToHashSet(StringComparer.Ordinal);
        return [.. ordered.Select(e => disputed.Contains(e.ClaimId) ? e with { Disputed = true } : e)];
    }

    public static IReadOnlyList<DisagreementView> Disagreements(IReadOnlyList<EstimateView> estimates) =>
        [.. Pairs(estimates).Select(p => new DisagreementView(p.First.Measure, p.First, p.Second))];

    private static IEnumerable<(EstimateView First, EstimateView Second)> Pairs(IReadOnlyList<EstimateView> estimates)
    {
        for (var i = 0; i < estimates.Count; i++)
        {
            for (var j = i + 1; j < estimates.Count; j++)
            {
                var (a, b) = (estimates[i], estimates[j]);
                if (string.Equals(a.Claimant.Id, b.Claimant.Id, StringComparison.Ordinal))
                    continue;
                var overlap = a.Start <= b.End && b.Start <= a.End;
                if (overlap && a.Bounds != b.Bounds)
                    yield return (a, b);
            }
        }
    }

    /// <summary>The interval a figure allows. Null bounds are open-ended; "more than" excludes its bound.</summary>
    internal readonly record struct Range(decimal? Low, bool LowExclusive, decimal? High, bool HighExclusive)
    {
        public static Range Of(Figure f) => f.Qualifier switch
        {
            Qualifier.AtLeast => new(f.Value ?? f.Min, false, f.Max, false),
            Qualifier.MoreThan => new(f.Value ?? f.Min, true, f.Max, false),
            Qualifier.UpTo => new(f.Min, false, f.Value ?? f.Max, false),
            _ when f.Value is { } v => new(v, false, v, false),
            _ => new(f.Min, false, f.Max, false),
        };
    }
}
