using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Pagination;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout;

/// <summary>Renders a <see cref="PdfDocumentSpec"/> to PDF.</summary>
public static class PdfRenderer
{
    /// <summary>
    /// Lays the document out twice — first only measuring, to learn the page count and the page
    /// of every heading, then drawing each page straight into the stream — and appends the
    /// document-wide objects (fonts, outline, structure tree, metadata) at the end. The stream is only
    /// written, front to back.
    /// </summary>
    public static RenderResult Render(PdfDocumentSpec spec, FontSet fonts, Stream output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(output);
        var index = DocumentIndex.Build(spec.Blocks);
        using var shaper = new TextShaper(fonts.Count, spec.Theme.Ligatures);
        var measuring = new LayoutContext(fonts, shaper, spec, index);

        var headings = new List<HeadingPlacement>();
        var pageOfAnchor = new Dictionary<string, int>(StringComparer.Ordinal);
        int pageCount = Paginate(spec, measuring, structure: StructureNode.Measured(), sink: page =>
        {
            foreach (var (item, _, _) in page.Items)
            {
                if (item.Heading is { } h)
                {
                    headings.Add(new HeadingPlacement(h.Level, h.Title, h.Anchor, page.Number));
                    pageOfAnchor[h.Anchor] = page.Number;
                }
            }
        });

        // The drawing pass gets the measured pages by constructor; the shaper and its cache carry over.
        var context = new LayoutContext(fonts, shaper, spec, index, pageOfAnchor);
        var draw = new DrawPass(spec, context, pageCount, output);
        var structure = StructureNode.Document(draw.Structure);
        int drawn = Paginate(spec, context, structure, draw.OnPage, (page, item) =>
            context.Overflows.Add(new LayoutOverflow(page, item.Describe(), "taller than the page: it runs past the bottom margin")));
        if (drawn != pageCount)
            throw new InvalidOperationException($"The drawing pass made {drawn} pages where measuring made {pageCount}.");
        draw.Close(structure);
        return new RenderResult(pageCount, headings, new ShapingStatistics(shaper.Hits, shaper.Misses), shaper.Missing)
        {
            Overflows = context.Overflows,
        };
    }

    /// <summary>Composes the blocks, under <paramref name="structure"/>, and fills pages with them.</summary>
    private static int Paginate(PdfDocumentSpec spec, LayoutContext context, StructureNode structure, Action<Page> sink,
        Action<int, Item>? tooTall = null) =>
        new Paginator(spec.Page.BodyHeight, sink, tooTall).Run(new Composer(context).Compose(spec.Blocks, structure));
}
