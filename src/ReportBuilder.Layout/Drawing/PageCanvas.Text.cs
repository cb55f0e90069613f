using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Pdf;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Drawing;

internal sealed partial class PageCanvas
{
    private EmbeddedFont? _font;
    private float _fontSize;
    private bool _inArray, _inString;
    private double _pendingAdjust;
    private StructureNode? _linkElement;

    /// <summary>
    /// Draws line <paramref name="index"/> of a layout with its box's top-left at (left, top), as one
    /// text object: the line's start is set once, and each glyph's place follows from the declared
    /// widths plus an adjustment wherever shaping (kerning) or justification differs from them. Word
    /// spaces are real space glyphs, so text extracts with its spaces. Inside a tagged element, each
    /// linked stretch becomes a Link element of its own, with the annotation's reference.
    /// </summary>
    public void DrawLine(InlineLayout layout, int index, float left, float top)
    {
        var line = layout.Lines[index];
        if (line.End <= line.Start)
            return;
        // An artifact opens outside the text object; an element's content inside it, at its first glyph.
        if (_tag is null)
            Marked();
        float originX = left + line.Offset, baseline = top + line.Baseline;
        var spans = new SpanTracker(this, top, top + line.Height, baseline);
        _content.Ascii("BT\n1 0 0 1 ").Number(originX).Space().Number(_height - baseline).Ascii(" Tm\n");
        _inText = true;
        (_font, _fontSize, _pendingAdjust) = (null, 0, 0);
        double x = 0;
        for (int a = line.Start; a < line.End; a++)
        {
            ref readonly var atom = ref layout.Atoms[a];
            var style = layout.Styles[atom.Style];
            if (style.Link != spans.Link)
            {
                EndArray();
                spans.Flush();
                SwitchLink(style.Link);
            }
            Marked();
            double start = x;
            x = Glyphs(layout, atom, style, x);
            spans.Add(style, originX + (float)start, originX + (float)x, _linkElement);
            if (a < line.End - 1 && atom.SpaceAfter > 0)
                x = Space(style, x, atom.SpaceAfter + line.GapExtra);
        }
        EndArray();
        if (_linkElement is not null)
            SwitchLink(null);
        // Marked content begun inside the text object ends inside it.
        if (_open && _openInText)
            CloseContent();
        _content.Ascii("ET\n");
        _inText = false;
        spans.Flush();
        spans.DrawUnderlines();
    }

    /// <summary>Ends the marked content open and starts a Link element (or returns to the element being drawn); its content opens at the next glyph.</summary>
    private void SwitchLink(Link? link)
    {
        if (_tag is null)
            return;
        CloseContent();
        _linkElement = link is null ? null : _tag.Add("Link");
        if (_linkElement is not null)
        {
            // Complete once its page, with the annotation, is written.
            _linkElement.ItemComposed();
            _linkElement.Composed();
            _linksMade.Add(_linkElement);
        }
    }

    private double Glyphs(InlineLayout layout, in Atom atom, ResolvedStyle style, double x)
    {
        var run = atom.Run;
        var font = pdf.Font(run.Face);
        SetFont(font, style.Size);
        SetTextColor(style.Color);
        double perUnit = 1000.0 / run.Face.UnitsPerEm;
        int textBase = atom.TextStart - run.Clusters[atom.GlyphStart];
        var offsets = run.Offsets;
        for (int g = atom.GlyphStart; g < atom.GlyphEnd; g++)
        {
            ushort glyph = run.Glyphs[g];
            if (!font.IsKnown(glyph))
                font.Use(glyph, layout.Text.AsSpan(textBase + run.Clusters[g], ClusterLength(run, g, atom.TextEnd - textBase)));
            int dx = offsets is null ? 0 : offsets[2 * g], dy = offsets is null ? 0 : offsets[(2 * g) + 1];
            if (dy != 0)
            {
                EndArray();
                _content.Number(dy * style.Size / run.Face.UnitsPerEm).Ascii(" Ts\n");
            }
            _pendingAdjust -= dx * perUnit;
            Show(glyph);
            _pendingAdjust += (font.Face.Advances[glyph] - run.Advances[g] + dx) * perUnit;
            if (dy != 0)
            {
                EndArray();
                _content.Ascii("0 Ts\n");
            }
            x += run.Advances[g] * style.Size / run.Face.UnitsPerEm;
        }
        return x;
    }

    /// <summary>The number of characters glyph <paramref name="g"/>'s cluster covers: up to the next cluster's start, whatever the glyph order.</summary>
    private static int ClusterLength(ShapedRun run, int g, int end)
    {
        int start = run.Clusters[g];
        foreach (int c in run.Clusters)
        {
            if (c > start && c < end)
                end = c;
        }
        return end - start;
    }

    /// <summary>A space glyph of the style's face where it has one, then whatever width is left as an adjustment.</summary>
    private double Space(ResolvedStyle style, double x, float width)
    {
        var face = style.Face;
        double rest = width;
        if (face.SpaceGlyph != 0)
        {
            var font = pdf.Font(face);
            SetFont(font, style.Size);
            if (!font.IsKnown(face.SpaceGlyph))
                font.Use(face.SpaceGlyph, " ");
            Show(face.SpaceGlyph);
            rest -= face.Advances[face.SpaceGlyph] * style.Size / face.UnitsPerEm;
        }
        _pendingAdjust -= rest * 1000 / _fontSize;
        return x + width;
    }

    private void SetFont(EmbeddedFont font, float size)
    {
        if (font == _font && size == _fontSize)
            return;
        EndArray();
        _content.Ascii("/F").Integer(font.Face.Id).Space().Number(size).Ascii(" Tf\n");
        // An adjustment is in thousandths of the font size: keep its distance under the new size.
        if (_fontSize > 0)
            _pendingAdjust *= _fontSize / size;
        (_font, _fontSize) = (font, size);
    }

    private void SetTextColor(Color color)
    {
        if (_alpha == color.A && _fill is { } current && current.R == color.R && current.G == color.G && current.B == color.B)
            return;
        EndArray();
        Fill(color);
    }

    private void Show(ushort glyph)
    {
        if (!_inArray)
        {
            _content.Byte((byte)'[');
            _inArray = true;
        }
        if (Math.Abs(_pendingAdjust) >= 0.0005)
        {
            if (_inString)
                _content.Byte((byte)'>');
            _content.Number(_pendingAdjust);
            _inString = false;
            _pendingAdjust = 0;
        }
        if (!_inString)
        {
            _content.Byte((byte)'<');
            _inString = true;
        }
        _content.Hex4(glyph);
    }

    /// <summary>Closes the open TJ array; an adjustment still pending opens the next one.</summary>
    private void EndArray()
    {
        if (!_inArray)
            return;
        if (_inString)
            _content.Byte((byte)'>');
        _content.Ascii("] TJ\n");
        (_inArray, _inString) = (false, false);
    }

    /// <summary>Joins neighbouring atoms with the same link or underline into one area per line (in points).</summary>
    private struct SpanTracker(PageCanvas canvas, float top, float bottom, float baseline)
    {
        private float _linkStart, _linkEnd;
        private StructureNode? _linkElement;
        private ResolvedStyle? _underline;
        private float _underlineStart, _underlineEnd;
        private List<(float Start, float End, float Y, ResolvedStyle Style)>? _underlines;

        public Link? Link { get; private set; }

        public void Add(ResolvedStyle style, float start, float end, StructureNode? linkElement)
        {
            if (style.Link is null || !Equals(style.Link, Link))
            {
                FlushLink();
                (Link, _linkStart, _linkElement) = (style.Link, start, linkElement);
            }
            _linkEnd = end;
            if (!style.Underline || _underline is null || _underline.Color != style.Color)
            {
                FlushUnderline();
                (_underline, _underlineStart) = (style.Underline ? style : null, start);
            }
            _underlineEnd = end;
        }

        /// <summary>Records the areas open; underlines are drawn after the text object, where paths may be.</summary>
        public void Flush()
        {
            FlushLink();
            FlushUnderline();
        }

        public readonly void DrawUnderlines()
        {
            foreach (var (start, end, y, style) in _underlines ?? [])
                canvas.Line(start, y, end, y, style.Color, Math.Max(0.4f, style.Size * 0.05f));
        }

        private void FlushLink()
        {
            if (Link is not null)
                canvas.LinkArea(Link, _linkStart, top, _linkEnd, bottom, _linkElement);
            Link = null;
        }

        private void FlushUnderline()
        {
            if (_underline is { } style)
                (_underlines ??= []).Add((_underlineStart, _underlineEnd, baseline + (style.Size * 0.12f), style));
            _underline = null;
        }
    }
}
