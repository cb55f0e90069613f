using System.Globalization;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>What every page knows of the whole site: its settings, navigation and the lists of things.</summary>
internal sealed record SiteView(
    string Title,
    string Publisher,
    string Language,
    string Description,
    string BaseUrl,
    string AsOf,
    string AsOfIso,
    IReadOnlyList<LinkView> Nav,
    LinkView? LatestWeek,
    IReadOnlyList<SummaryView> Weeks,
    IReadOnlyList<SummaryView> Topics,
    IReadOnlyList<SummaryView> Actors,
    IReadOnlyList<SummaryView> Measures,
    IReadOnlyList<SummaryView> Sources);

/// <summary>Every view of one model: the input of rendering. Pure: the same model gives equal views.</summary>
internal sealed record SiteViews(
    SiteView Site,
    IReadOnlyList<WeekView> Weeks,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<ActorView> Actors,
    IReadOnlyList<MeasureView> Measures,
    IReadOnlyList<SourceView> Sources,
    TimelineView Timeline,
    IReadOnlyList<ClaimPageView> Claims)
{
    public static SiteViews Build(ReportModel model, Strings strings)
    {
        var index = new ViewIndex(model, strings);
        var weeks = WeekViews.Build(index);
        var topics = model.Topics.Select(t => SubjectViews.Topic(index, t)).ToList();
        // Listed by the name a reader sees, not by id.
        var actors = model.Actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => SubjectViews.Actor(index, a)).ToList();
        var measures = model.Measures.Select(m => SubjectViews.Measure(index, m)).ToList();
        var sources = model.Sources.Select(s => SourceViews.Build(index, s)).ToList();
        var site = new SiteView(
            model.Site.Title, model.Site.Publisher, model.Site.Language, model.Site.Description ?? "", model.Site.BaseUrl,
            index.Format.Day(model.AsOf), model.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Nav(strings),
            weeks.Count > 0 ? index.Week(weeks[^1].Week) : null,
            // Newest week first: a reader comes for the latest.
            [.. weeks.AsEnumerable().Reverse().Select(w => Summary(index, new LinkView(w.Id, w.Title, w.Url), w.Range, w.Timeline.Count, "claim_first_reported"))],
            [.. topics.Select(t => Summary(index, new LinkView(t.Id, t.Title, t.Url), t.Summary, t.ClaimCount, "claim"))],
            [.. actors.Select(a => Summary(index, new LinkView(a.Id, a.Name, a.Url), a.Role, a.ClaimCount, "claim"))],
            [.. measures.Select(m => new SummaryView(new LinkView(m.Id, m.Label, m.Url), m.Unit, m.Estimates.Count + m.Undated.Count, m.EstimateCountText))],
            [.. sources.Select(s => Summary(index, new LinkView(s.Id, s.Title, s.Url), SourceNote(s), s.Lines.Count, "line"))]);
        return new SiteViews(site, weeks, topics, actors, measures, sources, SubjectViews.Timeline(index), [.. ClaimPageViews.Build(index)]);
    }

    /// <summary>The main navigation, in reading order.</summary>
    public static IReadOnlyList<LinkView> Nav(Strings strings) =>
    [
        new("home", strings["nav.home"], SitePaths.Home),
        new("weeks", strings["nav.weeks"], SitePaths.Weeks),
        new("topics", strings["nav.topics"], SitePaths.Topics),
        new("actors", strings["nav.actors"], SitePaths.Actors),
        new("measures", strings["nav.measures"], SitePaths.Measures),
        new("sources", strings["nav.sources"], SitePaths.Sources),
        new("timeline", strings["nav.timeline"], SitePaths.Timeline),
        new("search", strings["nav.search"], SitePaths.Search),
    ];

    private static SummaryView Summary(ViewIndex index, LinkView link, string note, int count, string noun) =>
        new(link, note, count, index.Format.Count(count, noun));

    private static string SourceNote(SourceView s) => s.Outlet.Length > 0 ? $"{s.Outlet}, {s.Published}" : s.Published;
}
