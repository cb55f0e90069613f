using System.Collections.Concurrent;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Html;

/// <summary>
/// What the site is made from: the model, the views its pages share (built once, by the pipeline; each page's own
/// is made as it renders), the words, the templates, and the measures each week's briefing Markdown asks to chart (<c>```chart &lt;id&gt;</c>), by week id.
/// </summary>
internal sealed record SiteInputs(ReportModel Model, SiteViews Views, Strings Strings, TemplateSet Templates, IReadOnlyDictionary<string, IReadOnlyList<string>> BriefingCharts);

/// <summary>
/// Views → every file of the site but the briefings: HTML pages in their layout, feed.xml, sitemap.xml, data.json,
/// the search index and the assets. Pure: it reads nothing but its inputs, and hands each file to the sink as it
/// is made. Pages render on up to <c>parallelism</c> threads, each with its own template renderer (a Scriban
/// context is not thread-safe); each page is a function of the template set and its <see cref="Page"/> alone, so
/// the bytes do not depend on the order or the thread.
/// </summary>
internal static class HtmlSite
{
    /// <returns>How many pages (in the layout) were rendered; with diagnostics, some files may be missing.</returns>
    public static int Render(SiteInputs inputs, ParallelOptions parallel, IOutputSink sink, DiagnosticBag diagnostics, CachedRender cache)
    {
        var (model, views, strings, templates, _) = inputs;
        var format = new Format(strings);
        var measures = views.Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var charts = measures.ToDictionary(kv => kv.Key, kv => new Lazy<RawText>(() => new RawText(MeasureChart.Render(kv.Value))), StringComparer.Ordinal);
        RawText? Chart(string id) => charts.TryGetValue(id, out var svg) ? svg.Value : null;

        // What the list of pages needs before any renders, made side by side: each page's date and the timeline's parts.
        PageDates? dates = null;
        TimelineView? timeline = null;
        Parallel.Invoke(parallel, () => dates = new PageDates(model), () => timeline = views.Timeline());
        // Each group of pages is made from its own view on the thread that renders it; the sitemap, last, from what they were.
        var groups = SitePages.All(model, views, timeline!, WeekCharts(inputs, measures, diagnostics), dates!, strings).ToList();
        var listed = new IReadOnlyList<PageView>[groups.Count];
        // The two largest files that are not pages go first, beside the first pages rather than after the last.
        Action[] files =
        [
            () => sink.Add(SitePaths.Data, stream => DataJson.Write(model, stream)),
            () => sink.Add(new OutputFile(SitePaths.SearchIndex, SearchIndex.Write(model, views, timeline!, strings))),
        ];
        // Parallel.For replaces its worker tasks every ~100 ms, each asking for a new thread-local renderer: a renderer
        // handed back is taken by the next, so its context, its primed includes and its member accessors are made once per thread.
        var renderers = new ConcurrentBag<PageRenderer>();
        Parallel.For(0, files.Length + groups.Count, parallel, TakeRenderer,
            (i, _, renderer) =>
            {
                if (i < files.Length)
                {
                    files[i]();
                    return renderer;
                }
                var group = i - files.Length;
                var pages = groups[group]();
                foreach (var page in pages)
                    RenderPage(page, renderer);
                listed[group] = [.. pages.Where(p => p.InLayout).Select(p => SitePages.SitemapEntry(p.View))];
                return renderer;
            },
            renderers.Add);
        Parallel.ForEach(SitePages.Sitemaps(listed.SelectMany(l => l)).ToList(), parallel, TakeRenderer,
            (page, _, renderer) =>
            {
                RenderPage(page, renderer);
                return renderer;
            },
            renderers.Add);
        sink.Add(new OutputFile(SitePaths.DataSchema, DataJson.Schema));
        // robots.txt is a protocol file, not a page: written here, so no project needs a template for it.
        sink.Add(OutputFile.Text(SitePaths.Robots, $"User-agent: *\nAllow: /\nSitemap: {SitePaths.Absolute(model.Site.BaseUrl, SitePaths.Sitemap)}\n"));
        foreach (var (path, bytes) in templates.Assets)
            sink.Add(new OutputFile(path[TemplateSet.Folder.Length..], bytes));
        return listed.Sum(l => l.Count);

        PageRenderer TakeRenderer() => renderers.TryTake(out var renderer) ? renderer : new(templates, model.Site.BaseUrl, format, Chart);

        void RenderPage(Page page, PageRenderer renderer)
        {
            cache.RenderInto(sink, page.Path, "page", [page.Template, page.View, page.Variables, views.Site, page.InLayout, page.LinksFromSiteRoot],
                (lookups, bag) => renderer.Render(views.Site, page, lookups, bag), diagnostics);
        }
    }

    /// <summary>
    /// The measures each week's briefing charts, for its week page to name: an inline chart of every estimate grows
    /// with the data, so the week page links to the measures rather than drawing them.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<LinkView>> WeekCharts(SiteInputs inputs, Dictionary<string, MeasureView> measures, DiagnosticBag diagnostics)
    {
        var charts = new Dictionary<string, IReadOnlyList<LinkView>>(StringComparer.Ordinal);
        foreach (var week in inputs.Views.Weeks)
        {
            var charted = new List<LinkView>();
            foreach (var id in inputs.BriefingCharts[week.Id])
            {
                if (measures.TryGetValue(id, out var m))
                    charted.Add(new LinkView(m.Id, m.Label, m.Url));
                else
                    diagnostics.Add(Codes.TemplateRuntime, SourceSpan.File(BriefingMarkdownSyntax.TemplatePath),
                        $"```chart {id}: there is no measure '{id}' (in the briefing of {week.Id})", TemplateHints.Chart);
            }
            charts[week.Id] = charted;
        }
        return charts;
    }

    /// <summary>
    /// One thread's template renderer (a Scriban context is not thread-safe), whose <c>chart</c> function records
    /// each measure a page charts in that page's lookups, for the cache, and whose <c>rel</c> function links from
    /// the page being rendered: both are made once per thread and read the page in hand.
    /// </summary>
    private sealed class PageRenderer
    {
        private readonly TemplateRenderer _renderer;
        private CachedRender.Lookups? _lookups;
        private Page? _page;

        public PageRenderer(TemplateSet templates, string baseUrl, Format format, Func<string, RawText?> chart)
        {
            var functions = TemplateFunctions.Create(baseUrl, format, id =>
            {
                _lookups?.Add(CachedRender.ChartLookup(id));
                return chart(id);
            });
            functions.SetValue("rel", TypedFunction.Of<string, string>(target => Link(_page!, baseUrl, target)), readOnly: true);
            _renderer = new TemplateRenderer(templates, Escaping.Html, functions, TemplateOptions.Default);
        }

        public byte[]? Render(SiteView site, Page page, CachedRender.Lookups lookups, DiagnosticBag diagnostics)
        {
            _lookups = lookups;
            _page = page;
            var variables = new ScriptObject { ["site"] = site, ["page"] = page.View };
            foreach (var (name, value) in page.Variables)
                variables[name] = value;
            var body = _renderer.Render(page.Template, variables, diagnostics);
            if (body is not null && page.InLayout)
            {
                variables["content"] = new RawText(body);
                body = _renderer.Render(SitePages.Layout, variables, diagnostics);
            }
            return body is null ? null : System.Text.Encoding.UTF8.GetBytes(body);
        }

        private static string Link(Page page, string baseUrl, string target) =>
            page.LinksFromSiteRoot ? SitePaths.FromSiteRoot(baseUrl, target) : SitePaths.Relative(page.Path, target);
    }
}
