using Markdig;
using Markdig.Extensions.CustomContainers;

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
    /// The fenced container of a note, such as the desk's note on a claim: <c>::: note</c>, its Markdown, <c>:::</c> (the
    /// fenced div of Pandoc and markdown-it). Only the block is read: Markdig's inline <c>::text::</c> would eat the
    /// colons of a quote.
    /// </summary>
    public const string NoteBlock = "note";

    /// <summary>
    /// How both outputs parse the Markdown: pipe tables, fenced containers (<see cref="NoteBlock"/>), and raw HTML
    /// shown as text, never as markup. Built once: Markdig pipelines are immutable and thread-safe.
    /// </summary>
    public static readonly MarkdownPipeline MarkdigPipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml();
        builder.BlockParsers.AddIfNotAlready<CustomContainerParser>();
        return builder.Build();
    }

    /// <summary>
    /// The measure ids of a briefing's <c>```chart</c> blocks, in order: the fences a Markdown reader sees (opened by a
    /// line of three or more backticks or tildes, closed by a line of at least as many of the same), found by a line
    /// scan, since a full parse of a long briefing costs far more than the week page that names its charts.
    /// </summary>
    public static IEnumerable<string> ChartIds(string markdown)
    {
        (char Mark, int Length)? open = null;
        foreach (var line in markdown.Split('\n'))
        {
            var mark = line.Length > 0 && line[0] is '`' or '~' ? line[0] : '\0';
            var run = mark == '\0' ? 0 : line.Length - line.TrimStart(mark).Length;
            if (open is null && run >= 3)
            {
                open = (mark, run);
                var info = line[run..].Trim();
                if (info == ChartBlock || info.StartsWith(ChartBlock + " ", StringComparison.Ordinal))
                    yield return info[ChartBlock.Length..].Trim();
            }
            else if (open is { } fence && mark == fence.Mark && run >= fence.Length && line[run..].Trim().Length == 0)
            {
                open = null;
            }
        }
    }
}
