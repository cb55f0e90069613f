namespace ReportBuilder.Layout.Composition;

/// <summary>
/// One unbreakable piece of the vertical flow: a text line, a table row, a chart, a space. The
/// paginator only reads heights and break rules; drawing happens in the second pass.
/// </summary>
internal abstract class Item
{
    public float Height { get; init; }

    /// <summary>Left edge, relative to the body's left edge.</summary>
    public float X { get; init; }
    public float Width { get; init; }

    /// <summary>No page break between this item and the next one that is not a space.</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>The innermost box this item sits in, or null.</summary>
    public BoxFrame? Frame { get; init; }

    /// <summary>For a table row: the header row to repeat when the row starts a page.</summary>
    public Item? RepeatHeader { get; init; }

    /// <summary>Set on the first line of a heading.</summary>
    public HeadingEntry? Heading { get; init; }

    /// <summary>
    /// The structure element the item's content belongs to, or null for decoration (drawn as an
    /// artifact). The element counts the item from here until it is drawn.
    /// </summary>
    public StructureNode? Tag
    {
        get;
        init
        {
            field = value;
            value?.ItemComposed();
        }
    }

    /// <summary>Adds the structure elements whose content the item draws: the ones that counted it when it was made.</summary>
    public virtual void AddElements(List<StructureNode> elements)
    {
        if (Tag is not null)
            elements.Add(Tag);
    }

    /// <summary>The block the item comes from, in a few words, for a report that it did not fit.</summary>
    public virtual string Describe() => GetType().Name;

    /// <summary>Spaces vanish at the top and bottom of a page.</summary>
    public virtual bool IsSpace => false;
    public virtual bool IsPageBreak => false;

}

/// <summary>Vertical space between blocks. Adjacent spaces collapse to the largest.</summary>
internal sealed class SpaceItem : Item
{
    public SpaceItem(float height, BoxFrame? frame)
    {
        Height = height;
        Frame = frame;
    }

    public override bool IsSpace => true;

}

internal sealed class PageBreakItem : Item
{
    public override bool IsPageBreak => true;

}

/// <summary>A box's background and border, shared by the items inside it.</summary>
internal sealed class BoxFrame(BoxStyle style, float x, float width, BoxFrame? parent)
{
    public BoxStyle Style { get; } = style;
    public float X { get; } = x;
    public float Width { get; } = width;
    public BoxFrame? Parent { get; } = parent;
    public int Depth { get; } = parent is null ? 0 : parent.Depth + 1;
}

/// <summary>The top or bottom padding of a box: where its border is closed.</summary>
internal sealed class FrameEdgeItem : Item
{
    public FrameEdgeItem(BoxFrame frame, float height, bool isTop)
    {
        Frame = frame;
        Height = height;
        IsTop = isTop;
        X = frame.X;
        Width = frame.Width;
        KeepWithNext = isTop;
    }

    public bool IsTop { get; }

}
