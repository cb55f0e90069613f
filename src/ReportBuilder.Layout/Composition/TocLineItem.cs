using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>
/// A line of a table-of-contents entry. The entry's last line also draws a dotted leader and the
/// page number, right-aligned; the whole line links to the heading.
/// </summary>
internal sealed class TocLineItem : Item
{
    public TocLineItem(InlineLayout title, int line, float indent, InlineLayout? pageNumber, Link link, StructureNode pageLabel)
    {
        PageLabel = pageLabel;
        if (pageNumber is not null)
            pageLabel.ItemComposed();
        Title = title;
        Line = line;
        Indent = indent;
        PageNumber = pageNumber;
        Link = link;
        Height = title.Lines[line].Height;
    }

    public InlineLayout Title { get; }
    public int Line { get; }
    public float Indent { get; }
    public InlineLayout? PageNumber { get; }
    public Link Link { get; }

    public override string Describe() => "contents entry " + BlockName.Start(Title.LineText(Line));

    /// <summary>The element of the page number; <see cref="Item.Tag"/> is the title's Link element.</summary>
    public StructureNode PageLabel { get; }

    public override void AddElements(List<StructureNode> elements)
    {
        base.AddElements(elements);
        if (PageNumber is not null)
            elements.Add(PageLabel);
    }

}
