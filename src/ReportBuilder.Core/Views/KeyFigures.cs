using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// A measure as known at the end of a week. For a level or a running total: the latest dated estimates (every
/// claimant who gave one on the newest date said) and the undated ones, listed apart, never latest. For events:
/// report by report. <see cref="Change"/> compares like with like: a claimant's new dated estimate with that
/// claimant's previous dated one. <see cref="New"/> holds the estimates first reported this week.
/// <see cref="InBriefing"/> and <see cref="OnSite"/> are what the week's briefing and its site page list of the
/// undated estimates (or, for events, of the reports), and how many they leave to the measure's pages
/// (see <see cref="KeyFigures.Bounded"/>); <see cref="MeasureListsAll"/> is the words of the link to them, "page" or
/// "pages" as the measure's table of every estimate has one or more.
/// </summary>
internal sealed record KeyFigureView(
    LinkView Measure,
    string Unit,
    string Kind,
    IReadOnlyList<EstimateView> Latest,
    IReadOnlyList<EstimateView> New,
    bool NewThisWeek,
    string Change,
    ListedEstimates InBriefing,
    ListedEstimates OnSite,
    string MeasureListsAll);

/// <summary>What a list shows of some estimates, and how many first reported before its week it leaves out.</summary>
internal sealed record ListedEstimates(IReadOnlyList<EstimateView> Listed, int NotListed);

internal static class KeyFigures
{
    /// <summary>
    /// How many estimates first reported before the week a briefing lists per measure, beside all of the week's own.
    /// Enough to show what came shortly before the week's news; at most five lines a measure, so a late week's
    /// briefing does not repeat every report since the first week (the measure's pages list them all).
    /// </summary>
    public const int EarlierInBriefing = 5;

    /// <summary>
    /// How many of those the site's week page (and the home page, the latest week's) lists: none. The page shows the
    /// week at a glance, what the week brought, and counts the rest, which the measure's pages list.
    /// </summary>
    public const int EarlierOnSite = 0;

    public static KeyFigureView? For(ViewIndex index, Measure measure, IsoWeek week)
    {
        var known = MeasureEstimates.KnownBy(index.Estimates[measure.Id], week);
        if (known.Count == 0)
            return null;
        // One pass over what is known: at 50,000 claims a measure has a thousand estimates, and every week asks.
        var (fresh, dated, undated) = (new List<EstimateView>(), new List<EstimateView>(), new List<EstimateView>());
        foreach (var e in known)
        {
            if (e.IsoWeek == week)
                fresh.Add(e);
            (e.Dated ? dated : undated).Add(e);
        }
        var isNew = fresh.Count > 0;
        var link = index.Measure(measure.Id);
        var kind = DataNames.Name(measure.Kind);
        var listsAll = index.Format.Strings[(measure.Kind == MeasureKind.Events ? "briefing.every_report_on_measure_" : "briefing.every_estimate_on_measure_")
            + (Pagination.PageCount(index.Estimates[measure.Id].Count) > 1 ? "pages" : "page")];
        if (measure.Kind == MeasureKind.Events)
        {
            return new KeyFigureView(link, measure.Unit, kind, [], fresh, isNew,
                index.Format.Strings.Fill(isNew ? "key_figures.events_new" : "key_figures.events", ("count", index.Format.Count(known.Count, "separate_report")),
                    ("fresh", index.Format.Strings.Number(fresh.Count))), Bounded(known, week, EarlierInBriefing), Bounded(known, week, EarlierOnSite), listsAll);
        }
        var newest = dated.Count == 0 ? default : dated.Max(d => d.Start);
        var latest = dated.Where(e => e.Start == newest).ToList();
        return new KeyFigureView(link, measure.Unit, kind, latest, fresh, isNew,
            Change(index.Format.Strings, dated, latest, week, fresh.Count, known.Count),
            Bounded(undated, week, EarlierInBriefing), Bounded(undated, week, EarlierOnSite), listsAll);
    }

    /// <summary>
    /// What a list shows of <paramref name="all"/> (estimates known by the end of <paramref name="week"/>): every one
    /// first reported in the week, and of those first reported before it the <paramref name="earlierListed"/> first
    /// reported last (by week; within a week, the later in the list's order); how many earlier ones that leaves out.
    /// The listed keep the list's order, so a list within the bound is the whole list, as it always read.
    /// </summary>
    internal static ListedEstimates Bounded(IReadOnlyList<EstimateView> all, IsoWeek week, int earlierListed)
    {
        var earlier = all.Count(e => e.IsoWeek != week);
        if (earlier <= earlierListed)
            return new ListedEstimates(all, 0);
        var kept = all.Select((e, i) => (e.IsoWeek, Index: i)).Where(p => p.IsoWeek != week)
            .OrderByDescending(p => p.IsoWeek).ThenByDescending(p => p.Index).Take(earlierListed).Select(p => p.Index).ToHashSet();
        return new ListedEstimates([.. all.Where((e, i) => e.IsoWeek == week || kept.Contains(i))], earlier - earlierListed);
    }

    private static string Change(Strings strings, List<EstimateView> dated, List<EstimateView> latest, IsoWeek week, int freshCount, int knownCount)
    {
        if (freshCount == 0)
            return strings["change.none_new"];
        if (dated.Count == 0)
            return freshCount == knownCount
                ? strings["change.all_undated"]
                : strings.Fill("change.some_undated", ("fresh", strings.Number(freshCount)), ("known", strings.Number(knownCount)));
        var fresh = latest.Where(e => e.IsoWeek == week).ToList();
        if (fresh.Count == 0)
            return strings["change.not_latest"];
        return string.Join("; ", fresh.Select(e =>
        {
            var before = dated.Where(d => string.Equals(d.Claimant.Id, e.Claimant.Id, StringComparison.Ordinal) && d.End < e.Start)
                .MaxBy(d => d.Start);
            return before is null
                ? strings.Fill("change.first_dated", ("claimant", e.Claimant.Label))
                : strings.Fill("change.before", ("claimant", e.Claimant.Label), ("figure", before.Text), ("date", before.Date));
        }));
    }
}
