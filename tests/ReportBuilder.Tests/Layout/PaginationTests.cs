using ReportBuilder.Layout;
using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Pagination;
using ReportBuilder.Layout.Text;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

public sealed class PaginationTests
{
    [Fact]
    public void A_heading_never_ends_a_page()
    {
        var pages = Paginated.Pages(ManySections(seed: 3));
        var headingLayouts = HeadingLayouts(pages);

        Assert.True(pages.Count > 5);
        foreach (var page in pages.SkipLast(1))
        {
            var last = Paginated.Content(page)[^1];
            Assert.False(last is LineItem line && headingLayouts.Contains(line.Layout), "a page ends with a heading line");
        }
    }

    [Fact]
    public void A_heading_starts_the_page_when_its_first_lines_do_not_fit_under_it()
    {
        var pages = Paginated.Pages(ManySections(seed: 11));
        var headingLayouts = HeadingLayouts(pages);

        // Every heading shares its page with at least two lines of what follows it.
        foreach (var page in pages)
        {
            var content = Paginated.Content(page);
            for (int i = 0; i < content.Length; i++)
            {
                if (content[i] is LineItem { Heading: not null } heading && headingLayouts.Contains(heading.Layout))
                    Assert.True(content.Skip(i + 1).Count(item => item is LineItem line && !headingLayouts.Contains(line.Layout)) >= 2);
            }
        }
    }

    [Fact]
    public void Paragraphs_leave_no_widows_or_orphans()
    {
        var pages = Paginated.Pages(ManySections(seed: 5));
        var linesByPage = new Dictionary<InlineLayout, List<int>>(ReferenceEqualityComparer.Instance);
        for (int p = 0; p < pages.Count; p++)
        {
            foreach (var line in Paginated.Content(pages[p]).OfType<LineItem>())
            {
                if (!linesByPage.TryGetValue(line.Layout, out var list))
                    linesByPage[line.Layout] = list = [];
                list.Add(p);
            }
        }

        int split = 0;
        foreach (var (layout, onPages) in linesByPage)
        {
            var perPage = onPages.GroupBy(p => p).Select(g => g.Count()).ToArray();
            if (layout.Lines.Length < 4)
            {
                Assert.Single(perPage);
                continue;
            }
            if (perPage.Length > 1)
                split++;
            Assert.All(perPage, count => Assert.True(count >= 2, $"{count} line(s) of a {layout.Lines.Length}-line paragraph alone on a page"));
        }
        Assert.True(split > 3, "the test document should split some paragraphs across pages");
    }

    [Fact]
    public void Lines_fill_the_body_and_never_pass_its_bottom()
    {
        var spec = ManySections(seed: 8);
        foreach (var page in Paginated.Pages(spec))
        {
            var last = page[^1];
            Assert.True(last.Y + last.Item.Height <= spec.Page.BodyHeight + 0.01f);
        }
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_no_page_is_empty()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new Paragraph([new Run("Before the break.")]));
        spec.Blocks.Add(new PageBreak());
        spec.Blocks.Add(new PageBreak());
        spec.Blocks.Add(new Paragraph([new Run("After the break.")]));

        var pages = Paginated.Pages(spec);

        Assert.Equal(2, pages.Count);
        Assert.Equal("After the break.", ((LineItem)Paginated.Content(pages[1])[0]).Layout.LineText(0));
    }

    [Fact]
    public void A_box_that_splits_closes_on_its_last_page_only()
    {
        var words = new Words(9);
        var spec = Documents.New();
        spec.Blocks.Add(new Box(Enumerable.Range(0, 14).Select(_ => (Block)words.Paragraph(90)).ToList()));

        var pages = Paginated.Pages(spec);
        var edges = pages.Select(p => Paginated.Content(p).OfType<FrameEdgeItem>().ToArray()).ToArray();

        Assert.True(pages.Count >= 2);
        Assert.True(edges[0].Single().IsTop);
        Assert.False(edges[^1].Single().IsTop);
        Assert.All(edges[1..^1], e => Assert.Empty(e));
    }

    [Fact]
    public void A_box_never_leaves_its_bottom_edge_alone_on_a_page()
    {
        var words = new Words(21);
        var spec = Documents.New();
        // Quote-sized boxes of every length, so that box ends land at every height of the page.
        for (int b = 0; b < 120; b++)
            spec.Blocks.Add(new Box([words.Paragraph(words.Next(6, 60))]));

        var pages = Paginated.Pages(spec);

        Assert.True(pages.Count > 5);
        Assert.All(pages, page => Assert.False(Paginated.Content(page)[0] is FrameEdgeItem { IsTop: false }, "a page starts with a box's bottom edge"));
    }

    private static HashSet<InlineLayout> HeadingLayouts(List<Placed[]> pages) =>
        pages.SelectMany(Paginated.Content).OfType<LineItem>().Where(l => l.Heading is not null)
            .Select(l => l.Layout).ToHashSet();

    /// <summary>Many short sections: headings land at every height of the page.</summary>
    private static PdfDocumentSpec ManySections(int seed)
    {
        var words = new Words(seed);
        var spec = Documents.New();
        for (int s = 0; s < 60; s++)
        {
            spec.Blocks.Add(new Heading(words.Next(1, 4), [new Run(words.Sentence(words.Next(2, 14)))]));
            for (int p = words.Next(1, 4); p > 0; p--)
                spec.Blocks.Add(words.Paragraph(words.Next(8, 140)));
        }
        return spec;
    }
}
