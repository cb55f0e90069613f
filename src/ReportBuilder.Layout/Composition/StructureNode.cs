namespace ReportBuilder.Layout.Composition;

/// <summary>Where finished structure elements go: the PDF writer, which numbers and writes them.</summary>
internal interface IStructureSink
{
    /// <summary>A new object number.</summary>
    int Allocate();

    /// <summary>Writes an element whose children are all written or are page content.</summary>
    void Write(StructureNode element);
}

/// <summary>
/// An element of the document's logical structure (the PDF's structure tree): a role such as P, H2,
/// LI or TD, its children in reading order, and the marked content and annotations on the pages
/// that belong to it. Composition makes the elements as it turns blocks into items, so the tree
/// follows the blocks whatever the template; drawing adds the page content. An element is written
/// as soon as it is complete — its block composed, every item carrying it drawn, every child
/// written — and only its number stays, so memory does not grow with the document.
/// </summary>
internal sealed class StructureNode
{
    private readonly IStructureSink? _sink;
    private readonly List<StructureKid>? _kids;
    private int _number, _pendingItems, _openChildren, _indexInParent;
    private bool _composed, _written;

    private StructureNode(string role, StructureNode? parent, IStructureSink? sink, bool keepsKids)
    {
        Role = role;
        Parent = parent;
        _sink = sink;
        _kids = keepsKids ? [] : null;
    }

    public string Role { get; }
    public StructureNode? Parent { get; }

    /// <summary>Children in reading order; empty for a tree that is only measured.</summary>
    public IReadOnlyList<StructureKid> Kids => _kids ?? [];

    /// <summary>A text alternative: what a figure shows, in words.</summary>
    public string? Alt { get; init; }

    /// <summary>For a header cell: its scope, "Column" or "Row".</summary>
    public string? Scope { get; init; }

    /// <summary>The element's object number, given by the sink when first asked for.</summary>
    public int Number => _number != 0 ? _number
        : _number = (_sink ?? throw new InvalidOperationException("A measured structure tree has no numbers.")).Allocate();

    /// <summary>The root of a tree that is written to <paramref name="sink"/> as it completes.</summary>
    public static StructureNode Document(IStructureSink sink) => new("Document", null, sink, keepsKids: true);

    /// <summary>The root of a tree made only while measuring: it keeps no children.</summary>
    public static StructureNode Measured() => new("Document", null, null, keepsKids: false);

    /// <summary>A new child element, after the children so far.</summary>
    public StructureNode Add(string role, string? alt = null, string? scope = null)
    {
        var child = new StructureNode(role, this, _sink, _kids is not null) { Alt = alt, Scope = scope };
        if (_kids is not null)
        {
            child._indexInParent = _kids.Count;
            _kids.Add(new StructureKid(child, 0, 0, KidKind.Element));
            _openChildren++;
        }
        return child;
    }

    /// <summary>Marked content <paramref name="mcid"/> on the page that is object <paramref name="page"/>.</summary>
    public void AddContent(int page, int mcid) => _kids?.Add(new StructureKid(null, page, mcid, KidKind.Content));

    /// <summary>An annotation (object <paramref name="annotation"/>) on the page that is object <paramref name="page"/>.</summary>
    public void AddAnnotation(int page, int annotation) => _kids?.Add(new StructureKid(null, page, annotation, KidKind.Annotation));

    public int KidCount => Kids.Count;

    /// <summary>True once every child is written (the document's check before it is written).</summary>
    public bool ChildrenWritten => _openChildren == 0;

    /// <summary>An item carrying the element was handed to the paginator; it will be drawn.</summary>
    public void ItemComposed() => _pendingItems++;

    /// <summary>An item carrying the element was drawn, and its page written.</summary>
    public void ItemDrawn()
    {
        _pendingItems--;
        TryComplete();
    }

    /// <summary>Every element from child <paramref name="from"/> on, and their descendants, will get no more children or items.</summary>
    public void ChildrenComposedFrom(int from)
    {
        for (int i = from; i < Kids.Count; i++)
            Kids[i].Node?.SubtreeComposed();
    }

    /// <summary>The element will get no more children or items (the document, at the end).</summary>
    public void Composed()
    {
        _composed = true;
        TryComplete();
    }

    private void SubtreeComposed()
    {
        for (int i = 0; i < Kids.Count; i++)
            Kids[i].Node?.SubtreeComposed();
        Composed();
    }

    private void TryComplete()
    {
        // The document itself is written last, by the writer, under the structure tree root.
        if (_written || !_composed || _pendingItems > 0 || _openChildren > 0 || _sink is null || Parent is null)
            return;
        _written = true;
        _sink.Write(this);
        _kids!.Clear();
        Parent.ChildWritten(this);
    }

    private void ChildWritten(StructureNode child)
    {
        _kids![child._indexInParent] = new StructureKid(null, 0, child.Number, KidKind.Element);
        _openChildren--;
        TryComplete();
    }
}

internal enum KidKind : byte
{
    /// <summary>A child element: <see cref="StructureKid.Node"/> until it is written, then its number in <see cref="StructureKid.Value"/>.</summary>
    Element,

    /// <summary>Marked content id <see cref="StructureKid.Value"/> on the page that is object <see cref="StructureKid.Page"/>.</summary>
    Content,

    /// <summary>The annotation that is object <see cref="StructureKid.Value"/> on the page that is object <see cref="StructureKid.Page"/>.</summary>
    Annotation,
}

/// <summary>A child of a structure element.</summary>
internal readonly record struct StructureKid(StructureNode? Node, int Page, int Value, KidKind Kind);
