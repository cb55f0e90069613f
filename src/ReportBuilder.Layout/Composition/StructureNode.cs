namespace ReportBuilder.Layout.Composition;

/// <summary>
/// An element of the document's logical structure (the PDF's structure tree): a role such as P, H2,
/// LI or TD, its children in reading order, and the marked content and annotations on the pages
/// that belong to it. Composition makes the elements as it turns blocks into items, so the tree
/// follows the blocks whatever the template; drawing adds the page content.
/// </summary>
internal sealed class StructureNode
{
    private readonly List<StructureKid> _kids = [];

    private StructureNode(string role, StructureNode? parent)
    {
        Role = role;
        Parent = parent;
    }

    public string Role { get; }
    public StructureNode? Parent { get; }
    public IReadOnlyList<StructureKid> Kids => _kids;

    /// <summary>A text alternative: what a figure shows, in words.</summary>
    public string? Alt { get; init; }

    /// <summary>For a header cell: its scope, "Column" or "Row".</summary>
    public string? Scope { get; init; }

    /// <summary>The object number the writer gives the element.</summary>
    public int Number { get; set; }

    public static StructureNode Document() => new("Document", null);

    /// <summary>A new child element, after the children so far.</summary>
    public StructureNode Add(string role, string? alt = null, string? scope = null)
    {
        var child = new StructureNode(role, this) { Alt = alt, Scope = scope };
        _kids.Add(new StructureKid(child, 0, 0));
        return child;
    }

    /// <summary>Marked content <paramref name="mcid"/> on the page that is object <paramref name="page"/>.</summary>
    public void AddContent(int page, int mcid) => _kids.Add(new StructureKid(null, page, mcid));

    /// <summary>An annotation (object <paramref name="annotation"/>) on the page that is object <paramref name="page"/>.</summary>
    public void AddAnnotation(int page, int annotation) => _kids.Add(new StructureKid(null, page, -annotation));
}

/// <summary>A child: an element, or marked content (Mcid ≥ 0) or an annotation (−object number) on a page.</summary>
internal readonly record struct StructureKid(StructureNode? Node, int Page, int Mcid);
