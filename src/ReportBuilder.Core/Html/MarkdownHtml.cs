using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>
/// Turns a briefing's Markdown into the HTML of its week page. Raw HTML in the Markdown is shown as text,
/// never as markup; a <c>```chart &lt;measure-id&gt;</c> block becomes that measure's inline SVG chart; links,
/// written site-relative in the Markdown, are made relative to the page; a table scrolls sideways inside its own
/// wrapper on a narrow screen, as the site's other tables do, rather than the whole page.
/// </summary>
internal static class MarkdownHtml
{
    /// <param name="chart">The SVG of a measure by id, or null when there is no such measure.</param>
    /// <param name="unknownChart">Called with each chart id that has no measure.</param>
    public static string Render(string markdown, string pagePath, Func<string, RawText?> chart, Action<string> unknownChart)
    {
        var document = Markdown.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url)
                link.Url = SitePaths.Relative(pagePath, url);
        }
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        BriefingMarkdownSyntax.MarkdigPipeline.Setup(renderer);
        var code = renderer.ObjectRenderers.FindExact<CodeBlockRenderer>();
        renderer.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new ChartRenderer(code ?? new CodeBlockRenderer(), chart, unknownChart));
        var table = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>();
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollingTableRenderer(table ?? new HtmlTableRenderer()));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Writes chart blocks as SVG and hands every other code block to Markdig's own renderer.</summary>
    private sealed class ChartRenderer(CodeBlockRenderer code, Func<string, RawText?> chart, Action<string> unknownChart) : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            // Page breaks and the table of contents are for the PDF: a web page has neither.
            if (block is FencedCodeBlock { Info: BriefingMarkdownSyntax.PageBreakBlock or BriefingMarkdownSyntax.ContentsBlock })
                return;
            if (block is FencedCodeBlock { Info: BriefingMarkdownSyntax.ChartBlock } fenced)
            {
                var id = (fenced.Arguments ?? "").Trim();
                if (chart(id) is { } svg)
                {
                    renderer.EnsureLine();
                    renderer.Write("<figure class=\"chart-figure\">").Write(svg.Value).WriteLine("</figure>");
                    return;
                }
                unknownChart(id);
            }
            code.Write(renderer, block);
        }
    }

    /// <summary>Writes each table inside <c>&lt;div class="table-scroll"&gt;</c>.</summary>
    private sealed class ScrollingTableRenderer(HtmlTableRenderer table) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table block)
        {
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"table-scroll\">");
            table.Write(renderer, block);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
