using ReportBuilder.Core.Model;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Html;

/// <summary>
/// A page to render: where it goes, which template draws it, what it knows of itself, and its own view.
/// <c>LinksFromSiteRoot</c>: its links start from base_url's path rather than from itself (the 404 page).
/// </summary>
internal sealed record Page(string Path, string Template, PageView View, IReadOnlyDictionary<string, object?> Variables, bool InLayout = true)
{
    public bool LinksFromSiteRoot { get; init; }
}

/// <summary>Every page of the site, in a stable order. Which template draws which page is decided here only.</summary>
internal static class SitePages
{
    public const string Layout = "templates/layouts/page.sbn";

    /// <summary>
    /// Every page of the site in order, in groups: each group the pages made from one view (a week's, a topic's, a claim's…),
    /// that view built when the group is made, on the thread that renders its pages, and let go after.
    /// </summary>
    /// <param name="weekCharts">The measures each week's briefing charts, by week id.</param>
    public static IEnumerable<Func<IReadOnlyList<Page>>> All(ReportModel model, SiteViews views, TimelineView timelineView, IReadOnlyDictionary<string, IReadOnlyList<LinkView>> weekCharts, PageDates dates, Strings strings)
    {
        var site = views.Site;
        var homeCrumb = new LinkView("home", strings["page.home.crumb"], SitePaths.Home);
        LinkView Section(string id) => site.Nav.Single(n => n.Id == id);
        var latest = views.Weeks.Count > 0 ? views.Weeks[^1] : null;
        Page Html(string path, string template, string title, string section, string description,
            IReadOnlyList<LinkView> parents, params (string Name, object? Value)[] variables) =>
            SitePages.Html(site, dates, homeCrumb, path, template, title, section, description, parents, variables);
        // Each page of a long list: the first at the list's own address, the others titled with their number.
        IReadOnlyList<Page> Listed(IReadOnlyList<IListPage> parts, string template, string title, string section, string description,
            IReadOnlyList<LinkView> parents, params (string Name, object? Value)[] variables) =>
            [.. parts.Select(part =>
            {
                var page = Html(part.Pager.Url, template, part.Pager.Number == 1 ? title : strings.Fill("pager.title", ("title", title), ("page", part.Pager.Label)),
                    section, description, part.Pager.Number == 1 ? parents : [.. parents, new LinkView(section, title, parts[0].Pager.Url)],
                    [.. variables, ("part", part)]);
                return page with { View = page.View with { Updated = dates.Of(parts[0].Pager.Url) } };
            })];

        yield return () =>
        {
            var home = Html(SitePaths.Home, "home", site.Title, "home", site.Description, [], ("week", latest));
            return [home with { View = home.View with { StructuredData = StructuredData.WebSite(site) } }];
        };
        yield return () =>
        {
            var notFound = Html(SitePaths.NotFound, "404", strings["page.not_found.title"], "", site.Description, []);
            return [notFound with { View = notFound.View with { Canonical = "" }, LinksFromSiteRoot = true }];
        };

        var weeks = Section("weeks");
        yield return () => [Html(weeks.Url, "weeks", weeks.Label, "weeks", strings["page.weeks.description"], [])];
        foreach (var w in views.Weeks)
        {
            yield return () =>
            {
                var pages = Listed(w.Pages, "week", w.Title, "weeks", $"{w.Title}: {w.Range}. {w.ClaimCountText}.", [weeks], ("week", w), ("charts", weekCharts[w.Id]));
                var first = pages[0];
                return [first with
                {
                    View = first.View with
                    {
                        OpenGraphType = "article",
                        StructuredData = StructuredData.NewsArticle(site, w, first.View.Description, first.View.Updated,
                            strings.Fill("briefing.name", ("week", w.Title))),
                    },
                }, .. pages.Skip(1)];
            };
        }

        var topics = Section("topics");
        yield return () => [Html(topics.Url, "topics", topics.Label, "topics", strings["page.topics.description"], [])];
        foreach (var topic in model.Topics)
        {
            yield return () =>
            {
                var t = views.Topic(topic);
                return Listed(t.Pages, "topic", t.Title, "topics", t.Summary, [topics], ("topic", t));
            };
        }

        var actors = Section("actors");
        yield return () => [Html(actors.Url, "actors", actors.Label, "actors", strings["page.actors.description"], [])];
        foreach (var actor in SubjectViews.ActorOrder(model))
        {
            yield return () =>
            {
                var a = views.Actor(actor);
                return Listed(a.Pages, "actor", a.Name, "actors", a.Role.Length > 0 ? $"{a.Name}, {a.Role}." : a.Name, [actors], ("actor", a));
            };
        }

        foreach (var inTopic in views.ClaimsInTopicOrder())
        {
            yield return () =>
            {
                var c = views.ClaimPage(inTopic);
                var claim = c.Claim;
                var page = Html(claim.Url, "claim", strings.Fill("page.claim.title", ("actor", claim.Claimant.Label), ("statement", claim.Statement)), "topics",
                    claim.Statement, [topics, claim.Topic], ("claim_page", c), ("claim", claim));
                return [page with
                {
                    View = page.View with
                    {
                        OpenGraphType = "article",
                        StructuredData = StructuredData.Claim(site, c, page.View.Canonical),
                        // The title is the whole statement; the trail ends in a short word for the page.
                        Breadcrumbs = [.. page.View.Breadcrumbs.SkipLast(1), new LinkView("topics", strings["page.claim.crumb"], claim.Url)],
                    },
                }];
            };
        }

        var measures = Section("measures");
        yield return () => [Html(measures.Url, "measures", measures.Label, "measures", strings["page.measures.description"], [])];
        foreach (var m in views.Measures)
            yield return () => Listed(m.Pages, "measure", m.Label, "measures", $"{m.Label} ({m.Unit}): {m.EstimateCountText}.", [measures], ("measure", m));

        var sources = Section("sources");
        yield return () => [Html(sources.Url, "sources", sources.Label, "sources", strings["page.sources.description"], [])];
        foreach (var source in model.Sources)
        {
            yield return () =>
            {
                var s = views.Source(source);
                return [Html(s.Url, "source", s.Title, "sources", s.Title, [sources], ("source", s))];
            };
        }

        var timeline = Section("timeline");
        yield return () => [Html(timeline.Url, "timeline", timeline.Label, "timeline", strings["page.timeline.description"], [], ("timeline", timelineView))];
        foreach (var g in timelineView.Groups)
        {
            yield return () => Listed(g.Pages, "timeline-part", g.Link.Label, "timeline",
                strings.Fill("page.timeline_part.description", ("period", g.Link.Label), ("count", g.CountText)), [timeline], ("group", g));
        }
        yield return () => [Html(SitePaths.Search, "search", Section("search").Label, "search", strings["page.search.description"], [])];

        yield return () =>
        {
            IReadOnlyList<WeekView> newest = [.. views.Weeks.Reverse().Take(FeedSize)];
            return [Xml(SitePaths.Feed, "feed.xml", site.Title, ("weeks", newest))];
        };
    }

    /// <summary>The most weeks the feed lists, newest first: a reader's feed needs the recent ones; the weeks page lists them all.</summary>
    public const int FeedSize = 20;

    /// <summary>The most addresses one sitemap file lists (the protocol allows 50,000; a template loops at most 20,000 times).</summary>
    public const int SitemapSize = 10_000;

    /// <summary>
    /// The sitemap, rendered last, from the pages above that have an address (not the 404 page): <c>sitemap.xml</c> lists
    /// them (<c>pages</c>, their paths, and <c>lastmod</c>, each one's date by path). Past <see cref="SitemapSize"/>
    /// addresses they go into <c>sitemaps/1.xml</c>, <c>sitemaps/2.xml</c>, … of that many each, in page order, and
    /// <c>sitemap.xml</c> is the index of those (<c>sitemaps</c>, their paths; <c>lastmod</c>, the newest date in each).
    /// </summary>
    public static IEnumerable<Page> Sitemaps(IEnumerable<PageView> htmlPages)
    {
        var listed = htmlPages.Where(p => p.Canonical.Length > 0).ToList();
        if (listed.Count <= SitemapSize)
        {
            yield return Urlset(SitePaths.Sitemap, listed);
            yield break;
        }
        var parts = listed.Chunk(SitemapSize).Select((chunk, i) => (Page: Urlset(SitePaths.SitemapPart(i + 1), chunk), Newest: chunk.Select(p => p.Updated).Max(StringComparer.Ordinal)!)).ToList();
        foreach (var part in parts)
            yield return part.Page;
        var lastmod = new ScriptObject();
        foreach (var part in parts)
            lastmod[part.Page.Path] = part.Newest;
        yield return Xml(SitePaths.Sitemap, "sitemap-index.xml", "Sitemap", ("sitemaps", parts.Select(p => p.Page.Path).ToList()), ("lastmod", lastmod));
    }

    /// <summary>What the sitemap reads of a page (its path, its address, its date), kept while the other pages render; the rest let go.</summary>
    public static PageView SitemapEntry(PageView view) =>
        new("", view.Path, "", "", "", []) { Canonical = view.Canonical, Updated = view.Updated };

    private static Page Urlset(string path, IReadOnlyList<PageView> pages)
    {
        var lastmod = new ScriptObject();
        foreach (var page in pages)
            lastmod[page.Path] = page.Updated;
        return Xml(path, "sitemap.xml", "Sitemap", ("pages", pages.Select(p => p.Path).ToList()), ("lastmod", lastmod));
    }

    private static Page Html(SiteView site, PageDates dates, LinkView homeCrumb, string path, string template, string title, string section, string description,
        IReadOnlyList<LinkView> parents, (string Name, object? Value)[] variables)
    {
        var self = new LinkView(section, title, path);
        IReadOnlyList<LinkView> crumbs = path == SitePaths.Home ? [homeCrumb] : [homeCrumb, .. parents, self];
        var view = new PageView(title, path, SitePaths.RootFrom(path), section, description, crumbs)
        {
            Canonical = SitePaths.Absolute(site.BaseUrl, path),
            Updated = dates.Of(path),
        };
        return new Page(path, $"{TemplateSet.Folder}pages/{template}{TemplateSet.Extension}", view, variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
    }

    private static Page Xml(string path, string template, string title, params (string Name, object? Value)[] variables) =>
        new(path, $"{TemplateSet.Folder}pages/{template}{TemplateSet.Extension}", new PageView(title, path, "", "", "", []),
            variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), InLayout: false);
}
