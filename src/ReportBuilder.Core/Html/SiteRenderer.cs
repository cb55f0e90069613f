using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Html;

/// <summary>What rendering the site gave: its files (only when there are no diagnostics) and how many are pages.</summary>
public sealed record SiteRender(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int Pages)
{
    public bool Succeeded => Diagnostics.Count == 0;

    /// <summary>The views the site was rendered from, for the briefings to reuse rather than build again.</summary>
    internal SiteViews? Views { get; init; }

    /// <summary>The interface's words the site was rendered in, for the briefings' PDFs to use too.</summary>
    internal Strings? Strings { get; init; }

    /// <summary>Each week's briefing Markdown by week id: the text the PDF is typeset from.</summary>
    internal IReadOnlyDictionary<string, string> Markdown { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Model → views → every file of the site: HTML pages in their layout, the briefings' Markdown, feed.xml,
/// sitemap.xml, data.json and the assets. Pure: it reads nothing but its arguments and writes nothing.
/// </summary>
public static class SiteRenderer
{
    public static SiteRender Render(ReportModel model, TemplateSet templates, TemplateOptions? options = null)
    {
        if (templates.Diagnostics.Count > 0)
            return new SiteRender([], templates.Diagnostics, 0);
        options ??= TemplateOptions.Default;
        var diagnostics = new DiagnosticBag();
        if (StringsFile.Load(templates.StringFiles, model.Site.Language, diagnostics) is not { } strings)
            return new SiteRender([], diagnostics.ToSortedList(), 0);
        var format = new Format(strings);
        var views = SiteViews.Build(model, strings);
        var measures = views.Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var charts = measures.ToDictionary(kv => kv.Key, kv => new Lazy<RawText>(() => new RawText(MeasureChart.Render(kv.Value))), StringComparer.Ordinal);
        RawText? Chart(string id) => charts.TryGetValue(id, out var svg) ? svg.Value : null;

        var files = new List<OutputFile>();
        var markdownByWeek = new Dictionary<string, string>(StringComparer.Ordinal);
        var weekCharts = Briefings(views, templates, format, options, measures, files, markdownByWeek, diagnostics);
        var renderer = new TemplateRenderer(templates, Escaping.Html, TemplateFunctions.Create(model.Site.BaseUrl, format, Chart), options);
        var pages = SitePages.All(views, weekCharts, new PageDates(model), strings).ToList();
        pages.AddRange(SitePages.Sitemaps(pages.Where(p => p.InLayout).Select(p => p.View)).ToList());
        foreach (var page in pages)
        {
            if (RenderPage(renderer, views.Site, page, diagnostics) is { } text)
                files.Add(OutputFile.Text(page.Path, text));
        }
        files.Add(new OutputFile(SitePaths.Data, DataJson.Write(model)));
        files.Add(new OutputFile(SitePaths.DataSchema, DataJson.Schema));
        // robots.txt is a protocol file, not a page: written here, so no project needs a template for it.
        files.Add(OutputFile.Text(SitePaths.Robots, $"User-agent: *\nAllow: /\nSitemap: {SitePaths.Absolute(model.Site.BaseUrl, SitePaths.Sitemap)}\n"));
        files.Add(new OutputFile(SitePaths.SearchIndex, SearchIndex.Write(views)));
        foreach (var (path, bytes) in templates.Assets)
            files.Add(new OutputFile(path[TemplateSet.Folder.Length..], bytes));

        return diagnostics.HasErrors
            ? new SiteRender([], diagnostics.ToSortedList(), 0)
            : new SiteRender([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], [], pages.Count(p => p.InLayout))
            {
                Views = views,
                Strings = strings,
                Markdown = markdownByWeek,
            };
    }

    /// <summary>
    /// Each week's Markdown (written to briefings/), and the measures it charts, for the week page to name: an inline
    /// chart of every estimate grows with the data, so the week page links to them rather than drawing them.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<LinkView>> Briefings(SiteViews views, TemplateSet templates, Format format, TemplateOptions options,
        Dictionary<string, MeasureView> measures, List<OutputFile> files, Dictionary<string, string> markdownByWeek, DiagnosticBag diagnostics)
    {
        var markdown = new BriefingMarkdown(templates, views.Site, format, options);
        var charts = new Dictionary<string, IReadOnlyList<LinkView>>(StringComparer.Ordinal);
        foreach (var week in views.Weeks)
        {
            var text = markdown.Render(week, diagnostics) ?? "";
            files.Add(OutputFile.Text(week.MarkdownUrl, text));
            markdownByWeek[week.Id] = text;
            var charted = new List<LinkView>();
            foreach (var id in BriefingMarkdown.ChartIds(text))
            {
                if (measures.TryGetValue(id, out var m))
                    charted.Add(new LinkView(m.Id, m.Label, m.Url));
                else
                    diagnostics.Add(Codes.TemplateRuntime, Diagnostics.SourceSpan.File(BriefingMarkdown.TemplatePath),
                        $"```chart {id}: there is no measure '{id}' (in the briefing of {week.Id})", TemplateHints.Chart);
            }
            charts[week.Id] = charted;
        }
        return charts;
    }

    private static string? RenderPage(TemplateRenderer renderer, SiteView site, Page page, DiagnosticBag diagnostics)
    {
        var variables = new ScriptObject { ["site"] = site, ["page"] = page.View };
        variables.Import("rel", new Func<string, string>(target =>
            page.LinksFromSiteRoot ? SitePaths.FromSiteRoot(site.BaseUrl, target) : SitePaths.Relative(page.Path, target)));
        foreach (var (name, value) in page.Variables)
            variables[name] = value;
        var body = renderer.Render(page.Template, variables, diagnostics);
        if (body is null || !page.InLayout)
            return body;
        variables["content"] = new RawText(body);
        return renderer.Render(SitePages.Layout, variables, diagnostics);
    }
}
