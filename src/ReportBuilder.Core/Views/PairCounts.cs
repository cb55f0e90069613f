using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// How many pairs of a list of estimates <see cref="MeasureEstimates.Compared"/> admits, by how they stand, counted
/// without listing a pair: a measure with n estimates may have n²/2 of them, and a page shows 20. Sorting and a
/// sweep make it O(n log n): pairs whose periods overlap are all pairs but those where one ends before the other
/// starts; pairs that conflict are those where one interval lies wholly above the other, but those whose periods
/// are apart (two sweeps over the bounds with a Fenwick tree of the days); pairs that agree are those of one
/// interval; and one claimant's pairs with their own are counted the same way and taken off.
/// The counts hold for what validation lets through: every interval has its low bound at or below its high one
/// (min ≤ max), and every period starts on or before its end. An empty interval would be counted wrongly.
/// </summary>
internal readonly record struct PairCounts(long Agree, long Differ, long Conflict)
{
    public long Compared => Agree + Differ + Conflict;

    public static PairCounts Of(IReadOnlyList<EstimateView> estimates)
    {
        var counts = IncludingOwnPairs(estimates);
        foreach (var own in estimates.GroupBy(e => e.Claimant.Id, StringComparer.Ordinal))
            counts -= IncludingOwnPairs([.. own]);
        return counts;
    }

    public static PairCounts operator -(PairCounts a, PairCounts b) => new(a.Agree - b.Agree, a.Differ - b.Differ, a.Conflict - b.Conflict);

    /// <summary>The pairs whose periods overlap, a claimant's with their own included.</summary>
    private static PairCounts IncludingOwnPairs(IReadOnlyList<EstimateView> estimates)
    {
        var overlapping = OverlappingPeriods(estimates);
        var agree = estimates.GroupBy(e => e.Interval).Sum(same => OverlappingPeriods([.. same]));
        var conflict = WhollyAbove(estimates)
            // Wholly above, and said before the other's period starts, or after it ends: those are not compared.
            - AboveAndDayAfter(estimates, e => e.PeriodEnd.DayNumber, e => e.PeriodStart.DayNumber)
            - AboveAndDayAfter(estimates, e => -e.PeriodStart.DayNumber, e => -e.PeriodEnd.DayNumber);
        return new(agree, overlapping - agree - conflict, conflict);
    }

    /// <summary>Pairs whose periods overlap (<see cref="MeasureEstimates.PeriodsOverlap"/>): all but those where one ends before the other starts.</summary>
    private static long OverlappingPeriods(IReadOnlyList<EstimateView> estimates)
    {
        var starts = estimates.Select(e => e.PeriodStart).Order().ToArray();
        long apart = 0;
        foreach (var e in estimates)
            apart += starts.Length - CountAtMost(starts, e.PeriodEnd);
        return (long)estimates.Count * (estimates.Count - 1) / 2 - apart;
    }

    /// <summary>Ordered pairs (a, b) where a's interval lies wholly above b's: each conflicting pair once.</summary>
    private static long WhollyAbove(IReadOnlyList<EstimateView> estimates)
    {
        var highs = estimates.Select(e => e.Interval.HighBound).Order().ToArray();
        return estimates.Sum(e => (long)CountBelow(highs, e.Interval.LowBound));
    }

    /// <summary>
    /// Ordered pairs (a, b) where a's interval lies wholly above b's and <paramref name="dayOfB"/> is greater than
    /// <paramref name="dayOfA"/>: a sweep over a's low bounds, upward, adding each b whose high bound is below to a
    /// Fenwick tree of its day.
    /// </summary>
    private static long AboveAndDayAfter(IReadOnlyList<EstimateView> estimates, Func<EstimateView, int> dayOfA, Func<EstimateView, int> dayOfB)
    {
        var bs = estimates.Select(e => (Bound: e.Interval.HighBound, Day: dayOfB(e))).OrderBy(b => b.Bound).ToArray();
        var days = bs.Select(b => b.Day).Distinct().Order().ToArray();
        var tree = new long[days.Length + 1];
        var added = 0;
        long pairs = 0;
        foreach (var a in estimates.Select(e => (Bound: e.Interval.LowBound, Day: dayOfA(e))).OrderBy(a => a.Bound))
        {
            for (; added < bs.Length && bs[added].Bound < a.Bound; added++)
            {
                for (var i = Array.BinarySearch(days, bs[added].Day) + 1; i < tree.Length; i += i & -i)
                    tree[i]++;
            }
            long notAfter = 0;
            for (var i = CountAtMost(days, a.Day); i > 0; i -= i & -i)
                notAfter += tree[i];
            pairs += added - notAfter;
        }
        return pairs;
    }

    /// <summary>How many of the sorted <paramref name="values"/> are at most <paramref name="value"/>.</summary>
    private static int CountAtMost<T>(T[] values, T value) where T : IComparable<T> => Rank(values, value, orEqual: true);

    /// <summary>How many of the sorted <paramref name="values"/> are below <paramref name="value"/>.</summary>
    private static int CountBelow<T>(T[] values, T value) where T : IComparable<T> => Rank(values, value, orEqual: false);

    private static int Rank<T>(T[] values, T value, bool orEqual) where T : IComparable<T>
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            var order = values[middle].CompareTo(value);
            if (order < 0 || (orEqual && order == 0))
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
