using System.Globalization;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>What every page knows of the whole site: its settings, navigation and the lists of things.</summary>
public sealed record SiteView(
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
public sealed record SiteViews(
    SiteView Site,
    IReadOnlyList<WeekView> Weeks,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<ActorView> Actors,
    IReadOnlyList<MeasureView> Measures,
    IReadOnlyList<SourceView> Sources,
    TimelineView Timeline)
{
    public static SiteViews Build(ReportModel model)
    {
        var index = new ViewIndex(model);
        var weeks = WeekViews.Build(index);
        var topics = model.Topics.Select(t => SubjectViews.Topic(index, t)).ToList();
        // Listed by the name a reader sees, not by id.
        var actors = model.Actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => SubjectViews.Actor(index, a)).ToList();
        var measures = model.Measures.Select(m => SubjectViews.Measure(index, m)).ToList();
        var sources = model.Sources.Select(s => SourceViews.Build(index, s)).ToList();
        var site = new SiteView(
            model.Site.Title, model.Site.Publisher, model.Site.Language, model.Site.Description ?? "", model.Site.BaseUrl,
            Format.Day(model.AsOf), model.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Nav,
            weeks.Count > 0 ? ViewIndex.Week(weeks[^1].Week) : null,
            // Newest week first: a reader comes for the latest.
            [.. weeks.AsEnumerable().Reverse().Select(w => Summary(new LinkView(w.Id, w.Title, w.Url), w.Range, w.Timeline.Count, "claim first reported", "claims first reported"))],
            [.. topics.Select(t => Summary(new LinkView(t.Id, t.Title, t.Url), t.Summary, t.Weeks.Sum(w => w.Claims.Count), "claim", "claims"))],
            [.. actors.Select(a => Summary(new LinkView(a.Id, a.Name, a.Url), a.Role, a.Claims.Count, "claim", "claims"))],
            [.. measures.Select(m => new SummaryView(new LinkView(m.Id, m.Label, m.Url), m.Unit, m.Estimates.Count + m.Undated.Count, m.EstimateCountText))],
            [.. sources.Select(s => Summary(new LinkView(s.Id, s.Title, s.Url), SourceNote(s), s.Lines.Count, "line", "lines"))]);
        return new SiteViews(site, weeks, topics, actors, measures, sources, SubjectViews.Timeline(index));
    }

    /// <summary>The main navigation, in reading order.</summary>
    public static readonly IReadOnlyList<LinkView> Nav =
    [
        new("home", "Latest", SitePaths.Home),
        new("weeks", "Weeks", SitePaths.Weeks),
        new("topics", "Topics", SitePaths.Topics),
        new("actors", "Actors", SitePaths.Actors),
        new("measures", "Figures", SitePaths.Measures),
        new("sources", "Sources", SitePaths.Sources),
        new("timeline", "Timeline", SitePaths.Timeline),
        new("search", "Search", SitePaths.Search),
    ];

    private static SummaryView Summary(LinkView link, string note, int count, string singular, string plural) =>
        new(link, note, count, Format.Count(count, singular, plural));

    private static string SourceNote(SourceView s) => s.Outlet.Length > 0 ? $"{s.Outlet}, {s.Published}" : s.Published;
}
