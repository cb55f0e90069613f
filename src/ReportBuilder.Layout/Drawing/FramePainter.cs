using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Pagination;

namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// Draws the backgrounds and borders of the boxes on a page, before the items in them. A box
/// that continues from or onto another page is drawn open at that edge.
/// </summary>
internal static class FramePainter
{
    private sealed class Extent(float top, float bottom)
    {
        public float Top = top;
        public float Bottom = bottom;
        public bool Opens;
        public bool Closes;
    }

    public static void Draw(PageCanvas canvas, Page page, float bodyLeft, float bodyTop)
    {
        Dictionary<BoxFrame, Extent>? extents = null;
        foreach (var (item, y, _) in page.Items)
        {
            for (var frame = item.Frame; frame is not null; frame = frame.Parent)
            {
                extents ??= new Dictionary<BoxFrame, Extent>(ReferenceEqualityComparer.Instance);
                if (!extents.TryGetValue(frame, out var extent))
                    extents.Add(frame, extent = new Extent(y, y + item.Height));
                extent.Top = Math.Min(extent.Top, y);
                extent.Bottom = Math.Max(extent.Bottom, y + item.Height);
                if (item is FrameEdgeItem edge && edge.Frame == frame)
                    (extent.Opens, extent.Closes) = (extent.Opens || edge.IsTop, extent.Closes || !edge.IsTop);
            }
        }
        if (extents is null)
            return;
        foreach (var (frame, extent) in extents.OrderBy(e => e.Key.Depth))
            DrawFrame(canvas, frame, extent, bodyLeft, bodyTop);
    }

    private static void DrawFrame(PageCanvas canvas, BoxFrame frame, Extent extent, float bodyLeft, float bodyTop)
    {
        var style = frame.Style;
        float left = bodyLeft + frame.X, right = left + frame.Width;
        float top = bodyTop + extent.Top, bottom = bodyTop + extent.Bottom;
        canvas.FillRect(left, top, right, bottom, style.Background);
        if (style.AccentWidth > 0)
            canvas.FillRect(left, top, left + style.AccentWidth, bottom, style.AccentColor);
        if (style.BorderWidth <= 0 || !style.BorderColor.IsVisible)
            return;
        float half = style.BorderWidth / 2;
        canvas.Line(left + half, top, left + half, bottom, style.BorderColor, style.BorderWidth);
        canvas.Line(right - half, top, right - half, bottom, style.BorderColor, style.BorderWidth);
        if (extent.Opens)
            canvas.Line(left, top + half, right, top + half, style.BorderColor, style.BorderWidth);
        if (extent.Closes)
            canvas.Line(left, bottom - half, right, bottom - half, style.BorderColor, style.BorderWidth);
    }
}
