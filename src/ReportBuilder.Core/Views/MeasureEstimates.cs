using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// A measure's estimates, placed in time by when they were said, and how two claimants' estimates compare:
/// for overlapping periods, as intervals (<see cref="Interval"/>): agree, differ (both can be true) or conflict.
/// Events are separate reports of separate events and are never compared.
/// </summary>
internal static class MeasureEstimates
{
    /// <param name="figures">The measure's figures with their claims, in the model's order.</param>
    public static IReadOnlyList<EstimateView> For(ViewIndex index, Measure measure, IEnumerable<(Claim Claim, Figure Figure)> figures) =>
        [.. figures.Select(f => Estimate(index, f.Claim, f.Figure, measure))
            .OrderBy(e => e.Dated ? 0 : 1).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ThenBy(e => e.IsoWeek)
            .ThenBy(e => e.Claimant.Id, StringComparer.Ordinal)
            .ThenBy(e => e.ClaimId, StringComparer.Ordinal)];

    private static EstimateView Estimate(ViewIndex index, Claim claim, Figure figure, Measure measure)
    {
        var disputedIn = index.DisputedBy(claim.Id).Select(c => c.Week).ToList();
        return new EstimateView(
            claim.Id, index.Claim(claim).Url, index.Actor(claim.ClaimantId), index.Measure(measure.Id),
            index.Date(claim.SaidOn), claim.SaidOn is { } said ? index.Date(said).Iso : "", index.Date(claim.FirstReported).Text, index.Week(claim.Week),
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
        [.. estimates.Where(e => IsKnownBy(e, week)).Select(e => KnownBy(e, week))];

    /// <summary>Whether <paramref name="estimate"/> was first reported by the end of <paramref name="week"/>.</summary>
    public static bool IsKnownBy(EstimateView estimate, IsoWeek week) => estimate.IsoWeek.CompareTo(week) <= 0;

    /// <summary>Whether a measure's estimates are compared with one another: not events, each a count of its own report.</summary>
    public static bool Compares(Measure measure) => measure.Kind != MeasureKind.Events;

    /// <summary>
    /// An estimate as a week shows it: disputed only by claims reported by the week's end. The estimate itself when
    /// that is how it already reads (most estimates: no copy per week).
    /// </summary>
    public static EstimateView KnownBy(EstimateView estimate, IsoWeek week)
    {
        var disputed = estimate.DisputedIn.Any(w => w.CompareTo(week) <= 0);
        return disputed == estimate.Disputed ? estimate : estimate with { Disputed = disputed };
    }

    /// <summary>How many compared pairs a page shows: the first, in the order of <see cref="ComparisonsOf"/>, with how many there are in all.</summary>
    public const int Shown = 20;

    /// <summary>
    /// The rule of which two estimates are compared: two claimants' (never one claimant's with their own), for
    /// periods that overlap. <see cref="PairCounts"/> counts the pairs it admits without listing them.
    /// </summary>
    public static bool Compared(EstimateView a, EstimateView b) =>
        !string.Equals(a.Claimant.Id, b.Claimant.Id, StringComparison.Ordinal) && PeriodsOverlap(a, b);

    public static bool PeriodsOverlap(EstimateView a, EstimateView b) => a.PeriodStart <= b.PeriodEnd && b.PeriodStart <= a.PeriodEnd;

    /// <summary>
    /// The first <see cref="Shown"/> compared pairs of <paramref name="estimates"/> (every pair in the list's order:
    /// the first estimate with each later one, then the second…) and how many pairs are compared in all; none for events.
    /// </summary>
    public static (IReadOnlyList<ComparisonView> First, int Count) ComparisonsOf(Strings strings, Measure measure, IReadOnlyList<EstimateView> estimates)
    {
        if (!Compares(measure))
            return ([], 0);
        var count = checked((int)PairCounts.Of(estimates).Compared);
        var first = new List<ComparisonView>();
        for (var i = 0; i < estimates.Count && first.Count < Math.Min(Shown, count); i++)
        {
            for (var j = i + 1; j < estimates.Count && first.Count < Math.Min(Shown, count); j++)
            {
                if (Compared(estimates[i], estimates[j]))
                    first.Add(Comparison(strings, estimates[i], estimates[j]));
            }
        }
        return (first, count);
    }

    /// <summary>
    /// The conflicts a week's briefing and page show: of every measure (in the model's order), pairs of estimates known
    /// by the week's end with one side first reported that week, in the order of <see cref="ComparisonsOf"/>; the first
    /// <see cref="Shown"/> as known by the week (<see cref="KnownBy(EstimateView, IsoWeek)"/>), and how many there are
    /// (from each measure's <see cref="WeeklyConflicts.Of"/>). A later figure never rewrites a past briefing.
    /// </summary>
    public static (IReadOnlyList<ComparisonView> First, int Count) ConflictsOf(Strings strings,
        IEnumerable<(Measure Measure, IReadOnlyList<EstimateView> Estimates, IReadOnlyDictionary<IsoWeek, long> NewConflicts)> measures, IsoWeek week)
    {
        var first = new List<ComparisonView>();
        var count = 0;
        foreach (var (measure, estimates, newConflicts) in measures.Where(m => Compares(m.Measure)))
        {
            var conflicts = checked((int)newConflicts.GetValueOrDefault(week));
            var wanted = Math.Min(Shown - first.Count, conflicts);
            if (wanted > 0)
                first.AddRange(FirstNewConflicts(strings, [.. estimates.Where(e => IsKnownBy(e, week))], week, wanted));
            count = checked(count + conflicts);
        }
        return (first, count);
    }

    /// <summary>The first <paramref name="wanted"/> conflicting pairs with a side new in <paramref name="week"/>: the pairs of a new estimate with any later one, and of an older one with a later new one.</summary>
    private static List<ComparisonView> FirstNewConflicts(Strings strings, List<EstimateView> known, IsoWeek week, int wanted)
    {
        var newAt = Enumerable.Range(0, known.Count).Where(i => known[i].IsoWeek == week).ToList();
        var found = new List<ComparisonView>();
        for (var i = 0; i < known.Count && found.Count < wanted; i++)
        {
            var later = known[i].IsoWeek == week ? Enumerable.Range(i + 1, known.Count - i - 1) : newAt.Where(j => j > i);
            foreach (var j in later)
            {
                var (a, b) = (known[i], known[j]);
                if (Compared(a, b) && a.Interval.Compare(b.Interval) == Agreement.Conflict)
                {
                    found.Add(Comparison(strings, KnownBy(a, week), KnownBy(b, week)));
                    if (found.Count == wanted)
                        break;
                }
            }
        }
        return found;
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
