using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Templates;
using ReportBuilder.Layout;
using LayoutBlock = ReportBuilder.Layout.Block;
using LayoutTable = ReportBuilder.Layout.Table;
using MarkdownList = Markdig.Syntax.ListBlock;
using MarkdownCell = Markdig.Extensions.Tables.TableCell;
using MarkdownRow = Markdig.Extensions.Tables.TableRow;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// Maps the briefing's Markdown tree onto the layout engine's blocks: headings (with their ids as anchors
/// and bookmarks), paragraphs, emphasis, links, lists, pipe tables, block quotes (the verbatim quotes),
/// thematic breaks, and what Markdown has no word for, as fenced blocks: <c>chart &lt;measure-id&gt;</c>,
/// <c>pagebreak</c> and <c>contents</c> (a table of contents; the week page has no use for either), and a
/// <c>::: note</c> container.
/// The structure roles follow the Markdown, whatever the template: the "#" title is the H1 and each
/// heading keeps its Markdown level (H2, H3, …) though the layout nests sections one level up; the
/// contents' title is an H2 beside the sections; a block quote is a BlockQuote; each paragraph of a note
/// container is a Note.
/// </summary>
internal sealed class MarkdownToLayout(Func<string, Chart?> chartFor, Uri pageAddress, string contentsTitle)
{
    private static readonly TextStyle QuoteStyle = new() { Italic = true };

    private static readonly ParagraphStyle TitleStyle = Theme.Default.Heading1 with
    {
        Text = Theme.Default.Heading1.Text with { Size = 22f },
        SpaceAfter = 10f,
    };

    public List<LayoutBlock> Map(MarkdownDocument document) => [.. document.SelectMany(MapBlock)];

    private IEnumerable<LayoutBlock> MapBlock(Markdig.Syntax.Block block) => block switch
    {
        // The one "#" heading is the briefing's title; its "##" sections are the PDF's top level, so that
        // the running header names the section a page is in, and the contents and bookmarks list sections.
        HeadingBlock { Level: 1 } title => [new Paragraph(Inlines(title.Inline)) { Style = TitleStyle, Role = StructureRole.H1 }],
        HeadingBlock h => [new Heading(Math.Min(h.Level - 1, 3), Inlines(h.Inline), h.GetAttributes().Id) { Role = HeadingRole(h.Level) }],
        ParagraphBlock p => [new Paragraph(Inlines(p.Inline))],
        MarkdownList list => [MapList(list)],
        MarkdownTable table => [MapTable(table)],
        QuoteBlock quote => [new Box([.. quote.SelectMany(MapBlock).Select(Quoted)]) { Role = StructureRole.BlockQuote }],
        ThematicBreakBlock => [new HorizontalRule()],
        FencedCodeBlock { Info: BriefingMarkdownSyntax.ChartBlock } fenced => MapChart(fenced),
        FencedCodeBlock { Info: BriefingMarkdownSyntax.PageBreakBlock } => [new PageBreak()],
        FencedCodeBlock { Info: BriefingMarkdownSyntax.ContentsBlock } => [new TableOfContents { Title = contentsTitle, TitleRole = StructureRole.H2 }],
        CustomContainer { Info: BriefingMarkdownSyntax.NoteBlock } note => note.SelectMany(MapBlock).Select(AsNote),
        CodeBlock code => [new Paragraph([new Run(code.Lines.ToString(), Styles.Sans)])],
        _ => [],
    };

    /// <summary>The structure role of a Markdown heading of this level: H2 to H6.</summary>
    private static StructureRole HeadingRole(int level) => StructureRole.H1 + Math.Clamp(level, 2, 6) - 1;

    private IEnumerable<LayoutBlock> MapChart(FencedCodeBlock fenced)
    {
        var measureId = fenced.Arguments?.Trim() ?? "";
        return chartFor(measureId) is { } chart ? [chart] : [];
    }

    private static LayoutBlock AsNote(LayoutBlock block) => block is Paragraph p ? p with { Role = StructureRole.Note } : block;

    private static LayoutBlock Quoted(LayoutBlock block) =>
        block is Paragraph p ? p with { Runs = [.. p.Runs.Select(r => r with { Style = QuoteStyle.With(r.Style) })] } : block;

    private Layout.ListBlock MapList(MarkdownList list)
    {
        var items = list.OfType<Markdig.Syntax.ListItemBlock>()
            .Select(item => new ListItem([.. item.SelectMany(MapBlock)]))
            .ToList();
        var start = int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
        return new Layout.ListBlock(items) { Numbered = list.IsOrdered, Start = start };
    }

    private LayoutTable MapTable(MarkdownTable table)
    {
        var columns = table.ColumnDefinitions
            .Take(table.OfType<MarkdownRow>().Max(r => r.Count))
            .Select(c => new TableColumn(c.Width > 0 ? c.Width : 1, Align(c.Alignment)))
            .ToList();
        Layout.TableRow Row(MarkdownRow row) => new([.. row.OfType<MarkdownCell>().Select(cell =>
            new Layout.TableCell([.. cell.OfType<ParagraphBlock>().SelectMany(p => Inlines(p.Inline))]))]);
        var rows = table.OfType<MarkdownRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        return new LayoutTable(columns, [.. rows.Where(r => !r.IsHeader).Select(Row)]) { Header = header is null ? null : Row(header) };
    }

    private static TextAlign Align(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => TextAlign.Center,
        TableColumnAlign.Right => TextAlign.Right,
        _ => TextAlign.Left,
    };

    private List<Run> Inlines(ContainerInline? container)
    {
        var runs = new List<Run>();
        if (container is not null)
            AppendInlines(runs, container, null, null);
        return runs;
    }

    private void AppendInlines(List<Run> runs, ContainerInline container, TextStyle? style, Link? link)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new Run(literal.Content.ToString(), style, link));
                    break;
                case CodeInline code:
                    runs.Add(new Run(code.Content, Styles.Sans.With(style), link));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new Run(lineBreak.IsHard ? "\n" : " ", style, link));
                    break;
                case EmphasisInline emphasis:
                    var emphasised = emphasis.DelimiterCount >= 2 ? Styles.Bold : Styles.Italic;
                    AppendInlines(runs, emphasis, (style ?? TextStyle.Default).With(emphasised), link);
                    break;
                case LinkInline { IsImage: false } anchor:
                    AppendInlines(runs, anchor, style, LinkTo(anchor.Url));
                    break;
                case AutolinkInline auto:
                    runs.Add(new Run(auto.Url, style, LinkTo(auto.Url)));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new Run(entity.Transcoded.ToString(), style, link));
                    break;
                case ContainerInline nested:
                    AppendInlines(runs, nested, style, link);
                    break;
            }
        }
    }

    /// <summary>
    /// "#anchor" stays inside the PDF. A link relative to the week's page (the same Markdown feeds the site)
    /// becomes an absolute link to the published site, at <paramref name="pageAddress"/>.
    /// </summary>
    private Link? LinkTo(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return null;
        if (url.StartsWith('#'))
            return url.Length > 1 ? Link.ToAnchor(url[1..]) : null;
        if (!Uri.TryCreate(pageAddress, url, out var absolute) || absolute.Scheme is not ("https" or "http" or "mailto"))
            return null;
        return Link.ToUrl(absolute.AbsoluteUri);
    }
}
