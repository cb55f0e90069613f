using System.Text;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// What the rest of a build needs of the briefings' Markdown once each week's file is written: the charts each week
/// asks for, in order (its week page draws them), and each week's text only when PDFs are made from it (null otherwise:
/// at 50,000 claims a week's Markdown is a megabyte, and a site-only build lets each go as soon as it is written).
/// </summary>
internal sealed record BriefingTexts(IReadOnlyDictionary<string, IReadOnlyList<string>> Charts, IReadOnlyDictionary<string, string>? Texts);

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
    /// Renders each week's Markdown and hands it to <paramref name="sink"/> as its <see cref="WeekView.MarkdownUrl"/> as
    /// soon as it is made; a week whose template fails gets an empty file beside its diagnostics. Weeks render on up to
    /// <paramref name="parallel"/>'s threads, each with its own template renderer; each week's text depends on its view
    /// alone. Keeps the texts only when <paramref name="keepTexts"/>.
    /// </summary>
    public static BriefingTexts Render(TemplateSet templates, SiteView site, Format format, IReadOnlyList<WeekView> weeks,
        ParallelOptions parallel, DiagnosticBag diagnostics, CachedRender cache, IOutputSink sink, bool keepTexts)
    {
        var charts = new IReadOnlyList<string>[weeks.Count];
        var texts = keepTexts ? new string[weeks.Count] : null;
        Parallel.For(0, weeks.Count, parallel,
            () => new TemplateRenderer(templates, Escaping.Markdown, TemplateFunctions.Create(site.BaseUrl, format), TemplateOptions.Default),
            (i, _, renderer) =>
            {
                var week = weeks[i];
                var bytes = cache.GetOrRender("briefing-markdown", [site, week], (_, bag) =>
                    renderer.Render(BriefingMarkdownSyntax.TemplatePath, new ScriptObject { ["site"] = site, ["week"] = week }, bag) is { } text
                        ? Encoding.UTF8.GetBytes(text) : null, diagnostics) ?? [];
                sink.Add(new OutputFile(week.MarkdownUrl, bytes));
                var markdown = Encoding.UTF8.GetString(bytes);
                charts[i] = [.. BriefingMarkdownSyntax.ChartIds(markdown)];
                if (texts is not null)
                    texts[i] = markdown;
                return renderer;
            },
            _ => { });
        return new BriefingTexts(ById(weeks, charts), texts is null ? null : ById(weeks, texts));
    }

    private static Dictionary<string, T> ById<T>(IReadOnlyList<WeekView> weeks, T[] values) =>
        weeks.Select((w, i) => (w.Id, Value: values[i])).ToDictionary(w => w.Id, w => w.Value, StringComparer.Ordinal);
}
