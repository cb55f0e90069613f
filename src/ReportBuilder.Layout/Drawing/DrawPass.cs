using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Pagination;
using ReportBuilder.Layout.Pdf;

namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// The second pass: draws each page as the paginator completes it and writes it to the PDF right
/// away, so no page is kept. Box frames, rules and the running header and footer are artifacts;
/// each item's content is marked as its structure element's; a repeated table header is an artifact.
/// </summary>
internal sealed class DrawPass
{
    private readonly PdfDocumentSpec _spec;
    private readonly int _pageCount;
    private readonly DocumentWriter _document;
    private readonly PageCanvas _canvas;
    private readonly RunningPainter _running;
    private readonly ItemPainter _items;
    private readonly SectionTracker _sections = new();
    private readonly List<OutlineEntry> _outline = [];
    private readonly List<StructureNode> _drawn = [];

    public DrawPass(PdfDocumentSpec spec, LayoutContext context, int pageCount, Stream output)
    {
        _spec = spec;
        _pageCount = pageCount;
        _running = new RunningPainter(context, spec);
        _items = new ItemPainter(context);
        _document = new DocumentWriter(output, context.Index, context.Fonts.Count);
        _canvas = new PageCanvas(_document);
    }

    public int PageCount => _document.PageCount;

    /// <summary>Where the structure tree's elements are written as they complete.</summary>
    public IStructureSink Structure => _document.Structure;

    public void OnPage(Page page)
    {
        var setup = _spec.Page;
        float left = setup.Margins.Left, top = setup.Margins.Top;
        _canvas.Begin(setup.PageWidth, setup.PageHeight);
        var context = new PageContext(page.Number, _pageCount, _spec.Metadata.Title, _sections.Next(page));
        _running.Draw(_canvas, context);
        FramePainter.Draw(_canvas, page, left, top);
        _drawn.Clear();
        foreach (var (item, y, repeated) in page.Items)
        {
            if (!repeated)
                item.AddElements(_drawn);
            if (repeated)
                _canvas.BeginPagination(null);
            _items.Draw(_canvas, item, left + item.X, top + y);
            if (repeated)
                _canvas.EndArtifact();
            if (item.Heading is { } heading && !repeated)
            {
                _canvas.Destination(heading.Anchor, left + item.X, top + y);
                _outline.Add(new OutlineEntry(heading.Level, heading.Title, heading.Anchor));
            }
        }
        _canvas.End();
        // Now that the page and its annotations are written, the elements drawn on it may be complete.
        foreach (var element in _drawn.Concat(_canvas.LinksMade))
            element.ItemDrawn();
    }

    /// <summary>Writes what refers to every page, with the structure tree whose root is <paramref name="structure"/>.</summary>
    public void Close(StructureNode structure) => _document.Close(_spec.Metadata, structure, _outline);
}
