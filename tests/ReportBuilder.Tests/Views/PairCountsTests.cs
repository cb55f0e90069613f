using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

/// <summary>
/// The comparisons a measure page and a week show, counted without listing every pair (<see cref="PairCounts"/>) and
/// the first <see cref="MeasureEstimates.Shown"/> found by an early-stopping walk, against a brute-force reference
/// that lists every pair as the views once did: on seeded random estimate sets full of ties (shared values, touching
/// and open ends, equal periods, one claimant's own pairs, undated estimates).
/// </summary>
public sealed class PairCountsTests
{
    private static readonly SourceSpan Here = SourceSpan.File("test");
    private static readonly Strings Words = ShippedStrings.English;
    private static readonly decimal[] Numbers = [0, 900, 1000, 1100, 1210, 3000];
    private static readonly IsoWeek[] Weeks = [new(2024, 50), new(2024, 51), new(2024, 52)];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Counts_and_the_first_pairs_equal_every_pair_listed(int seed)
    {
        var random = new Random(seed);
        var measure = Measure("m", MeasureKind.Level);
        var estimates = RandomEstimates(random, measure, random.Next(0, 90));

        var every = EveryPair(estimates).ToList();
        var (first, count) = MeasureEstimates.ComparisonsOf(Words, measure, estimates);

        var counts = PairCounts.Of(estimates);
        Assert.Equal(every.Count(p => p.Verdict == Agreement.Agree), counts.Agree);
        Assert.Equal(every.Count(p => p.Verdict == Agreement.Differ), counts.Differ);
        Assert.Equal(every.Count(p => p.Verdict == Agreement.Conflict), counts.Conflict);
        Assert.Equal(every.Count, count);
        Assert.Equal(every.Take(MeasureEstimates.Shown).Select(Named), first.Select(c => (c.First.ClaimId, c.Second.ClaimId, c.Verdict)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_weeks_conflicts_equal_every_pair_listed(int seed)
    {
        var random = new Random(seed);
        var measures = new[] { Measure("a", MeasureKind.Level), Measure("b", MeasureKind.Events), Measure("c", MeasureKind.RunningTotal) }
            .Select(m => (Measure: m, Estimates: (IReadOnlyList<EstimateView>)RandomEstimates(random, m, random.Next(0, 60)))).ToList();
        var counted = measures.Select(m => (m.Measure, m.Estimates, WeeklyConflicts.Of(m.Estimates))).ToList();

        foreach (var week in Weeks)
        {
            var every = measures.Where(m => m.Measure.Kind != MeasureKind.Events)
                .SelectMany(m => EveryPair([.. m.Estimates.Where(e => e.IsoWeek.CompareTo(week) <= 0)]))
                .Where(p => p.Verdict == Agreement.Conflict && (p.A.IsoWeek == week || p.B.IsoWeek == week)).ToList();
            var (first, count) = MeasureEstimates.ConflictsOf(Words, counted, week);

            Assert.Equal(every.Count, count);
            Assert.Equal(every.Take(MeasureEstimates.Shown).Select(Named), first.Select(c => (c.First.ClaimId, c.Second.ClaimId, c.Verdict)));
            Assert.All(first, c => Assert.Equal(c.First.DisputedIn.Any(w => w.CompareTo(week) <= 0), c.First.Disputed));
        }
    }

    /// <summary>Many weeks and sets large enough that the count divides them many times over (<see cref="EarlierDominance"/>).</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_weeks_new_conflicts_over_many_weeks_equal_every_pair_listed(int seed)
    {
        var random = new Random(seed);
        IsoWeek[] weeks = [.. Enumerable.Range(1, 12).Select(w => new IsoWeek(2025, w))];
        var estimates = RandomEstimates(random, Measure("m", MeasureKind.Level), random.Next(0, 400), weeks);

        var counted = WeeklyConflicts.Of(estimates);

        var every = EveryPair(estimates).Where(p => p.Verdict == Agreement.Conflict).ToList();
        Assert.Equal(estimates.Select(e => e.IsoWeek).Distinct().Order(), counted.Keys.Order());
        Assert.All(weeks, week => Assert.Equal(
            every.Count(p => (p.A.IsoWeek.CompareTo(p.B.IsoWeek) >= 0 ? p.A.IsoWeek : p.B.IsoWeek) == week),
            counted.GetValueOrDefault(week)));
    }

    [Fact]
    public void Random_sets_hold_every_verdict_and_pairs_a_claimant_has_with_their_own()
    {
        var random = new Random(7);
        var estimates = RandomEstimates(random, Measure("m", MeasureKind.Level), 80);
        var all = EveryPair(estimates, sameClaimant: true).ToList();

        Assert.All(Enum.GetValues<Agreement>(), v => Assert.Contains(all, p => p.Verdict == v && p.A.Claimant.Id != p.B.Claimant.Id));
        Assert.Contains(all, p => p.A.Claimant.Id == p.B.Claimant.Id);
    }

    /// <summary>The reference: every pair in the list's order, as the views listed them before they counted.</summary>
    private static IEnumerable<(EstimateView A, EstimateView B, Agreement Verdict)> EveryPair(IReadOnlyList<EstimateView> estimates, bool sameClaimant = false)
    {
        for (var i = 0; i < estimates.Count; i++)
        {
            for (var j = i + 1; j < estimates.Count; j++)
            {
                var (a, b) = (estimates[i], estimates[j]);
                if ((sameClaimant || a.Claimant.Id != b.Claimant.Id) && a.PeriodStart <= b.PeriodEnd && b.PeriodStart <= a.PeriodEnd)
                    yield return (a, b, Verdict(a.Interval, b.Interval));
            }
        }
    }

    /// <summary>The verdict written out from the intervals' definition, apart from <see cref="Interval.Compare"/>.</summary>
    private static Agreement Verdict(Interval a, Interval b) =>
        a == b ? Agreement.Agree : StartsNoLaterThanEnds(a, b) && StartsNoLaterThanEnds(b, a) ? Agreement.Differ : Agreement.Conflict;

    private static bool StartsNoLaterThanEnds(Interval a, Interval b) =>
        b.High is not { } high || a.Low < high || (a.Low == high && !a.LowOpen && !b.HighOpen);

    private static (string, string, string) Named((EstimateView A, EstimateView B, Agreement Verdict) pair) =>
        (pair.A.ClaimId, pair.B.ClaimId, pair.Verdict switch { Agreement.Agree => "agree", Agreement.Differ => "differ", _ => "conflict" });

    private static Measure Measure(string id, MeasureKind kind) => new(id, id, "soldiers", null, Here) { Kind = kind };

    private static List<EstimateView> RandomEstimates(Random random, Measure measure, int count, IsoWeek[]? weeks = null)
    {
        weeks ??= Weeks;
        var day = new DateOnly(2024, 12, 1);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var claimant = "actor-" + random.Next(0, 4);
            var week = weeks[random.Next(weeks.Length)];
            var dated = random.Next(4) > 0;
            var start = day.AddDays(random.Next(0, 25));
            var end = start.AddDays(random.Next(3) == 0 ? 0 : random.Next(0, 12));
            var figure = RandomFigure(random, measure.Id);
            return new EstimateView($"claim-{i}", "", new LinkView(claimant, claimant, ""), new LinkView(measure.Id, measure.Label, ""),
                "", "", "", new LinkView(week.ToString(), week.ToString(), ""), "", "", figure.Point, false, "")
            {
                IsoWeek = week,
                Dated = dated,
                Start = dated ? start : default,
                End = dated ? end : default,
                PeriodStart = dated ? start : DateOnly.MinValue,
                PeriodEnd = end,
                Figure = figure,
                DisputedIn = random.Next(5) == 0 ? [Weeks[random.Next(Weeks.Length)]] : [],
            };
        })];
    }

    private static Figure RandomFigure(Random random, string measureId)
    {
        decimal Number() => Numbers[random.Next(Numbers.Length)];
        var qualifier = (Qualifier)random.Next(6);
        var (low, high) = (Number(), Number());
        return qualifier switch
        {
            Qualifier.Exactly or Qualifier.About => new(measureId, low, null, null, qualifier, Here),
            Qualifier.AtLeast or Qualifier.MoreThan => new(measureId, null, low, null, qualifier, Here),
            Qualifier.UpTo => new(measureId, null, null, high, qualifier, Here),
            _ => new(measureId, null, Math.Min(low, high), Math.Max(low, high), qualifier, Here),
        };
    }
}
