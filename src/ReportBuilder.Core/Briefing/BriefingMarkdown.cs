using Markdig;
using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// The Markdown of a weekly briefing, from <c>templates/briefing/week.md.sbn</c>: one source for two outputs,
/// the PDF (through the layout engine) and the Markdown file beside it; the week's HTML page shows the charts it asks for.
/// Values are Markdown-escaped, so data never turns into markup. Links are written site-relative
/// (<c>actors/zelenskyy/index.html</c>): each output resolves them its own way (relative to the page in
/// HTML, against the site's base_url in a PDF). A <c>```chart &lt;measure-id&gt;</c> block asks for a chart.
/// </summary>
public sealed class BriefingMarkdown
{
    public const string TemplatePath = "templates/briefing/week.md.sbn";

    /// <summary>The fenced blocks that ask for what Markdown has no word for: a measure's chart, a page break, a table of contents.</summary>
    public const string ChartBlock = "chart", PageBreakBlock = "pagebreak", ContentsBlock = "contents";

    /// <summary>
    /// How both outputs read the Markdown: pipe tables, and raw HTML shown as text, never as markup. Built once:
    /// Markdig pipelines are immutable and thread-safe.
    /// </summary>
    public static readonly Markdig.MarkdownPipeline Pipeline = new Markdig.MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>The measure ids of a briefing's <c>```chart</c> blocks, in order.</summary>
    public static IEnumerable<string> ChartIds(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<FencedCodeBlock>()
            .Where(b => b.Info == ChartBlock).Select(b => (b.Arguments ?? "").Trim());

    private readonly TemplateRenderer _renderer;
    private readonly SiteView _site;

    public BriefingMarkdown(TemplateSet templates, SiteView site, Format format, TemplateOptions? options = null)
    {
        _site = site;
        _renderer = new TemplateRenderer(templates, Escaping.Markdown, TemplateFunctions.Create(site.BaseUrl, format), options ?? TemplateOptions.Default);
    }

    /// <summary>The week's Markdown, or null with diagnostics when the template fails.</summary>
    public string? Render(WeekView week, DiagnosticBag diagnostics)
    {
        var variables = new ScriptObject { ["site"] = _site, ["week"] = week };
        return _renderer.Render(TemplatePath, variables, diagnostics);
    }
}
