
namespace ReportBuilder.Layout.Composition;

/// <summary>
/// Where a block is set: its left edge and width inside the body, the box around it, the structure
/// element its blocks' elements go into, how deep in lists it is, and the paragraph style that
/// replaces the body style there (inside list items).
/// </summary>
internal readonly record struct Region(float X, float Width, BoxFrame? Frame, StructureNode Parent, int ListDepth = 0, ParagraphStyle? Paragraph = null);

/// <summary>
/// Turns blocks into the flow of items the paginator fills pages with, lazily, so only the
/// blocks near the page being filled are ever laid out at once. Each block also becomes an element
/// of the structure tree, in order, and its items carry that element.
/// </summary>
internal sealed partial class Composer(LayoutContext context)
{
    private Theme Theme => context.Theme;

    /// <summary>The items of <paramref name="blocks"/>; each element is told when its block is done (items count themselves as they are made).</summary>
    public IEnumerable<Item> Compose(IEnumerable<Block> blocks, StructureNode document)
    {
        foreach (var item in SpaceCollapser.Collapse(Blocks(blocks, new Region(0, context.Page.BodyWidth, null, document))))
            yield return item;
        document.Composed();
    }

    private IEnumerable<Item> Blocks(IEnumerable<Block> blocks, Region region)
    {
        foreach (var block in blocks)
        {
            int firstElement = region.Parent.KidCount;
            var items = block switch
            {
                Paragraph p => Paragraph(p.Runs, p.Style ?? region.Paragraph ?? Theme.Body, region, Role(p.Role, "P")),
                Heading h => Heading(h, region),
                ListBlock l => List(l, region),
                Table t => Table(t, region),
                Box b => Box(b, region),
                Chart c => Chart(c, region),
                TableOfContents toc => Contents(toc, region),
                HorizontalRule r => Rule(r.Style ?? Theme.Rule, region),
                PageBreak => [new PageBreakItem()],
                _ => throw new NotSupportedException($"Block type {block.GetType().Name} is not supported."),
            };
            foreach (var item in items)
                yield return item;
            region.Parent.ChildrenComposedFrom(firstElement);
        }
    }

    /// <summary>The role a mapping gave a block, or its natural one.</summary>
    private static string Role(StructureRole role, string natural) => role == StructureRole.Natural ? natural : role.ToString();

    private IEnumerable<Item> Paragraph(IReadOnlyList<Run> runs, ParagraphStyle style, Region region, string role)
    {
        var element = region.Parent.Add(role);
        var layout = context.Layout(runs, style.Text, region.Width, style.Align, style.LineHeight, style.FirstLineIndent);
        yield return new SpaceItem(style.SpaceBefore, region.Frame);
        int n = layout.Lines.Length;
        int min = Math.Max(1, Theme.MinLinesAtPageBreak);
        for (int i = 0; i < n; i++)
        {
            // Widows and orphans: keep the first and last `min` lines together; short paragraphs whole.
            bool keep = n < 2 * min ? i < n - 1 : i < min - 1 || (i >= n - min && i < n - 1);
            yield return new LineItem(layout, i) { X = region.X, Width = region.Width, Frame = region.Frame, KeepWithNext = keep, Tag = element };
        }
        yield return new SpaceItem(style.SpaceAfter, region.Frame);
    }

    private IEnumerable<Item> Heading(Heading heading, Region region)
    {
        var style = Theme.HeadingStyle(heading.Level);
        var entry = context.Index[heading];
        var element = region.Parent.Add(Role(heading.Role, "H" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var layout = context.Layout(heading.Runs, style.Text, region.Width, style.Align, style.LineHeight);
        yield return new SpaceItem(style.SpaceBefore, region.Frame);
        for (int i = 0; i < layout.Lines.Length; i++)
        {
            // A heading is kept with what follows it, so it never ends a page.
            yield return new LineItem(layout, i)
            {
                X = region.X, Width = region.Width, Frame = region.Frame, KeepWithNext = true, Heading = i == 0 ? entry : null, Tag = element,
            };
        }
        yield return new SpaceItem(style.SpaceAfter, region.Frame);
    }

    private IEnumerable<Item> Rule(RuleStyle style, Region region)
    {
        yield return new SpaceItem(style.SpaceBefore, region.Frame);
        yield return new RuleItem(style, region.X, region.Width, region.Frame);
        yield return new SpaceItem(style.SpaceAfter, region.Frame);
    }

    private IEnumerable<Item> Chart(Chart chart, Region region)
    {
        var style = chart.Style ?? Theme.Chart;
        yield return new SpaceItem(style.SpaceBefore, region.Frame);
        // A chart cannot split; one taller than the page is drawn at the page's height, which the drawing pass reports.
        float height = Math.Min(chart.Height, context.Page.BodyHeight);
        var figure = region.Parent.Add("Figure", alt: ChartDescription.Of(chart));
        yield return new ChartItem(chart, style) { Height = height, X = region.X, Width = region.Width, Frame = region.Frame, Tag = figure };
        yield return new SpaceItem(style.SpaceAfter, region.Frame);
    }
}
