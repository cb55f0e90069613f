using System.Globalization;

namespace ReportBuilder.Layout.Composition;

internal sealed partial class Composer
{
    private IEnumerable<Item> Box(Box box, Region region)
    {
        var style = box.Style ?? Theme.Box;
        var frame = new BoxFrame(style, region.X, region.Width, region.Frame);
        float inset = style.BorderWidth + style.Padding;
        float left = inset + style.AccentWidth;
        yield return new SpaceItem(style.SpaceBefore, region.Frame);
        yield return new FrameEdgeItem(frame, inset, isTop: true);
        var element = region.Parent.Add(Role(box.Role, "Div"));
        var inner = region with { X = region.X + left, Width = region.Width - left - inset, Frame = frame, Parent = element };
        var content = Blocks(box.Blocks, inner).ToList();
        // The bottom edge goes with the box's last line: alone at the top of a page it would draw an empty strip.
        if (content.FindLast(item => !item.IsSpace) is { } last)
            last.KeepWithNext = true;
        foreach (var item in content)
            yield return item;
        yield return new FrameEdgeItem(frame, inset, isTop: false);
        yield return new SpaceItem(style.SpaceAfter, region.Frame);
    }

    private IEnumerable<Item> Contents(TableOfContents toc, Region region)
    {
        var style = Theme.Toc;
        var title = Theme.Heading1;
        if (!string.IsNullOrEmpty(toc.Title))
        {
            foreach (var item in Paragraph([new Run(toc.Title)], title, region, Role(toc.TitleRole, "H1")))
            {
                item.KeepWithNext = !item.IsSpace;
                yield return item;
            }
        }
        // Room for the widest page number; the title wraps before it, so both passes lay out alike.
        float slot = context.Label("0000", style.Text).Width + 12f;
        var element = region.Parent.Add("TOC");
        foreach (var entry in context.Index.Headings)
        {
            if (!entry.InToc || entry.Level > toc.MaxLevel)
                continue;
            var text = entry.Level == 1 ? style.Text.With(style.TopLevelText) : style.Text;
            float indent = (entry.Level - 1) * style.LevelIndent;
            var link = Link.ToAnchor(entry.Anchor);
            var layout = context.Layout([new Run(entry.Title)], text, region.Width - indent - slot, TextAlign.Left, 1.35f);
            var number = PageNumber(entry.Anchor, text);
            // The title is the entry's Link; its page number a label of its own, so the two read apart.
            var entryElement = element.Add("TOCI");
            var reference = entryElement.Add("Link");
            var pageLabel = entryElement.Add("Lbl");
            yield return new SpaceItem(entry.Level == 1 ? style.EntrySpacing * 2 : style.EntrySpacing, region.Frame);
            for (int i = 0; i < layout.Lines.Length; i++)
            {
                bool last = i == layout.Lines.Length - 1;
                yield return new TocLineItem(layout, i, indent, last ? number : null, link, pageLabel)
                {
                    X = region.X, Width = region.Width, Frame = region.Frame, KeepWithNext = !last, Tag = reference,
                };
            }
        }
        yield return new SpaceItem(Theme.Body.SpaceAfter * 2, region.Frame);
    }

    /// <summary>The page the measuring pass put the heading on; nothing to draw during that pass.</summary>
    private Text.InlineLayout? PageNumber(string anchor, TextStyle style) =>
        context.PageOfAnchor is { } pages && pages.TryGetValue(anchor, out int page)
            ? context.Label(page.ToString(CultureInfo.InvariantCulture), style)
            : null;
}
