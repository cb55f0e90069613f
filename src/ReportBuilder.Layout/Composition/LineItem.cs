using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>A list item's bullet or number, set in the hanging indent left of the item's first line; its element is the item's Lbl.</summary>
internal sealed record ListMarker(InlineLayout Layout, float Gap, StructureNode Element);

/// <summary>One line of a paragraph, heading or list item.</summary>
internal sealed class LineItem : Item
{
    public LineItem(InlineLayout layout, int line)
    {
        Layout = layout;
        Line = line;
        Height = layout.Lines[line].Height;
    }

    public InlineLayout Layout { get; }
    public int Line { get; }
    /// <summary>Set on a list item's first line; its element counts the line from here until it is drawn.</summary>
    public ListMarker? Marker
    {
        get;
        set
        {
            field = value;
            value?.Element.ItemComposed();
        }
    }

    public override string Describe() => BlockName.Start(Layout.LineText(Line));

    public override void AddElements(List<StructureNode> elements)
    {
        if (Marker is { } marker)
            elements.Add(marker.Element);
        base.AddElements(elements);
    }

}

/// <summary>A horizontal rule across the item's width, centred in its height.</summary>
internal sealed class RuleItem : Item
{
    public RuleItem(RuleStyle style, float x, float width, BoxFrame? frame)
    {
        Style = style;
        Height = Math.Max(style.Thickness, 1f);
        X = x;
        Width = width;
        Frame = frame;
    }

    public RuleStyle Style { get; }

    public override string Describe() => "a horizontal rule";

}
