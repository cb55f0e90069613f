using ReportBuilder.Layout;
using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Pagination;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>The measuring pass on its own: which items land on which page, nothing drawn.</summary>
internal static class Paginated
{
    public static List<Placed[]> Pages(PdfDocumentSpec spec)
    {
        using var shaper = new TextShaper(TestFonts.Set.Count, spec.Theme.Ligatures);
        var context = new LayoutContext(TestFonts.Set, shaper, spec, DocumentIndex.Build(spec.Blocks));
        var pages = new List<Placed[]>();
        new Paginator(spec.Page.BodyHeight, page => pages.Add([.. page.Items])).Run(new Composer(context).Compose(spec.Blocks, StructureNode.Measured()));
        return pages;
    }

    /// <summary>The items of a page without the spaces.</summary>
    public static Item[] Content(Placed[] page) => page.Select(p => p.Item).Where(i => !i.IsSpace).ToArray();
}
