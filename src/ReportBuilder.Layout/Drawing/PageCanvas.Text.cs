using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Text;
using SkiaSharp;

namespace ReportBuilder.Layout.Drawing;

internal sealed partial class PageCanvas
{
    private ushort[] _glyphs = new ushort[512];
    private SKPoint[] _points = new SKPoint[512];

    /// <summary>
    /// Draws line <paramref name="index"/> of a layout with its box's top-left at (left, top):
    /// one blob per colour, one glyph run per font and size, then underlines and link areas.
    /// Glyph positions are milli-points from the line's origin, summed from font units exactly
    /// as Skia sums them; word spaces are real space glyphs, so text extracts with its spaces.
    /// </summary>
    public void DrawLine(InlineLayout layout, int index, float left, float top)
    {
        var line = layout.Lines[index];
        float originX = (left + line.Offset) * Unit, baseline = (top + line.Baseline) * Unit;
        var spans = new SpanTracker(this, top, top + line.Height, baseline / Unit);
        float x = 0;
        int count = 0;
        ResolvedStyle? runStyle = null;
        FontFace? runFace = null;
        for (int a = line.Start; a < line.End; a++)
        {
            ref readonly var atom = ref layout.Atoms[a];
            var style = layout.Styles[atom.Style];
            // The atom's face, not the style's: a fallback face may have shaped it.
            var face = atom.Run.Face;
            if (runStyle is not null && (face != runFace || style.Size != runStyle.Size || style.Color != runStyle.Color))
            {
                AddRun(runFace!, runStyle.Size, count);
                count = 0;
                if (runStyle.Color != style.Color)
                    FlushBlob(runStyle.Color, originX, baseline);
            }
            (runStyle, runFace) = (style, face);
            float factor = style.Size * Unit / face.UnitsPerEm;
            float start = x;
            x = AddGlyphs(atom, factor, x, ref count);
            spans.Add(style, (originX + start) / Unit, (originX + x) / Unit);
            if (a < line.End - 1 && atom.SpaceAfter > 0)
            {
                // The space is the style's own glyph, even after a word a fallback face drew.
                if (runFace != style.Face && style.Face.SpaceGlyph != 0)
                {
                    AddRun(runFace, style.Size, count);
                    (count, runFace) = (0, style.Face);
                }
                x = AddSpace(style, x, atom.SpaceAfter + line.GapExtra, ref count);
            }
        }
        if (runStyle is not null)
        {
            AddRun(runFace!, runStyle.Size, count);
            FlushBlob(runStyle.Color, originX, baseline);
        }
        spans.Flush();
    }

    private float AddGlyphs(in Atom atom, float factor, float x, ref int count)
    {
        var run = atom.Run;
        Reserve(count + atom.GlyphEnd - atom.GlyphStart + 1);
        var offsets = run.Offsets;
        for (int g = atom.GlyphStart; g < atom.GlyphEnd; g++, count++)
        {
            _glyphs[count] = run.Glyphs[g];
            _points[count] = offsets is null
                ? new SKPoint(x, 0)
                : new SKPoint(x + (offsets[2 * g] * factor), -offsets[(2 * g) + 1] * factor);
            x += factor * run.Advances[g];
        }
        return x;
    }

    /// <summary>A space glyph where the face has one, then whatever width is left, rounded to 1/16 milli-point.</summary>
    private float AddSpace(ResolvedStyle style, float x, float width, ref int count)
    {
        var face = style.Face;
        if (face.SpaceGlyph != 0)
        {
            _glyphs[count] = face.SpaceGlyph;
            _points[count++] = new SKPoint(x, 0);
            x += style.Size * Unit / face.UnitsPerEm * face.SpaceUnits;
            width -= face.SpaceUnits * style.Size / face.UnitsPerEm;
        }
        float rest = MathF.Round(width * Unit * 16) / 16;
        return rest > 0 ? x + rest : x;
    }

    private void Reserve(int needed)
    {
        if (needed <= _glyphs.Length)
            return;
        Array.Resize(ref _glyphs, needed * 2);
        Array.Resize(ref _points, needed * 2);
    }

    private void AddRun(FontFace face, float size, int count)
    {
        if (count == 0)
            return;
        var buffer = _builder.AllocatePositionedRun(Font(face, size), count);
        buffer.SetGlyphs(_glyphs.AsSpan(0, count));
        buffer.SetPositions(_points.AsSpan(0, count));
    }

    private void FlushBlob(Color color, float x, float y)
    {
        using var blob = _builder.Build();
        if (blob is not null)
            Canvas.DrawText(blob, x, y, Fill(color));
    }

    /// <summary>Joins neighbouring atoms with the same link or underline into one area per line (in points).</summary>
    private struct SpanTracker(PageCanvas canvas, float top, float bottom, float baseline)
    {
        private Link? _link;
        private float _linkStart, _linkEnd;
        private ResolvedStyle? _underline;
        private float _underlineStart, _underlineEnd;

        public void Add(ResolvedStyle style, float start, float end)
        {
            if (style.Link is null || !Equals(style.Link, _link))
            {
                FlushLink();
                (_link, _linkStart) = (style.Link, start);
            }
            _linkEnd = end;
            if (!style.Underline || _underline is null || _underline.Color != style.Color)
            {
                FlushUnderline();
                (_underline, _underlineStart) = (style.Underline ? style : null, start);
            }
            _underlineEnd = end;
        }

        public void Flush()
        {
            FlushLink();
            FlushUnderline();
        }

        private void FlushLink()
        {
            if (_link is not null)
                canvas.LinkArea(_link, _linkStart, top, _linkEnd, bottom);
            _link = null;
        }

        private void FlushUnderline()
        {
            if (_underline is { } style)
            {
                float y = baseline + (style.Size * 0.12f);
                canvas.Line(_underlineStart, y, _underlineEnd, y, style.Color, Math.Max(0.4f, style.Size * 0.05f));
            }
            _underline = null;
        }
    }
}
