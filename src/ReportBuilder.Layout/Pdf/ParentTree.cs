using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The structure tree's parent tree: for each page (its /StructParents key) the element each marked
/// content id belongs to, and for each tagged annotation (its /StructParent key) its Link element,
/// by object number. Keys are given out in order, so the number tree is written as one sorted array.
/// </summary>
internal sealed class ParentTree
{
    private readonly ByteBuffer _nums = new();

    public int Count { get; private set; }

    /// <summary>The key of a page whose marked content ids 0, 1, … belong to the elements numbered <paramref name="owners"/>.</summary>
    public int AddPage(IEnumerable<int> owners)
    {
        _nums.Integer(Count).Ascii(" [");
        foreach (int owner in owners)
            _nums.Integer(owner).Ascii(" 0 R ");
        _nums.Ascii("]\n");
        return Count++;
    }

    public int AddAnnotation(int element)
    {
        _nums.Integer(Count).Space().Integer(element).Ascii(" 0 R\n");
        return Count++;
    }

    /// <summary>The /Nums array.</summary>
    public string Nums() => "[" + Encoding.Latin1.GetString(_nums.Span) + "]";
}
