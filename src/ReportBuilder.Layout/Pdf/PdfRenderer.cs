using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Pagination;
using ReportBuilder.Layout.Pdf;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout;

/// <summary>Renders a <see cref="PdfDocumentSpec"/> to PDF.</summary>
public static class PdfRenderer
{
    /// <summary>
    /// Lays the document out twice — first only measuring, to learn the page count and the page
    /// of every heading, then drawing each page straight into the stream — and appends the
    /// document information and the bookmarks as an incremental update. The stream is read back to find Skia's catalog; a stream that cannot seek and
    /// read is written through a memory buffer instead.
    /// </summary>
    public static RenderResult Render(PdfDocumentSpec spec, FontSet fonts, Stream output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(output);
        var index = DocumentIndex.Build(spec.Blocks);
        using var shaper = new TextShaper(fonts.Count, spec.Theme.Ligatures);
        var context = new LayoutContext(fonts, shaper, spec, index);

        var headings = new List<HeadingPlacement>();
        var pageOfAnchor = new Dictionary<string, int>(StringComparer.Ordinal);
        int pageCount = Paginate(spec, context, page =>
        {
            foreach (var (item, _) in page.Items)
            {
                if (item.Heading is { } h)
                {
                    headings.Add(new HeadingPlacement(h.Level, h.Title, h.Anchor, page.Number));
                    pageOfAnchor[h.Anchor] = page.Number;
                }
            }
        });
        context.PageOfAnchor = pageOfAnchor;

        var target = output.CanSeek && output.CanRead ? output : new MemoryStream();
        long start = target.Position;
        IReadOnlyList<OutlineEntry> outline;
        using (var draw = new DrawPass(spec, context, pageCount, target))
        {
            int drawn = Paginate(spec, context, draw.OnPage);
            if (drawn != pageCount)
                throw new InvalidOperationException($"The drawing pass made {drawn} pages where measuring made {pageCount}.");
            draw.Close();
            outline = draw.Outline;
        }
        var update = new IncrementalUpdate(PdfTail.Read(target, start), start);
        string info = DocumentInformation.Write(update, spec.Metadata);
        OutlineWriter.Write(update, outline);
        update.WriteTo(target, info);
        if (target != output)
        {
            target.Position = 0;
            target.CopyTo(output);
        }
        return new RenderResult(pageCount, headings, new ShapingStatistics(shaper.Hits, shaper.Misses), shaper.Missing);
    }

    private static int Paginate(PdfDocumentSpec spec, LayoutContext context, Action<Page> sink) =>
        new Paginator(spec.Page.BodyHeight, sink).Run(new Composer(context).Compose(spec.Blocks));
}
