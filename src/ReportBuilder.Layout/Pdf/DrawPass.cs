using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Pagination;
using SkiaSharp;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The second pass: draws each page as the paginator completes it and hands it to Skia's PDF
/// writer, which writes it to the stream right away, so no page is kept.
/// </summary>
internal sealed class DrawPass : IDisposable
{
    private readonly PdfDocumentSpec _spec;
    private readonly int _pageCount;
    private readonly SKDocument _document;
    private readonly PageCanvas _canvas = new();
    private readonly RunningPainter _running;
    private readonly SectionTracker _sections = new();
    private readonly List<OutlineEntry> _outline = [];

    public DrawPass(PdfDocumentSpec spec, LayoutContext context, int pageCount, Stream output)
    {
        _spec = spec;
        _pageCount = pageCount;
        _running = new RunningPainter(context, spec);
        _document = SKDocument.CreatePdf(output, Metadata(spec.Metadata))
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
    }

    public IReadOnlyList<OutlineEntry> Outline => _outline;

    public void OnPage(Page page)
    {
        var setup = _spec.Page;
        float left = setup.Margins.Left, top = setup.Margins.Top;
        _canvas.Begin(_document.BeginPage(setup.PageWidth, setup.PageHeight));
        FramePainter.Draw(_canvas, page, left, top);
        foreach (var (item, y) in page.Items)
        {
            item.Draw(_canvas, left + item.X, top + y);
            if (item.Heading is { } heading)
            {
                _canvas.Destination(heading.Anchor, left + item.X, top + y);
                _outline.Add(new OutlineEntry(heading.Level, heading.Title, heading.Anchor));
            }
        }
        var context = new PageContext(page.Number, _pageCount, _spec.Metadata.Title, _sections.Next(page));
        _running.Draw(_canvas, context);
        _document.EndPage();
    }

    public void Close() => _document.Close();

    public void Dispose()
    {
        _canvas.Dispose();
        _document.Dispose();
    }

    /// <summary>
    /// No dates: SkiaSharp would write them with the machine's UTC offset, so they are written
    /// after Skia's file instead (<see cref="DocumentInformation"/>); without them Skia writes
    /// none and never reads the clock. PDF/A is off because it adds a document ID and XMP derived
    /// from the clock.
    /// </summary>
    private static SKDocumentPdfMetadata Metadata(DocumentMetadata metadata) => new()
    {
        Title = metadata.Title,
        Author = metadata.Author,
        Subject = metadata.Subject,
        Keywords = metadata.Keywords,
        Creator = metadata.Creator,
        Producer = metadata.Producer,
        PdfA = false,
        RasterDpi = SKDocument.DefaultRasterDpi,
        EncodingQuality = 101,
    };
}
