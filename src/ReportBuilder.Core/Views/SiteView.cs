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

/// <summary>
/// The views of one model: the input of rendering. Built up front is what many pages and the briefings share: the
/// site's summaries, every week (a briefing and a week page each) and every measure (charts everywhere). A page's own
/// view — a claim's, a topic's, an actor's, a source's, the timeline — is made by the method named for it, when that
/// page renders, and let go after. Pure: the same model gives equal views.
/// </summary>
internal sealed class SiteViews
{
    private readonly ViewIndex _index;

    private SiteViews(ViewIndex index, SiteView site, IReadOnlyList<WeekView> weeks, IReadOnlyList<MeasureView> measures) =>
        (_index, Site, Weeks, Measures) = (index, site, weeks, measures);

    public SiteView Site { get; }
    public IReadOnlyList<WeekView> Weeks { get; }
    public IReadOnlyList<MeasureView> Measures { get; }

    /// <param name="parallel">How many threads build the claims', weeks' and measures' views (each alone; the same views whatever it is).</param>
    public static SiteViews Build(ReportModel model, Strings strings, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var index = new ViewIndex(model, strings, parallel);
        var weeks = WeekViews.Build(index, parallel);
        var measures = new MeasureView[model.Measures.Count];
        Parallel.For(0, measures.Length, parallel, i => measures[i] = SubjectViews.Measure(index, model.Measures[i]));
        var format = index.Format;
        var site = new SiteView(
            model.Site.Title, model.Site.Publisher, model.Site.Language, model.Site.Description ?? "", model.Site.BaseUrl,
            format.Day(model.AsOf), model.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Nav(strings),
            weeks.Count > 0 ? index.Week(weeks[^1].Week) : null,
            // Newest week first: a reader comes for the latest.
            [.. weeks.AsEnumerable().Reverse().Select(w => Summary(index, new LinkView(w.Id, w.Title, w.Url), w.Range, w.Timeline.Count, "claim_first_reported"))],
            [.. model.Topics.Select(t => Summary(index, index.Topic(t.Id), t.Summary, index.ClaimsOfTopic(t.Id).Count, "claim"))],
            [.. SubjectViews.ActorOrder(model).Select(a => Summary(index, index.Actor(a.Id), a.Role ?? "", index.ClaimsOfActor(a.Id).Count, "claim"))],
            [.. measures.Select(m => new SummaryView(new LinkView(m.Id, m.Label, m.Url), m.Unit, m.Estimates.Count + m.Undated.Count, m.EstimateCountText))],
            [.. model.Sources.Select(s => Summary(index, index.Source(s.Id), SourceNote(format, s), s.Lines.Count, "line"))]);
        return new SiteViews(index, site, weeks, measures);
    }

    /// <summary>A topic's page view, with its claims week by week.</summary>
    public TopicView Topic(Topic topic) => SubjectViews.Topic(_index, topic);

    /// <summary>An actor's page view; the site lists actors in <see cref="SubjectViews.ActorOrder"/>.</summary>
    public ActorView Actor(Actor actor) => SubjectViews.Actor(_index, actor);

    /// <summary>A source's page view, line by line.</summary>
    public SourceView Source(Source source) => SourceViews.Build(_index, source);

    /// <summary>The timeline: every claim by when it was said, a part a month.</summary>
    public TimelineView Timeline() => SubjectViews.Timeline(_index);

    /// <summary>Every claim with its neighbours in its topic, in the site's order of claim pages.</summary>
    public IEnumerable<ClaimInTopic> ClaimsInTopicOrder() => ClaimPageViews.InTopicOrder(_index);

    /// <summary>A claim's own page view.</summary>
    public ClaimPageView ClaimPage(ClaimInTopic claim) => ClaimPageViews.Build(_index, claim);

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

    private static string SourceNote(Format format, Source s)
    {
        var published = format.Date(s.Published);
        return s.Outlet is { Length: > 0 } outlet ? $"{outlet}, {published}" : published;
    }
}
