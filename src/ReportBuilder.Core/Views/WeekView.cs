using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// One ISO week in which claims were first reported: what became known, the claims by topic, key figures, conflicts,
/// the claims in the order they were said, and the sources. As of the week's end (never past the data's newest date),
/// it cites, counts and charts only what was first reported by then.
/// </summary>
internal sealed record WeekView(
    string Id,
    string Title,
    string Range,
    string AsOf,
    string Url,
    string PdfUrl,
    string MarkdownUrl,
    string UpdatedIso,
    LinkView? Previous,
    LinkView? Next,
    string ClaimCountText,
    IReadOnlyList<ClaimGroupView> Topics,
    IReadOnlyList<LinkView> NewActors,
    IReadOnlyList<LinkView> NewMeasures,
    IReadOnlyList<LinkView> NewSources,
    IReadOnlyList<KeyFigureView> KeyFigures,
    IReadOnlyList<LinkView> ChartMeasures,
    IReadOnlyList<ComparisonView> FirstConflicts,
    IReadOnlyList<ClaimView> Timeline,
    IReadOnlyList<SourceQuotesView> Sources)
{
    internal IsoWeek Week { get; init; }

    /// <summary>How many conflicts there are in all; <see cref="FirstConflicts"/> holds the first <see cref="MeasureEstimates.Shown"/>.</summary>
    public int ConflictCount { get; init; }

    /// <summary>The week's claims by topic, in pages of at most 100: the week page lists them one line each.</summary>
    public IReadOnlyList<ListPageView> Pages { get; init; } = [];

    /// <summary>
    /// Empty, or which of the week's claims come from documents dated only to a month or a year: the week they count
    /// in is a rule of the desk's (the period's last day), not a date the documents give.
    /// </summary>
    public string CountedNote { get; init; } = "";
}

internal static class WeekViews
{
    /// <summary>Every week that has claims, oldest first; each week built alone, on up to <paramref name="parallel"/>'s threads.</summary>
    public static IReadOnlyList<WeekView> Build(ViewIndex index, ParallelOptions parallel)
    {
        var model = index.Model;
        var weeks = model.Claims.Select(c => c.Week).Distinct().Order().ToList();
        var firstWeekOf = FirstWeeks(model);
        var views = new WeekView[weeks.Count];
        Parallel.For(0, weeks.Count, parallel,
            i => views[i] = Build(index, weeks[i], i > 0 ? weeks[i - 1] : null, i + 1 < weeks.Count ? weeks[i + 1] : null, firstWeekOf));
        return views;
    }

    private static WeekView Build(ViewIndex index, IsoWeek week, IsoWeek? previous, IsoWeek? next, FirstSeen first)
    {
        var model = index.Model;
        var asOf = model.AsOfWeek(week);
        var claims = index.ClaimsOfWeek(week);
        // A claim first reported this week may also cite a source that came out later: the week cites only what was out.
        var views = claims.Select(c => KnownBy(index.Claim(c), week, model)).ToList();
        var viewOf = claims.Zip(views).ToDictionary(p => p.First.Id, p => p.Second, StringComparer.Ordinal);
        var topics = claims.GroupBy(c => c.TopicId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClaimGroupView(index.Topic(g.Key), model.TopicById[g.Key].Summary, [.. g.Select(c => viewOf[c.Id])])).ToList();
        var keyFigures = model.Measures.Select(m => KeyFigures.For(index, m, week)).OfType<KeyFigureView>().ToList();
        var (conflicts, conflictCount) = MeasureEstimates.ConflictsOf(index.Format.Strings,
            model.Measures.Where(MeasureEstimates.Compares).Select(m => (m, index.Estimates[m.Id], index.NewConflicts[m.Id])), week);
        return new WeekView(
            week.ToString(), index.Format.WeekTitle(week), index.Format.WeekRange(week), index.Format.Day(asOf), SitePaths.Week(week),
            SitePaths.Briefing(week), SitePaths.BriefingMarkdown(week),
            // A feed entry's "updated": the week's last day, or the data's last day while the week is running.
            asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            previous is { } p ? index.Week(p) : null, next is { } n ? index.Week(n) : null,
            index.Format.Count(claims.Count, "claim"),
            topics,
            [.. first.Actors.Where(kv => kv.Value == week).Select(kv => index.Actor(kv.Key))],
            [.. first.Measures.Where(kv => kv.Value == week).Select(kv => index.Measure(kv.Key))],
            [.. first.Sources.Where(kv => kv.Value == week).Select(kv => index.Source(kv.Key))],
            keyFigures, ChartMeasures(index, keyFigures, week), conflicts, views, SourceQuotes(index, claims, week))
        { Week = week, ConflictCount = conflictCount, CountedNote = CountedNote(index.Format, claims), Pages = Pagination.Split(topics, SitePaths.Week(week), index.Format.Strings) };
    }

    private static string CountedNote(Format format, IReadOnlyList<Claim> claims) => string.Join(" ", claims
        .Where(c => c.FirstReported.Precision is DatePrecision.Month or DatePrecision.Year)
        .GroupBy(c => c.FirstReported).OrderBy(g => g.Key)
        .Select(g => format.Strings.Fill("week.counted_note", ("count", format.Count(g.Count(), "claim_comes")), ("date", format.Date(g.Key)))));

    /// <summary>
    /// A claim as a week shows it: only the evidence of sources out by the week's end, only disputes known by then.
    /// When the week knows all of it, the claim's one view itself (most claims: no copy per week).
    /// </summary>
    private static ClaimView KnownBy(ClaimView view, IsoWeek week, ReportModel model)
    {
        bool SourceOut(EvidenceView e) => model.SourceById[e.Source.Id].Week.CompareTo(week) <= 0;
        bool ClaimKnown(LinkView d) => model.ClaimById[d.Id].Week.CompareTo(week) <= 0;
        if (view.Evidence.All(SourceOut) && view.Disputes.All(ClaimKnown) && view.DisputedBy.All(ClaimKnown))
            return view;
        return view with
        {
            Evidence = [.. view.Evidence.Where(SourceOut)],
            Disputes = [.. view.Disputes.Where(ClaimKnown)],
            DisputedBy = [.. view.DisputedBy.Where(ClaimKnown)],
        };
    }


    /// <summary>
    /// Measures worth a chart this week: a new estimate, and at least two dated ones known by the week's end. Never
    /// events: a line from one report to the next would read as a revision of one count.
    /// </summary>
    private static IReadOnlyList<LinkView> ChartMeasures(ViewIndex index, IReadOnlyList<KeyFigureView> keyFigures, IsoWeek week) =>
        [.. keyFigures.Where(k => k.NewThisWeek && k.Kind != DataNames.Name(MeasureKind.Events))
            .Where(k => index.Estimates[k.Measure.Id].Count(e => e.Dated && MeasureEstimates.IsKnownBy(e, week)) >= 2)
            .Select(k => k.Measure)];

    private static IReadOnlyList<SourceQuotesView> SourceQuotes(ViewIndex index, IReadOnlyList<Claim> claims, IsoWeek week) =>
        [.. claims.SelectMany(c => c.Evidence)
            .Where(e => index.Model.SourceById[e.SourceId].Week.CompareTo(week) <= 0)
            .GroupBy(e => e.SourceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var source = index.Model.SourceById[g.Key];
                var quotes = g.DistinctBy(e => (e.Line, e.Quote)).OrderBy(e => e.Line).ThenBy(e => e.Quote, StringComparer.Ordinal);
                return new SourceQuotesView(index.Source(g.Key), index.Format.TitleNote(source), source.Outlet ?? "", index.Date(source.Published).Text, source.Url ?? "",
                    [.. quotes.Select(index.Evidence)]);
            })];

    /// <summary>The week each actor, measure and source first appears in a claim (a source: in a claim, once it is out).</summary>
    private sealed record FirstSeen(
        SortedDictionary<string, IsoWeek> Actors, SortedDictionary<string, IsoWeek> Measures, SortedDictionary<string, IsoWeek> Sources);

    private static FirstSeen FirstWeeks(ReportModel model)
    {
        var seen = new FirstSeen(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        // Claims come oldest week first, so the first write of an actor or measure is its first week.
        foreach (var claim in model.Claims)
        {
            seen.Actors.TryAdd(claim.ClaimantId, claim.Week);
            foreach (var f in claim.Figures)
                seen.Measures.TryAdd(f.MeasureId, claim.Week);
            foreach (var e in claim.Evidence)
            {
                var sourceWeek = model.SourceById[e.SourceId].Week;
                var week = sourceWeek.CompareTo(claim.Week) > 0 ? sourceWeek : claim.Week;
                if (!seen.Sources.TryGetValue(e.SourceId, out var known) || week.CompareTo(known) < 0)
                    seen.Sources[e.SourceId] = week;
            }
        }
        return seen;
    }
}
