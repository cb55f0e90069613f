using ReportBuilder.Layout.Composition;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Writes the structure tree: the root, one object per element (role, parent, page, children in
/// reading order, Alt and attributes), and the parent tree that maps page content back to elements.
/// An element's /Pg is the page of its first content; children on other pages name theirs.
/// </summary>
internal static class StructureTreeWriter
{
    public static int Write(PdfWriter writer, StructureNode document, ParentTree parents)
    {
        int root = writer.Allocate();
        Number(writer, document);
        int parentTree = writer.Allocate();
        var text = new ByteBuffer(1024);
        WriteElement(writer, document, root, text);
        writer.Object(parentTree, "<</Nums " + parents.Nums() + ">>");
        text.Clear();
        writer.Object(root, text.Ascii("<</Type /StructTreeRoot /K [").Integer(document.Number).Ascii(" 0 R] /ParentTree ")
            .Integer(parentTree).Ascii(" 0 R /ParentTreeNextKey ").Integer(parents.Count).Ascii(">>"));
        return root;
    }

    private static void Number(PdfWriter writer, StructureNode node)
    {
        node.Number = writer.Allocate();
        foreach (var kid in node.Kids)
        {
            if (kid.Node is { } child)
                Number(writer, child);
        }
    }

    private static void WriteElement(PdfWriter writer, StructureNode node, int parent, ByteBuffer text)
    {
        int page = node.Kids.FirstOrDefault(k => k.Node is null).Page;
        text.Clear();
        text.Ascii("<</Type /StructElem /S /").Ascii(node.Role).Ascii(" /P ").Integer(parent).Ascii(" 0 R");
        if (page != 0)
            text.Ascii(" /Pg ").Integer(page).Ascii(" 0 R");
        if (node.Alt is { } alt)
            text.Ascii(" /Alt ").Ascii(PdfSyntax.Text(alt));
        if (node.Scope is { } scope)
            text.Ascii(" /A <</O /Table /Scope /").Ascii(scope).Ascii(">>");
        text.Ascii(" /K [");
        foreach (var kid in node.Kids)
        {
            if (kid.Node is { } child)
                text.Integer(child.Number).Ascii(" 0 R ");
            else if (kid.Mcid < 0)
                text.Ascii("<</Type /OBJR /Pg ").Integer(kid.Page).Ascii(" 0 R /Obj ").Integer(-kid.Mcid).Ascii(" 0 R>> ");
            else if (kid.Page == page)
                text.Integer(kid.Mcid).Space();
            else
                text.Ascii("<</Type /MCR /Pg ").Integer(kid.Page).Ascii(" 0 R /MCID ").Integer(kid.Mcid).Ascii(">> ");
        }
        writer.Object(node.Number, text.Ascii("]>>"));
        foreach (var kid in node.Kids)
        {
            if (kid.Node is { } child)
                WriteElement(writer, child, node.Number, text);
        }
    }
}
