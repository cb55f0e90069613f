namespace ReportBuilder.Layout.Text;

/// <summary>
/// A laid-out line: atoms [Start, End), natural width, box height, baseline from the top of the
/// box, left offset (alignment, indent) and the extra width each inter-word space gets when justified.
/// </summary>
internal readonly record struct TextLine(int Start, int End, float Width, float Height, float Baseline, float Offset, float GapExtra);

/// <summary>Styled text broken into lines for one width: a paragraph, a heading, a table cell, a label.</summary>
internal sealed class InlineLayout
{
    private InlineLayout(string text, Atom[] atoms, ResolvedStyle[] styles, TextLine[] lines)
    {
        Text = text;
        Atoms = atoms;
        Styles = styles;
        Lines = lines;
        foreach (var line in lines)
            Height += line.Height;
    }

    public string Text { get; }
    public Atom[] Atoms { get; }
    public ResolvedStyle[] Styles { get; }
    public TextLine[] Lines { get; }
    public float Height { get; }
    public float Width => Lines.Length == 0 ? 0 : Lines.Max(l => l.Width);

    /// <summary>Lays out text; <paramref name="scratch"/> lends its lists, so only the result is allocated.</summary>
    public static InlineLayout Create(TextShaper shaper, string text, ReadOnlySpan<int> runStarts, ResolvedStyle[] styles,
        float width, TextAlign align, float lineHeight, float firstIndent, Scratch scratch)
    {
        var (atoms, spans) = (scratch.Atoms, scratch.Spans);
        atoms.Clear();
        spans.Clear();
        InlineBuilder.Build(shaper, text, runStarts, styles, atoms);
        LineBreaker.Break(atoms, width - firstIndent, width, spans);
        var lines = new TextLine[spans.Count];
        for (int n = 0; n < spans.Count; n++)
            lines[n] = Measure(atoms, styles, spans[n], n == 0 ? firstIndent : 0, width, align, lineHeight);
        if (lines.Length == 0 && styles.Length > 0)
        {
            // An empty paragraph still takes a line, so a blank table cell has the height of a row.
            var style = styles[0];
            float height = style.Size * lineHeight;
            lines = [new TextLine(0, 0, 0, height, Baseline(height, style.Ascent, style.Descent), 0, 0)];
        }
        return new InlineLayout(text, [.. atoms], styles, lines);
    }

    private static TextLine Measure(List<Atom> atoms, ResolvedStyle[] styles, LineBreaker.Span span, float indent,
        float width, TextAlign align, float lineHeight)
    {
        float size = 0, ascent = 0, descent = 0;
        int gaps = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            var style = styles[atoms[i].Style];
            size = Math.Max(size, style.Size);
            ascent = Math.Max(ascent, style.Ascent);
            descent = Math.Max(descent, style.Descent);
            if (i < span.End - 1 && atoms[i].SpaceAfter > 0)
                gaps++;
        }
        float height = size * lineHeight;
        float free = width - indent - span.Width;
        float offset = indent;
        float gapExtra = 0;
        if (float.IsFinite(free) && free > 0)
        {
            switch (align)
            {
                case TextAlign.Center: offset += free / 2; break;
                case TextAlign.Right: offset += free; break;
                case TextAlign.Justify when !span.Hard && gaps > 0: gapExtra = free / gaps; break;
            }
        }
        return new TextLine(span.Start, span.End, span.Width, height, Baseline(height, ascent, descent), offset, gapExtra);
    }

    /// <summary>The characters a line shows, with the spaces between its words.</summary>
    public string LineText(int index)
    {
        var line = Lines[index];
        return line.End <= line.Start ? "" : Text[Atoms[line.Start].TextStart..Atoms[line.End - 1].TextEnd];
    }

    /// <summary>Working lists reused from one layout to the next (one per render: not thread-safe).</summary>
    internal sealed class Scratch
    {
        public List<Atom> Atoms { get; } = new(256);
        public List<LineBreaker.Span> Spans { get; } = new(32);
    }

    /// <summary>Centres the font's ascent-to-descent box in the line box.</summary>
    private static float Baseline(float height, float ascent, float descent) => ((height - ascent - descent) / 2) + ascent;
}
