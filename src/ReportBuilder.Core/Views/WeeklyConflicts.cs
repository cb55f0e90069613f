using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// How many conflicting pairs (<see cref="MeasureEstimates.Compared"/>, verdict conflict) of a measure's estimates
/// each week brings: the pairs whose later side, by the week it was first reported, falls in that week. Estimates are
/// taken in week order, and for each the conflicts with those before it are counted without listing a pair — a
/// measure with n estimates has up to n²/2 of them — as sums of dominance counts (<see cref="EarlierDominance"/>),
/// O(n log² n) in all. A conflict whose periods overlap is one interval wholly above the other, less those whose
/// periods lie apart (one ends before the other starts); a claimant's pairs with their own are counted the same way
/// and taken off. The same rule <see cref="PairCounts"/> counts for one set; as there, every interval has its low
/// bound at or below its high one and every period starts on or before its end.
/// </summary>
internal static class WeeklyConflicts
{
    /// <summary>Every week that brings an estimate, with how many conflicts it brings (0 when none).</summary>
    public static IReadOnlyDictionary<IsoWeek, long> Of(IReadOnlyList<EstimateView> estimates)
    {
        var inWeekOrder = estimates.OrderBy(e => e.IsoWeek).ToArray();
        var bounds = inWeekOrder.SelectMany(e => new[] { e.Interval.LowBound, e.Interval.HighBound }).Distinct().Order().ToArray();
        var spans = Array.ConvertAll(inWeekOrder, e => new Span(
            Array.BinarySearch(bounds, e.Interval.LowBound), Array.BinarySearch(bounds, e.Interval.HighBound),
            e.PeriodStart.DayNumber, e.PeriodEnd.DayNumber));
        var withEarlier = ConflictsWithEarlier(spans);
        foreach (var own in Enumerable.Range(0, spans.Length).GroupBy(i => inWeekOrder[i].Claimant.Id, StringComparer.Ordinal))
        {
            var at = own.ToArray();
            var ownConflicts = ConflictsWithEarlier(Array.ConvertAll(at, i => spans[i]));
            for (var k = 0; k < at.Length; k++)
                withEarlier[at[k]] -= ownConflicts[k];
        }
        var byWeek = new Dictionary<IsoWeek, long>();
        for (var i = 0; i < inWeekOrder.Length; i++)
            byWeek[inWeekOrder[i].IsoWeek] = byWeek.GetValueOrDefault(inWeekOrder[i].IsoWeek) + withEarlier[i];
        return byWeek;
    }

    /// <summary>An estimate as the count needs it: the ranks of its interval's bounds and its period's day numbers.</summary>
    private readonly record struct Span(int Low, int High, int Start, int End);

    /// <summary>
    /// For each span, how many spans before it conflict with it and have an overlapping period: a is wholly above b
    /// (a.Low &gt; b.High) or below it (a.High &lt; b.Low), less those of each kind whose periods are apart
    /// (a.End &lt; b.Start, or a.Start &gt; b.End). Each "&gt;" is written as "&lt;" of the negated values.
    /// </summary>
    private static long[] ConflictsWithEarlier(Span[] spans)
    {
        var above = Count(spans, s => (-s.Low, 0), s => (-s.High, 1));
        var below = Count(spans, s => (s.High, 0), s => (s.Low, 1));
        var aboveEndedBefore = Count(spans, s => (-s.Low, s.End), s => (-s.High, s.Start));
        var aboveStartedAfter = Count(spans, s => (-s.Low, -s.Start), s => (-s.High, -s.End));
        var belowEndedBefore = Count(spans, s => (s.High, s.End), s => (s.Low, s.Start));
        var belowStartedAfter = Count(spans, s => (s.High, -s.Start), s => (s.Low, -s.End));
        var counts = new long[spans.Length];
        for (var j = 0; j < spans.Length; j++)
            counts[j] = above[j] + below[j] - aboveEndedBefore[j] - aboveStartedAfter[j] - belowEndedBefore[j] - belowStartedAfter[j];
        return counts;
    }

    private static long[] Count(Span[] spans, Func<Span, (int X, int Y)> earlier, Func<Span, (int X, int Y)> later) =>
        EarlierDominance.Count(Array.ConvertAll(spans, s => earlier(s)), Array.ConvertAll(spans, s => later(s)));
}
