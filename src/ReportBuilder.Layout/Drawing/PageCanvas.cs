using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Pdf;

namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// Draws one page at a time into a PDF content stream: shaped text lines, rules, fills, paths, link
/// areas and named destinations. Callers speak points from the page's top left; the stream speaks
/// PDF's bottom-left coordinates. Every mark lands inside marked content: the structure element
/// being drawn (<see cref="BeginTag"/>), or else an artifact — decoration a reader need not hear.
/// </summary>
internal sealed partial class PageCanvas(DocumentWriter pdf)
{
    /// <summary>A quarter circle's control-point distance, as a fraction of the radius.</summary>
    private const float Kappa = 0.5522848f;

    private readonly ByteBuffer _content = new(64 * 1024);
    private readonly List<LinkArea> _links = [];
    private readonly List<StructureNode> _markedContent = [];
    private readonly List<StructureNode> _linksMade = [];
    private int _page;
    private float _width, _height;
    private Color? _fill, _stroke;
    private float _lineWidth;
    private byte _alpha;
    private StructureNode? _tag;
    private bool _artifact;

    /// <summary>Inside a running header, footer or repeated table header: nothing is tagged.</summary>
    private bool _untagged;

    /// <summary>Whether the element's marked content is open (it opens at the first mark, so none is empty), and whether inside a text object.</summary>
    private bool _open, _openInText, _inText;

    /// <summary>The Link elements made while drawing the page (for links inside text).</summary>
    public IReadOnlyList<StructureNode> LinksMade => _linksMade;

    /// <summary>The 1-based number of the page being drawn.</summary>
    public int PageNumber => pdf.PageCount;

    /// <summary>Starts a page of the given size, in points.</summary>
    public void Begin(float width, float height)
    {
        _page = pdf.BeginPage();
        (_width, _height) = (width, height);
        _content.Clear();
        _links.Clear();
        _markedContent.Clear();
        _linksMade.Clear();
        (_fill, _stroke, _lineWidth, _alpha, _tag, _artifact, _untagged, _open) = (null, null, 1f, 255, null, false, false, false);
        _content.Ascii("1 j\n");
    }

    /// <summary>Finishes the page and hands it to the writer.</summary>
    public void End()
    {
        EndArtifact();
        pdf.EndPage(_page, _width, _height, _content.Span, _links, _markedContent);
    }

    /// <summary>Draws <paramref name="draw"/> as content of <paramref name="element"/>, or as an artifact when there is none.</summary>
    public void Tagged(StructureNode? element, Action draw)
    {
        if (element is not null)
            BeginTag(element);
        draw();
        if (element is not null)
            EndTag();
    }

    /// <summary>Marks what follows, up to <see cref="EndTag"/>, as content of <paramref name="element"/>.</summary>
    public void BeginTag(StructureNode element)
    {
        if (_untagged)
            return;
        EndArtifact();
        (_tag, _open) = (element, false);
    }

    public void EndTag()
    {
        if (_untagged)
            return;
        CloseContent();
        _tag = null;
    }

    /// <summary>
    /// Marks what follows, up to <see cref="EndArtifact"/>, as a pagination artifact: a running header
    /// or footer (<paramref name="subtype"/> Header or Footer), or a table header repeated on a new page (null).
    /// </summary>
    public void BeginPagination(string? subtype)
    {
        EndArtifact();
        _content.Ascii("/Artifact <</Type /Pagination");
        if (subtype is not null)
            _content.Ascii(" /Subtype /").Ascii(subtype);
        _content.Ascii(">> BDC\n");
        (_artifact, _untagged) = (true, true);
    }

    /// <summary>Closes the artifact open, if any.</summary>
    public void EndArtifact()
    {
        if (!_artifact)
            return;
        _content.Ascii("EMC\n");
        (_artifact, _untagged) = (false, false);
    }

    public void FillRect(float left, float top, float right, float bottom, Color color)
    {
        if (!color.IsVisible || right <= left || bottom <= top)
            return;
        Marked();
        Fill(color);
        _content.Number(left).Space().Number(_height - bottom).Space().Number(right - left).Space().Number(bottom - top).Ascii(" re f\n");
    }

    public void Line(float x0, float y0, float x1, float y1, Color color, float width)
    {
        if (!color.IsVisible || width <= 0)
            return;
        Marked();
        Stroke(color, width);
        Point(x0, y0).Ascii(" m ");
        Point(x1, y1).Ascii(" l S\n");
    }

    public void FillCircle(float x, float y, float radius, Color color)
    {
        Marked();
        Fill(color);
        float k = radius * Kappa;
        Point(x + radius, y).Ascii(" m\n");
        Curve(x + radius, y - k, x + k, y - radius, x, y - radius);
        Curve(x - k, y - radius, x - radius, y - k, x - radius, y);
        Curve(x - radius, y + k, x - k, y + radius, x, y + radius);
        Curve(x + k, y + radius, x + radius, y + k, x + radius, y);
        _content.Ascii("f\n");
    }

    public void StrokePath(VectorPath path, Color color, float width)
    {
        Marked();
        Stroke(color, width);
        Path(path).Ascii("S\n");
    }

    public void FillPath(VectorPath path, Color color)
    {
        Marked();
        Fill(color);
        Path(path).Ascii("f\n");
    }

    /// <summary>A heading's named destination at (x, y).</summary>
    public void Destination(string anchor, float x, float y) => pdf.Destination(anchor, _page, x, _height - y);

    /// <summary>A clickable area; <paramref name="element"/> is its Link element when it is tagged.</summary>
    public void LinkArea(Link link, float left, float top, float right, float bottom, StructureNode? element) =>
        _links.Add(new LinkArea(link, left, _height - bottom, right, _height - top, element));

    /// <summary>Closes the element's marked content, if open.</summary>
    private void CloseContent()
    {
        if (!_open)
            return;
        _content.Ascii("EMC\n");
        _open = false;
    }

    /// <summary>Opens marked content <paramref name="element"/> with the page's next marked-content id.</summary>
    private void OpenContent(StructureNode element)
    {
        int mcid = _markedContent.Count;
        _markedContent.Add(element);
        element.AddContent(_page, mcid);
        _content.Ascii("/").Ascii(element.Role).Ascii(" <</MCID ").Integer(mcid).Ascii(">> BDC\n");
    }

    /// <summary>
    /// Before a mark: inside an element, opens its marked content (or its open link's) if not open;
    /// outside any, begins an artifact (rules, fills, borders), which lasts until the next element.
    /// </summary>
    private void Marked()
    {
        if (_tag is not null)
        {
            if (_open)
                return;
            OpenContent(_linkElement ?? _tag);
            (_open, _openInText) = (true, _inText);
            return;
        }
        if (_artifact)
            return;
        _content.Ascii("/Artifact BMC\n");
        _artifact = true;
    }

    private ByteBuffer Path(VectorPath path)
    {
        var points = path.Points;
        for (int i = 0; i < points.Count; i++)
            Point(points[i].X, points[i].Y).Ascii(i == 0 ? " m\n" : " l\n");
        return path.Closed ? _content.Ascii("h\n") : _content;
    }

    private ByteBuffer Point(float x, float y) => _content.Number(x).Space().Number(_height - y);

    private void Curve(float x1, float y1, float x2, float y2, float x3, float y3)
    {
        Point(x1, y1).Space();
        Point(x2, y2).Space();
        Point(x3, y3).Ascii(" c\n");
    }

    private void Fill(Color color)
    {
        Opacity(color.A);
        if (_fill is { } current && current.R == color.R && current.G == color.G && current.B == color.B)
            return;
        _fill = color;
        Rgb(color).Ascii(" rg\n");
    }

    private void Stroke(Color color, float width)
    {
        Opacity(color.A);
        if (_lineWidth != width)
        {
            _lineWidth = width;
            _content.Number(width).Ascii(" w\n");
        }
        if (_stroke is { } current && current.R == color.R && current.G == color.G && current.B == color.B)
            return;
        _stroke = color;
        Rgb(color).Ascii(" RG\n");
    }

    private void Opacity(byte alpha)
    {
        if (alpha == _alpha)
            return;
        _alpha = alpha;
        _content.Ascii(pdf.Opacity(alpha)).Ascii(" gs\n");
    }

    private ByteBuffer Rgb(Color color) =>
        _content.Number(color.R / 255.0).Space().Number(color.G / 255.0).Space().Number(color.B / 255.0);
}
