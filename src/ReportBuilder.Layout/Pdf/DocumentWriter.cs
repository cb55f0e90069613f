using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Pdf;

/// <summary>A link area on a page, in PDF coordinates (origin bottom left), with its Link element when tagged.</summary>
internal readonly record struct LinkArea(Link Link, float Left, float Bottom, float Right, float Top, StructureNode? Element);

/// <summary>
/// The document being written: each page as it is finished (content, link annotations, the page
/// object), and at the end what refers to all pages — fonts, shared resources, the page tree,
/// named destinations, the outline, the structure tree, metadata and the catalog. Between pages it
/// keeps only object numbers, destinations, the fonts' glyph sets, the structure tree's open elements
/// and a reference a page and an annotation for the parent tree.
/// </summary>
internal sealed class DocumentWriter
{
    private readonly PdfWriter _writer;
    private readonly DocumentIndex _index;
    private readonly int _pageTree, _resources;
    private readonly List<int> _pages = [];
    private readonly EmbeddedFont?[] _fonts;
    private readonly SortedSet<byte> _alphas = [];
    private readonly List<(string Id, int Page, float X, float Y)> _destinations = [];
    private readonly ParentTree _parentTree;
    private readonly StructureTreeWriter _structure;
    private readonly ByteBuffer _text = new();
    private readonly ByteBuffer _annotation = new(256);

    public DocumentWriter(Stream output, DocumentIndex index, int faceCount)
    {
        _writer = new PdfWriter(output);
        _index = index;
        _fonts = new EmbeddedFont?[faceCount];
        _pageTree = _writer.Allocate();
        _resources = _writer.Allocate();
        _structure = new StructureTreeWriter(_writer);
        _parentTree = new ParentTree(_writer);
    }

    /// <summary>Where the structure tree's elements are written as they complete.</summary>
    public IStructureSink Structure => _structure;

    public int PageCount => _pages.Count;

    /// <summary>Starts a page: its object number, given now so content and annotations can name it.</summary>
    public int BeginPage()
    {
        int page = _writer.Allocate();
        _pages.Add(page);
        return page;
    }

    public EmbeddedFont Font(FontFace face) => _fonts[face.Id] ??= new EmbeddedFont(face);

    /// <summary>The name of the graphics state that sets fill and stroke opacity to <paramref name="alpha"/>/255.</summary>
    public string Opacity(byte alpha)
    {
        _alphas.Add(alpha);
        return OpacityName(alpha);
    }

    private static string OpacityName(byte alpha) => "/A" + alpha.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A heading's named destination at (x, y) on the page, if the heading is known.</summary>
    public void Destination(string anchor, int page, float x, float y)
    {
        if (_index.Destination(anchor) is { } id)
            _destinations.Add((id, page, x, y));
    }

    /// <summary>Writes the page's content stream, its link annotations and the page object.</summary>
    public void EndPage(int page, float width, float height, ReadOnlySpan<byte> content, IReadOnlyList<LinkArea> links,
        IReadOnlyList<StructureNode> markedContent)
    {
        int contents = _writer.Allocate();
        _writer.Stream(contents, "", content);
        var annotations = new List<int>();
        foreach (var link in links)
        {
            if (WriteAnnotation(page, link) is { } number)
                annotations.Add(number);
        }
        _text.Clear();
        _text.Ascii("<</Type /Page /Parent ").Integer(_pageTree).Ascii(" 0 R /MediaBox [0 0 ").Number(width).Space().Number(height)
            .Ascii("] /Resources ").Integer(_resources).Ascii(" 0 R /Contents ").Integer(contents).Ascii(" 0 R /Tabs /S");
        if (markedContent.Count > 0)
            _text.Ascii(" /StructParents ").Integer(_parentTree.AddPage(markedContent.Select(e => e.Number)));
        if (annotations.Count > 0)
        {
            _text.Ascii(" /Annots [");
            foreach (int a in annotations)
                _text.Integer(a).Ascii(" 0 R ");
            _text.Ascii("]");
        }
        _writer.Object(page, _text.Ascii(">>"));
    }

    private int? WriteAnnotation(int page, LinkArea link)
    {
        string? dest = link.Link.IsInternal ? _index.Destination(link.Link.Target) : null;
        if (link.Link.IsInternal && dest is null)
            return null;
        int number = _writer.Allocate();
        _annotation.Clear();
        var text = _annotation.Ascii("<</Type /Annot /Subtype /Link /Rect [").Number(link.Left).Space().Number(link.Bottom).Space()
            .Number(link.Right).Space().Number(link.Top).Ascii("] /Border [0 0 0] /F 4 /P ").Integer(page).Ascii(" 0 R");
        // The annotation's description, which PDF/UA asks for: where the link goes.
        PdfSyntax.Text(text.Ascii(" /Contents "), link.Link.IsInternal ? "Go to " + _index.HeadingTitle(link.Link.Target) : link.Link.Target);
        if (dest is not null)
            text.Ascii(" /Dest /").Ascii(dest);
        else
            PdfSyntax.Text(text.Ascii(" /A <</S /URI /URI "), link.Link.Target).Ascii(">>");
        if (link.Element is { } element)
        {
            element.AddAnnotation(page, number);
            text.Ascii(" /StructParent ").Integer(_parentTree.AddAnnotation(element.Number));
        }
        _writer.Object(number, text.Ascii(">>"));
        return number;
    }

    /// <summary>Writes everything that refers to all pages, then the cross-reference table and trailer.</summary>
    public void Close(DocumentMetadata metadata, StructureNode structure, IReadOnlyList<OutlineEntry> outline)
    {
        WriteResources();
        _text.Clear();
        _text.Ascii("<</Type /Pages /Kids [");
        foreach (int page in _pages)
            _text.Integer(page).Ascii(" 0 R ");
        _writer.Object(_pageTree, _text.Ascii("] /Count ").Integer(_pages.Count).Ascii(">>"));

        int catalog = _writer.Allocate();
        var entries = new ByteBuffer().Ascii("<</Type /Catalog /Pages ").Integer(_pageTree).Ascii(" 0 R");
        if (_destinations.Count > 0)
        {
            int dests = _writer.Allocate();
            var d = new ByteBuffer().Ascii("<<");
            foreach (var (id, page, x, y) in _destinations.OrderBy(d => d.Id, StringComparer.Ordinal))
                d.Ascii("/").Ascii(id).Ascii(" [").Integer(page).Ascii(" 0 R /XYZ ").Number(x).Space().Number(y).Ascii(" 0]\n");
            _writer.Object(dests, d.Ascii(">>"));
            entries.Ascii(" /Dests ").Integer(dests).Ascii(" 0 R");
        }
        if (OutlineWriter.Write(_writer, outline, id => _index.Destination(id)) is { } outlines)
            entries.Ascii(" /Outlines ").Integer(outlines).Ascii(" 0 R /PageMode /UseOutlines");
        int tree = _structure.Close(structure, _parentTree);
        entries.Ascii(" /StructTreeRoot ").Integer(tree).Ascii(" 0 R /MarkInfo <</Marked true>>");
        if (metadata.Language.Length > 0)
            PdfSyntax.Text(entries.Ascii(" /Lang "), metadata.Language);
        int xmp = _writer.Allocate();
        _writer.Stream(xmp, "/Type /Metadata /Subtype /XML ", System.Text.Encoding.UTF8.GetBytes(XmpMetadata.Create(metadata)), compress: false);
        entries.Ascii(" /Metadata ").Integer(xmp).Ascii(" 0 R /ViewerPreferences <</DisplayDocTitle true>>>>");
        _writer.Object(catalog, entries);
        int info = DocumentInformation.Write(_writer, metadata);
        _writer.Finish(catalog, info);
    }

    /// <summary>The one resource dictionary every page shares: the fonts used, by face, and the opacity states.</summary>
    private void WriteResources()
    {
        var numbers = new int[_fonts.Length];
        var resources = new ByteBuffer().Ascii("<</Font <<");
        foreach (var font in _fonts)
        {
            if (font is null)
                continue;
            numbers[font.Face.Id] = _writer.Allocate();
            resources.Ascii("/F").Integer(font.Face.Id).Space().Integer(numbers[font.Face.Id]).Ascii(" 0 R ");
        }
        resources.Ascii(">> /ExtGState <<");
        foreach (byte alpha in _alphas)
        {
            resources.Ascii(OpacityName(alpha)).Ascii(" <</ca ").Number(alpha / 255.0).Ascii(" /CA ").Number(alpha / 255.0).Ascii(">> ");
        }
        _writer.Object(_resources, resources.Ascii(">>>>"));
        foreach (var font in _fonts)
            font?.Write(_writer, numbers[font.Face.Id]);
    }
}
