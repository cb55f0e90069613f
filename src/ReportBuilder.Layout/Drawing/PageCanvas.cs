using ReportBuilder.Layout.Fonts;
using SkiaSharp;

namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// Draws onto the current page's Skia canvas: shaped text lines as glyph blobs, rules, fills,
/// paths, links and named destinations. Fonts and paints are cached for the whole render.
/// Callers speak points; the page itself is drawn in milli-points (see <see cref="Unit"/>).
/// </summary>
internal sealed partial class PageCanvas : IDisposable
{
    /// <summary>
    /// Milli-points per point. Skia's PDF writer leaves out a glyph's position only when it equals
    /// the previous glyph's position plus Skia's own advance, compared as floats; otherwise it
    /// writes a "Td" per glyph, which doubles the file and halves the speed. At font size
    /// size × 1000 under a 1/1000 page scale, an advance is a whole number of font units times
    /// size × 1000 / units-per-em — exact in a float for sizes in quarter points — so our
    /// positions and Skia's sums agree to the bit.
    /// </summary>
    public const float Unit = 1000f;

    private readonly Dictionary<(int Face, float Size), SKFont> _fonts = [];
    private readonly Dictionary<Color, SKPaint> _fills = [];
    private readonly Dictionary<(Color, float), SKPaint> _strokes = [];
    private readonly SKTextBlobBuilder _builder = new();
    private SKCanvas? _canvas;

    private SKCanvas Canvas => _canvas ?? throw new InvalidOperationException("No page is open.");

    /// <summary>Starts drawing on a new page's canvas.</summary>
    public void Begin(SKCanvas canvas)
    {
        _canvas = canvas;
        canvas.Scale(1 / Unit);
    }

    public void FillRect(float left, float top, float right, float bottom, Color color)
    {
        if (color.IsVisible && right > left && bottom > top)
            Canvas.DrawRect(SKRect.Create(left * Unit, top * Unit, (right - left) * Unit, (bottom - top) * Unit), Fill(color));
    }

    public void Line(float x0, float y0, float x1, float y1, Color color, float width)
    {
        if (color.IsVisible && width > 0)
            Canvas.DrawLine(x0 * Unit, y0 * Unit, x1 * Unit, y1 * Unit, Stroke(color, width));
    }

    public void FillCircle(float x, float y, float radius, Color color) =>
        Canvas.DrawCircle(x * Unit, y * Unit, radius * Unit, Fill(color));

    public void StrokePath(SKPath path, Color color, float width)
    {
        using var scaled = Scaled(path);
        Canvas.DrawPath(scaled, Stroke(color, width));
    }

    public void FillPath(SKPath path, Color color)
    {
        using var scaled = Scaled(path);
        Canvas.DrawPath(scaled, Fill(color));
    }

    public void Destination(string anchor, float x, float y) =>
        Canvas.DrawNamedDestinationAnnotation(new SKPoint(x * Unit, y * Unit), anchor);

    public void LinkArea(Link link, float left, float top, float right, float bottom)
    {
        var rect = new SKRect(left * Unit, top * Unit, right * Unit, bottom * Unit);
        if (link.IsInternal)
            Canvas.DrawLinkDestinationAnnotation(rect, link.Target);
        else
            Canvas.DrawUrlAnnotation(rect, link.Target);
    }

    private SKFont Font(FontFace face, float size)
    {
        var key = (face.Id, size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            // Unhinted, linear metrics: positions come from HarfBuzz, Skia only names glyphs.
            font = new SKFont(face.Typeface, size * Unit)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            _fonts.Add(key, font);
        }
        return font;
    }

    private static SKPath Scaled(SKPath path)
    {
        var scaled = new SKPath(path);
        scaled.Transform(SKMatrix.CreateScale(Unit, Unit));
        return scaled;
    }

    private SKPaint Fill(Color color)
    {
        if (!_fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color.ToSkia(), IsAntialias = true, Style = SKPaintStyle.Fill };
            _fills.Add(color, paint);
        }
        return paint;
    }

    private SKPaint Stroke(Color color, float width)
    {
        if (!_strokes.TryGetValue((color, width), out var paint))
        {
            paint = new SKPaint
            {
                Color = color.ToSkia(), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width * Unit,
                StrokeCap = SKStrokeCap.Butt, StrokeJoin = SKStrokeJoin.Round,
            };
            _strokes.Add((color, width), paint);
        }
        return paint;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
            font.Dispose();
        foreach (var paint in _fills.Values.Concat(_strokes.Values))
            paint.Dispose();
        _builder.Dispose();
    }
}
