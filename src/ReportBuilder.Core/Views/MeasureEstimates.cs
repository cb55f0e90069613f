using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// A measure's estimates, placed in time by when they were said, and how two claimants' estimates compare:
/// for overlapping periods, as intervals (<see cref="Interval"/>): agree, differ (both can be true) or conflict.
/// Events are separate reports of separate events and are never compared.
/// </summary>
internal static class MeasureEstimates
{
    public static IReadOnlyList<EstimateView> For(ViewIndex index, Measure measure)
    {
        var all = new List<EstimateView>();
        foreach (var claim in index.Model.Claims)
        {
            foreach (var figure in claim.Figures.Where(f => string.Equals(f.MeasureId, measure.Id, StringComparison.Ordinal)))
                all.Add(Estimate(index, claim, figure, measure));
        }
        return [.. all
            .OrderBy(e => e.Dated ? 0 : 1).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ThenBy(e => e.IsoWeek)
            .ThenBy(e => e.Claimant.Id, StringComparer.Ordinal)
            .ThenBy(e => e.ClaimId, StringComparer.Ordinal)];
    }

    private static EstimateView Estimate(ViewIndex index, Claim claim, Figure figure, Measure measure)
    {
        var disputedIn = index.DisputedBy(claim.Id).Select(c => c.Week).ToList();
        return new EstimateView(
            claim.Id, SitePaths.Claim(claim.Id), index.Actor(claim.ClaimantId), index.Measure(measure.Id),
            index.Format.Date(claim.SaidOn), claim.SaidOn?.ToString() ?? "", index.Format.Date(claim.FirstReported), index.Week(claim.Week),
            index.Format.Figure(figure), Format.Unit(figure, measure.Unit), figure.Point, disputedIn.Count > 0, figure.Derived ?? "")
        {
            IsoWeek = claim.Week,
            Dated = claim.SaidOn is not null,
            Start = claim.SaidOn?.Start ?? default,
            End = claim.SaidOn?.End ?? default,
            PeriodStart = claim.SaidOn?.Start ?? DateOnly.MinValue,
            PeriodEnd = claim.SaidOn?.End ?? claim.FirstReported.End,
            Figure = figure,
            DisputedIn = disputedIn,
        };
    }

    /// <summary>
    /// The estimates first reported by the end of <paramref name="week"/>, disputed only by claims reported by then:
    /// what a week's briefing showed stays as it was when later weeks bring new figures.
    /// </summary>
    public static IReadOnlyList<EstimateView> KnownBy(IReadOnlyList<EstimateView> estimates, IsoWeek week) =>
        [.. estimates.Where(e => e.IsoWeek.CompareTo(week) <= 0)
            .Select(e => e with { Disputed = e.DisputedIn.Any(w => w.CompareTo(week) <= 0) })];

    /// <summary>Every pair of two claimants' estimates for overlapping periods, with how they stand; none for events.</summary>
    public static IReadOnlyList<ComparisonView> Compare(Strings strings, Measure measure, IReadOnlyList<EstimateView> estimates)
    {
        if (measure.Kind == MeasureKind.Events)
            return [];
        var result = new List<ComparisonView>();
        for (var i = 0; i < estimates.Count; i++)
        {
            for (var j = i + 1; j < estimates.Count; j++)
            {
                var (a, b) = (estimates[i], estimates[j]);
                if (string.Equals(a.Claimant.Id, b.Claimant.Id, StringComparison.Ordinal))
                    continue;
                if (a.PeriodStart <= b.PeriodEnd && b.PeriodStart <= a.PeriodEnd)
                    result.Add(Comparison(strings, a, b));
            }
        }
        return result;
    }

    private static ComparisonView Comparison(Strings strings, EstimateView a, EstimateView b)
    {
        var verdict = a.Interval.Compare(b.Interval) switch
        {
            Agreement.Agree => "agree",
            Agreement.Differ => "differ",
            _ => "conflict",
        };
        return new(a.Measure, a, b, verdict, strings["comparison." + verdict]);
    }
}
