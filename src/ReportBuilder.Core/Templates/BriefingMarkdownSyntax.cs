using Markdig;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// The Markdown dialect a briefing template writes, shared by its two readers: the week page (Html) and the PDF
/// (Briefing), neither of which imports the other.
/// </summary>
internal static class BriefingMarkdownSyntax
{
    /// <summary>The template that writes a week's briefing Markdown.</summary>
    public const string TemplatePath = "templates/briefing/week.md.sbn";

    /// <summary>The fenced blocks that ask for what Markdown has no word for: a measure's chart, a page break, a table of contents.</summary>
    public const string ChartBlock = "chart", PageBreakBlock = "pagebreak", ContentsBlock = "contents";

    /// <summary>
    /// How both outputs parse the Markdown: pipe tables, and raw HTML shown as text, never as markup. Built once:
    /// Markdig pipelines are immutable and thread-safe.
    /// </summary>
    public static readonly MarkdownPipeline MarkdigPipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
}
