using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The structure tree's parent tree: for each page (its /StructParents key) the element each marked
/// content id belongs to, and for each tagged annotation (its /StructParent key) its Link element,
/// by object number. A page's array of elements is written as an object of its own when the page is,
/// so what stays until the end is one reference a page and one an annotation, however much a page holds.
/// Keys are given out in order, so the number tree is written as one sorted array.
/// </summary>
internal sealed class ParentTree(PdfWriter writer)
{
    private readonly ByteBuffer _nums = new();
    private readonly ByteBuffer _page = new();

    public int Count { get; private set; }

    /// <summary>The key of a page whose marked content ids 0, 1, … belong to the elements numbered <paramref name="owners"/>.</summary>
    public int AddPage(IEnumerable<int> owners)
    {
        _page.Clear();
        _page.Byte((byte)'[');
        foreach (int owner in owners)
            _page.Integer(owner).Ascii(" 0 R ");
        int array = writer.Allocate();
        writer.Object(array, _page.Byte((byte)']'));
        return Add(array);
    }

    public int AddAnnotation(int element) => Add(element);

    private int Add(int reference)
    {
        _nums.Integer(Count).Space().Integer(reference).Ascii(" 0 R\n");
        return Count++;
    }

    /// <summary>The /Nums array.</summary>
    public string Nums() => "[" + Encoding.Latin1.GetString(_nums.Span) + "]";
}
