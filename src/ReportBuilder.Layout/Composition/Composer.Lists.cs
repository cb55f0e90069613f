using System.Globalization;

namespace ReportBuilder.Layout.Composition;

internal sealed partial class Composer
{
    private IEnumerable<Item> List(ListBlock list, Region region)
    {
        var style = Theme.List;
        var body = region.Paragraph ?? Theme.Body;
        // Paragraphs inside items: body text, left-aligned, with item spacing instead of paragraph spacing.
        var itemParagraph = Theme.Body with { Align = TextAlign.Left, SpaceBefore = 0, SpaceAfter = style.ItemSpacing };
        var element = region.Parent.Add("L");
        yield return new SpaceItem(body.SpaceBefore, region.Frame);
        for (int i = 0; i < list.Items.Count; i++)
        {
            var listItem = element.Add("LI");
            var marker = new ListMarker(context.Label(MarkerText(list, i, region.ListDepth), body.Text), style.MarkerGap, listItem.Add("Lbl"));
            var inner = new Region(region.X + style.Indent, region.Width - style.Indent, region.Frame, listItem.Add("LBody"), region.ListDepth + 1, itemParagraph);
            bool first = true;
            foreach (var item in Blocks(list.Items[i].Blocks, inner))
            {
                if (first && item is LineItem line)
                    line.Marker = marker;
                first &= item.IsSpace;
                yield return item;
            }
        }
        yield return new SpaceItem(region.ListDepth == 0 ? body.SpaceAfter : 0, region.Frame);
    }

    private string MarkerText(ListBlock list, int index, int depth)
    {
        if (list.Numbered)
            return (list.Start + index).ToString(CultureInfo.InvariantCulture) + ".";
        var bullets = Theme.List.Bullets;
        return bullets.Count == 0 ? "•" : bullets[Math.Min(depth, bullets.Count - 1)];
    }
}
