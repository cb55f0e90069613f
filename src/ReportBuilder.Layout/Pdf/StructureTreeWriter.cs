using ReportBuilder.Layout.Composition;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Writes the structure tree as it completes: each element when it is done (role, parent, page,
/// children in reading order, Alt and attributes), then at the end the document element, the
/// structure tree root and the parent tree that maps page content back to elements. An element's
/// /Pg is the page of its first content; children on other pages name theirs. A Note gets an
/// identifier made from its object number (<c>note-12</c>), unique in the file as PDF/UA asks, and the
/// root's ID tree maps each back to its note: only the notes' numbers are kept until the end.
/// </summary>
internal sealed class StructureTreeWriter(PdfWriter writer) : IStructureSink
{
    private readonly ByteBuffer _text = new(1024);
    private readonly int _root = writer.Allocate();
    private readonly List<int> _notes = [];

    private const string NoteRole = nameof(StructureRole.Note);

    public int Allocate() => writer.Allocate();

    public void Write(StructureNode element) => Write(element, element.Parent!.Number);

    /// <summary>Writes the document element, the root and the parent tree; returns the root's number.</summary>
    public int Close(StructureNode document, ParentTree parents)
    {
        if (!document.ChildrenWritten)
            throw new InvalidOperationException("The structure tree has elements that never completed.");
        Write(document, _root);
        int parentTree = writer.Allocate();
        writer.Object(parentTree, "<</Nums " + parents.Nums() + ">>");
        _text.Clear();
        _text.Ascii("<</Type /StructTreeRoot /K [").Integer(document.Number).Ascii(" 0 R] /ParentTree ")
            .Integer(parentTree).Ascii(" 0 R /ParentTreeNextKey ").Integer(parents.Count);
        if (_notes.Count > 0)
            _text.Ascii(" /IDTree ").Integer(WriteIdTree()).Ascii(" 0 R");
        writer.Object(_root, _text.Ascii(">>"));
        return _root;
    }

    /// <summary>The name tree of the notes' identifiers, as one leaf with its names in byte order.</summary>
    private int WriteIdTree()
    {
        var names = new ByteBuffer(_notes.Count * 16).Ascii("<</Names [");
        foreach (int note in _notes.OrderBy(NoteId, StringComparer.Ordinal))
            PdfSyntax.Text(names, NoteId(note)).Space().Integer(note).Ascii(" 0 R ");
        int tree = writer.Allocate();
        writer.Object(tree, names.Ascii("]>>"));
        return tree;
    }

    private static string NoteId(int number) => "note-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Write(StructureNode node, int parent)
    {
        var kids = node.Kids;
        // The page of the first content or annotation, 0 for none.
        int page = 0;
        for (int i = 0; i < kids.Count; i++)
        {
            if (kids[i].Kind != KidKind.Element)
            {
                page = kids[i].Page;
                break;
            }
        }
        _text.Clear();
        _text.Ascii("<</Type /StructElem /S /").Ascii(node.Role).Ascii(" /P ").Integer(parent).Ascii(" 0 R");
        if (page != 0)
            _text.Ascii(" /Pg ").Integer(page).Ascii(" 0 R");
        if (node.Role == NoteRole)
        {
            _notes.Add(node.Number);
            PdfSyntax.Text(_text.Ascii(" /ID "), NoteId(node.Number));
        }
        if (node.Alt is { } alt)
            PdfSyntax.Text(_text.Ascii(" /Alt "), alt);
        if (node.Scope is { } scope)
            _text.Ascii(" /A <</O /Table /Scope /").Ascii(scope).Ascii(">>");
        _text.Ascii(" /K [");
        for (int i = 0; i < kids.Count; i++)
        {
            var kid = kids[i];
            switch (kid.Kind)
            {
                case KidKind.Element:
                    _text.Integer(kid.Value).Ascii(" 0 R ");
                    break;
                case KidKind.Annotation:
                    _text.Ascii("<</Type /OBJR /Pg ").Integer(kid.Page).Ascii(" 0 R /Obj ").Integer(kid.Value).Ascii(" 0 R>> ");
                    break;
                case KidKind.Content when kid.Page == page:
                    _text.Integer(kid.Value).Space();
                    break;
                default:
                    _text.Ascii("<</Type /MCR /Pg ").Integer(kid.Page).Ascii(" 0 R /MCID ").Integer(kid.Value).Ascii(">> ");
                    break;
            }
        }
        writer.Object(node.Number, _text.Ascii("]>>"));
    }
}
