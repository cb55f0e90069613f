using System.Globalization;
using ReportBuilder.Layout.Composition;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The structure tree's parent tree: for each page (its /StructParents key) the element each marked
/// content id belongs to, and for each tagged annotation (its /StructParent key) its Link element.
/// Keys are given out in order, so the number tree is written as one sorted array.
/// </summary>
internal sealed class ParentTree
{
    private readonly List<object> _entries = [];

    public int Count => _entries.Count;

    /// <summary>The key of a page whose marked content ids 0, 1, … belong to these elements.</summary>
    public int AddPage(IReadOnlyList<StructureNode> owners)
    {
        _entries.Add(owners.ToArray());
        return _entries.Count - 1;
    }

    public int AddAnnotation(StructureNode element)
    {
        _entries.Add(element);
        return _entries.Count - 1;
    }

    /// <summary>The /Nums array, once every element has its object number.</summary>
    public string Nums()
    {
        var nums = new System.Text.StringBuilder("[");
        for (int key = 0; key < _entries.Count; key++)
        {
            nums.Append(CultureInfo.InvariantCulture, $"{key} ");
            if (_entries[key] is StructureNode[] owners)
                nums.Append('[').AppendJoin(' ', owners.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Number} 0 R"))).Append("]\n");
            else
                nums.Append(CultureInfo.InvariantCulture, $"{((StructureNode)_entries[key]).Number} 0 R\n");
        }
        return nums.Append(']').ToString();
    }
}
