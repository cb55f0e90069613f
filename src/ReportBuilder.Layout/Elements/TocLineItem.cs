using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Pagination;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// A line of a table-of-contents entry. The entry's last line also draws a dotted leader and the
/// page number, right-aligned; the whole line links to the heading.
/// </summary>
internal sealed class TocLineItem : Item
{
    private const float LeaderStep = 4f;

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

    public override void Draw(PageCanvas canvas, float left, float top)
    {
        var line = Title.Lines[Line];
        float right = left + Width;
        Tagged(canvas, Tag, () => canvas.DrawLine(Title, Line, left + Indent, top));
        canvas.LinkArea(Link, left + Indent, top, right, top + line.Height, Tag);
        if (PageNumber is not { } pageNumber)
            return;
        Tagged(canvas, PageLabel, () => canvas.DrawLine(pageNumber, 0, right - pageNumber.Width, top + line.Baseline - pageNumber.Lines[0].Baseline));
        float numberLeft = right - pageNumber.Width;
        // Dots on a grid shared by every entry, so leaders line up down the page.
        float textEnd = left + Indent + line.Offset + line.Width + LeaderStep;
        float y = top + line.Baseline - 1f;
        var color = Title.Styles[0].Color with { A = 150 };
        for (float x = MathF.Ceiling((textEnd - left) / LeaderStep) * LeaderStep; left + x < numberLeft - LeaderStep; x += LeaderStep)
            canvas.FillRect(left + x, y - 0.45f, left + x + 0.9f, y + 0.45f, color);
    }
}
