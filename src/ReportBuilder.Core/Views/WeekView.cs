using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>One ISO week that has claims: what is new, the claims by topic, key figures, timeline, sources.</summary>
public sealed record WeekView(
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
    IReadOnlyList<DisagreementView> Disagreements,
    IReadOnlyList<ClaimView> Timeline,
    IReadOnlyList<SourceQuotesView> Sources)
{
    internal IsoWeek Week { get; init; }
}

/// <summary>
/// A measure as of the end of a week: the latest estimates (every claimant who gave one on the latest date)
/// and, when the week brought a new one, what the figure was as of the week before.
/// </summary>
public sealed record KeyFigureView(
    LinkView Measure,
    string Unit,
    IReadOnlyList<EstimateView> Latest,
    IReadOnlyList<EstimateView> Previous,
    bool NewThisWeek,
    string Change);

internal static class WeekViews
{
    public static IReadOnlyList<WeekView> Build(ViewIndex index)
    {
        var model = index.Model;
        var weeks = model.Claims.Select(c => c.Week).Distinct().Order().ToList();
        var firstWeekOf = FirstWeeks(model);
        return [.. weeks.Select((week, i) => Build(index, week, i > 0 ? weeks[i - 1] : null, i + 1 < weeks.Count ? weeks[i + 1] : null, firstWeekOf))];
    }

    private static WeekView Build(ViewIndex index, IsoWeek week, IsoWeek? previous, IsoWeek? next, FirstSeen first)
    {
        var model = index.Model;
        var claims = model.Claims.Where(c => c.Week == week).ToList();
        var topics = claims.GroupBy(c => c.TopicId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClaimGroupView(index.Topic(g.Key), model.TopicById[g.Key].Summary, index.Claims(g))).ToList();
        var keyFigures = model.Measures.Select(m => KeyFigure(index, m, week)).OfType<KeyFigureView>().ToList();
        // Pairs known by the week's end with one side new this week: a later figure never rewrites a past briefing.
        var disagreements = model.Measures.SelectMany(m => Estimating.Disagreements(Estimating.KnownBy(index.Estimates[m.Id], week)))
            .Where(d => d.First.IsoWeek == week || d.Second.IsoWeek == week).ToList();
        return new WeekView(
            week.ToString(), Format.WeekTitle(week), Format.WeekRange(week), Format.Day(Min(week.Sunday, model.AsOf)), SitePaths.Week(week),
            SitePaths.Briefing(week), SitePaths.BriefingMarkdown(week),
            // A feed entry's "updated": the week's last day, or the data's last day while the week is running.
            (week.Sunday < model.AsOf ? week.Sunday : model.AsOf).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            previous is { } p ? ViewIndex.Week(p) : null, next is { } n ? ViewIndex.Week(n) : null,
            Format.Count(claims.Count, "claim", "claims"),
            topics,
            [.. first.Actors.Where(kv => kv.Value == week).Select(kv => index.Actor(kv.Key))],
            [.. first.Measures.Where(kv => kv.Value == week).Select(kv => index.Measure(kv.Key))],
            [.. first.Sources.Where(kv => kv.Value == week).Select(kv => index.Source(kv.Key))],
            keyFigures, ChartMeasures(index, keyFigures, week), disagreements, index.Claims(claims), SourceQuotes(index, claims))
        { Week = week };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Measures worth a chart this week: a new estimate, and at least two known by the week's end.</summary>
    private static IReadOnlyList<LinkView> ChartMeasures(ViewIndex index, IReadOnlyList<KeyFigureView> keyFigures, IsoWeek week) =>
        [.. keyFigures.Where(k => k.NewThisWeek)
            .Where(k => Estimating.KnownBy(index.Estimates[k.Measure.Id], week).Count >= 2)
            .Select(k => k.Measure)];

    private static KeyFigureView? KeyFigure(ViewIndex index, Measure measure, IsoWeek week)
    {
        var estimates = index.Estimates[measure.Id];
        var latest = LatestAsOf(estimates, week);
        if (latest.Count == 0)
            return null;
        var isNew = latest.Any(e => e.IsoWeek == week);
        var previous = isNew ? LatestAsOf(estimates, week.Previous()) : [];
        var change = !isNew ? "no new estimate this week"
            : previous.Count == 0 ? "first estimate"
            : "was " + string.Join("; ", previous.Select(e => $"{e.Text} ({e.Claimant.Label}, {e.Date})"));
        return new KeyFigureView(index.Measure(measure.Id), measure.Unit, latest, previous, isNew, change);
    }

    /// <summary>The estimates from claims up to the end of <paramref name="week"/> that start on the latest date.</summary>
    private static IReadOnlyList<EstimateView> LatestAsOf(IReadOnlyList<EstimateView> estimates, IsoWeek week)
    {
        var known = Estimating.KnownBy(estimates, week);
        if (known.Count == 0)
            return [];
        var newest = known.Max(e => e.Start);
        return [.. known.Where(e => e.Start == newest)];
    }

    private static IReadOnlyList<SourceQuotesView> SourceQuotes(ViewIndex index, IReadOnlyList<Claim> claims) =>
        [.. claims.SelectMany(c => c.Evidence)
            .GroupBy(e => e.SourceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var source = index.Model.SourceById[g.Key];
                var quotes = g.DistinctBy(e => (e.Line, e.Quote)).OrderBy(e => e.Line).ThenBy(e => e.Quote, StringComparer.Ordinal);
                return new SourceQuotesView(index.Source(g.Key), source.Outlet ?? "", Format.Date(source.Published), source.Url ?? "",
                    [.. quotes.Select(index.Evidence)]);
            })];

    /// <summary>The week each actor, measure and source first appears in a claim.</summary>
    private sealed record FirstSeen(
        SortedDictionary<string, IsoWeek> Actors, SortedDictionary<string, IsoWeek> Measures, SortedDictionary<string, IsoWeek> Sources);

    private static FirstSeen FirstWeeks(ReportModel model)
    {
        var seen = new FirstSeen(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        // Claims come oldest week first, so the first write of a key is its first week.
        foreach (var claim in model.Claims)
        {
            seen.Actors.TryAdd(claim.ClaimantId, claim.Week);
            foreach (var f in claim.Figures)
                seen.Measures.TryAdd(f.MeasureId, claim.Week);
            foreach (var e in claim.Evidence)
                seen.Sources.TryAdd(e.SourceId, claim.Week);
        }
        return seen;
    }
}
