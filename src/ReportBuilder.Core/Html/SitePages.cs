using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>A page to render: where it goes, which template draws it, what it knows of itself, and its own view.</summary>
internal sealed record Page(string Path, string Template, PageView View, IReadOnlyDictionary<string, object?> Variables, bool InLayout = true);

/// <summary>Every page of the site, in a stable order. Which template draws which page is decided here only.</summary>
internal static class SitePages
{
    public const string Layout = "templates/layouts/page.sbn";

    private static readonly LinkView HomeCrumb = new("home", "Home", SitePaths.Home);

    public static IEnumerable<Page> All(SiteViews views, IReadOnlyDictionary<string, RawText> briefings)
    {
        var site = views.Site;
        var latest = views.Weeks.Count > 0 ? views.Weeks[^1] : null;
        yield return Html(SitePaths.Home, "home", site.Title, "home", site.Description, [], ("week", latest));
        yield return Html(SitePaths.NotFound, "404", "Page not found", "", site.Description, []);

        var weeks = Section("weeks", "Weeks", SitePaths.Weeks);
        yield return Html(weeks.Url, "weeks", weeks.Label, "weeks", "Every week with claims, newest first.", []);
        foreach (var w in views.Weeks)
            yield return Html(w.Url, "week", w.Title, "weeks", $"{w.Title}: {w.Range}. {w.ClaimCountText}.", [weeks],
                ("week", w), ("briefing", briefings[w.Id]));

        var topics = Section("topics", "Topics", SitePaths.Topics);
        yield return Html(topics.Url, "topics", topics.Label, "topics", "Every topic sheet.", []);
        foreach (var t in views.Topics)
            yield return Html(t.Url, "topic", t.Title, "topics", t.Summary, [topics], ("topic", t));

        var actors = Section("actors", "Actors", SitePaths.Actors);
        yield return Html(actors.Url, "actors", actors.Label, "actors", "Everyone who makes claims.", []);
        foreach (var a in views.Actors)
            yield return Html(a.Url, "actor", a.Name, "actors", a.Role.Length > 0 ? $"{a.Name}, {a.Role}." : a.Name, [actors], ("actor", a));

        var measures = Section("measures", "Figures", SitePaths.Measures);
        yield return Html(measures.Url, "measures", measures.Label, "measures", "Every measure and its estimates.", []);
        foreach (var m in views.Measures)
            yield return Html(m.Url, "measure", m.Label, "measures", $"{m.Label} ({m.Unit}): {m.EstimateCountText}.", [measures], ("measure", m));

        var sources = Section("sources", "Sources", SitePaths.Sources);
        yield return Html(sources.Url, "sources", sources.Label, "sources", "Every source document, line by line.", []);
        foreach (var s in views.Sources)
            yield return Html(s.Url, "source", s.Title, "sources", s.Title, [sources], ("source", s));

        yield return Html(SitePaths.Timeline, "timeline", "Timeline", "timeline", "Every claim in order.", [], ("timeline", views.Timeline));
        yield return Html(SitePaths.Search, "search", "Search", "search", "Search every claim by its words, quotes, claimant, topic and figures.", []);

        IReadOnlyList<WeekView> newestFirst = [.. views.Weeks.Reverse()];
        yield return Xml(SitePaths.Feed, "feed.xml", site.Title, ("weeks", newestFirst));
    }

    /// <summary>The sitemap, which lists the pages above; rendered last, from their paths.</summary>
    public static Page Sitemap(IEnumerable<string> htmlPaths) =>
        Xml(SitePaths.Sitemap, "sitemap.xml", "Sitemap", ("pages", htmlPaths.Where(p => p != SitePaths.NotFound).ToList()));

    private static LinkView Section(string id, string label, string url) => new(id, label, url);

    private static Page Html(string path, string template, string title, string section, string description,
        IReadOnlyList<LinkView> parents, params (string Name, object? Value)[] variables)
    {
        var self = new LinkView(section, title, path);
        IReadOnlyList<LinkView> crumbs = path == SitePaths.Home ? [HomeCrumb] : [HomeCrumb, .. parents, self];
        var view = new PageView(title, path, SitePaths.RootFrom(path), section, description, crumbs);
        return new Page(path, $"{TemplateSet.Folder}pages/{template}{TemplateSet.Extension}", view, variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
    }

    private static Page Xml(string path, string template, string title, params (string Name, object? Value)[] variables) =>
        new(path, $"{TemplateSet.Folder}pages/{template}{TemplateSet.Extension}", new PageView(title, path, "", "", "", []),
            variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), InLayout: false);
}
