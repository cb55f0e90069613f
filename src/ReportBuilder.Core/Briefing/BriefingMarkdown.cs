using System.Text;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// The Markdown of the weekly briefings, from <c>templates/briefing/week.md.sbn</c>, rendered once per week: one
/// source for two outputs, the PDF (<see cref="BriefingPdf"/>) and the Markdown file beside it; the week's HTML page
/// names the charts it asks for.
/// Values are Markdown-escaped, so data never turns into markup. Links are written site-relative
/// (<c>actors/zelenskyy/index.html</c>): each output resolves them its own way (relative to the page in
/// HTML, against the site's base_url in a PDF). A <c>```chart &lt;measure-id&gt;</c> block asks for a chart
/// (see <see cref="BriefingMarkdownSyntax"/>).
/// </summary>
internal static class BriefingMarkdown
{
    /// <summary>
    /// Each week's Markdown by week id; a week whose template fails gets "" beside its diagnostics. Weeks render on
    /// up to <c>parallelism</c> threads, each with its own template renderer; each week's text depends on its view alone.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Render(TemplateSet templates, SiteView site, Format format, IReadOnlyList<WeekView> weeks,
        ParallelOptions parallel, DiagnosticBag diagnostics, CachedRender cache)
    {
        var texts = new string[weeks.Count];
        Parallel.For(0, weeks.Count, parallel,
            () => new TemplateRenderer(templates, Escaping.Markdown, TemplateFunctions.Create(site.BaseUrl, format), TemplateOptions.Default),
            (i, _, renderer) =>
            {
                var week = weeks[i];
                var bytes = cache.GetOrRender("briefing-markdown", [site, week], (_, bag) =>
                    renderer.Render(BriefingMarkdownSyntax.TemplatePath, new ScriptObject { ["site"] = site, ["week"] = week }, bag) is { } text
                        ? Encoding.UTF8.GetBytes(text) : null, diagnostics);
                texts[i] = bytes is null ? "" : Encoding.UTF8.GetString(bytes);
                return renderer;
            },
            _ => { });
        return weeks.Select((w, i) => (w.Id, Text: texts[i])).ToDictionary(w => w.Id, w => w.Text, StringComparer.Ordinal);
    }
}
