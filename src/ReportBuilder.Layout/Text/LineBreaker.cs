namespace ReportBuilder.Layout.Text;

/// <summary>
/// Greedy line breaking that never lets a line exceed its width: a word that does not fit on an
/// empty line is cut at a glyph cluster boundary. (Only a single glyph wider than the whole
/// column can still stick out, because a line takes at least one.)
/// </summary>
internal static class LineBreaker
{
    /// <summary>A line: atoms [Start, End), its natural width, and whether it ends the paragraph or a forced break.</summary>
    public readonly record struct Span(int Start, int End, float Width, bool Hard);

    private const float Tolerance = 0.001f;

    public static void Break(List<Atom> atoms, float firstWidth, float width, List<Span> lines)
    {
        int lineStart = 0;
        float lineWidth = 0;
        float pendingSpace = 0;
        int i = 0;
        while (i < atoms.Count)
        {
            float available = lines.Count == 0 ? firstWidth : width;
            int j = SegmentEnd(atoms, i);
            float segmentWidth = 0;
            for (int k = i; k <= j; k++)
                segmentWidth += atoms[k].Width;

            if (lineStart != i && lineWidth + pendingSpace + segmentWidth > available + Tolerance)
            {
                lines.Add(new Span(lineStart, i, lineWidth, Hard: false));
                (lineStart, lineWidth, pendingSpace) = (i, 0, 0);
                continue;
            }
            if (lineStart == i && segmentWidth > available + Tolerance)
            {
                // Cut the word: what fits ends this line, the rest starts the next.
                int cut = CutToFit(atoms, i, j, available, out float cutWidth);
                lines.Add(new Span(lineStart, cut, cutWidth, Hard: false));
                (lineStart, lineWidth, pendingSpace, i) = (cut, 0, 0, cut);
                continue;
            }
            lineWidth += pendingSpace + segmentWidth;
            pendingSpace = atoms[j].SpaceAfter;
            i = j + 1;
            if (atoms[j].Break == AtomBreak.Forced)
            {
                lines.Add(new Span(lineStart, i, lineWidth, Hard: true));
                (lineStart, lineWidth, pendingSpace) = (i, 0, 0);
            }
        }
        if (lineStart < atoms.Count)
            lines.Add(new Span(lineStart, atoms.Count, lineWidth, Hard: true));
        else if (lines.Count > 0)
            lines[^1] = lines[^1] with { Hard = true };
    }

    /// <summary>The last atom of the word that starts at <paramref name="i"/>.</summary>
    private static int SegmentEnd(List<Atom> atoms, int i)
    {
        while (i < atoms.Count - 1 && atoms[i].Break == AtomBreak.None)
            i++;
        return i;
    }

    /// <summary>
    /// Splits atoms i..j so the first part is as wide as fits (at least one glyph cluster) and
    /// returns the index of the first atom of the rest.
    /// </summary>
    private static int CutToFit(List<Atom> atoms, int i, int j, float available, out float width)
    {
        width = 0;
        for (int k = i; k <= j; k++)
        {
            var atom = atoms[k];
            if (width + atom.Width <= available + Tolerance)
            {
                width += atom.Width;
                continue;
            }
            float perUnit = atom.Width / Math.Max(1, atom.Run.Units(atom.GlyphStart, atom.GlyphEnd));
            int split = atom.GlyphStart;
            float used = 0;
            for (int g = atom.GlyphStart; g < atom.GlyphEnd; g = NextCluster(atom.Run, g, atom.GlyphEnd))
            {
                int end = NextCluster(atom.Run, g, atom.GlyphEnd);
                float w = atom.Run.Units(g, end) * perUnit;
                bool nothingYet = k == i && split == atom.GlyphStart;
                if (width + used + w > available + Tolerance && !nothingYet)
                    break;
                used += w;
                split = end;
            }
            if (split == atom.GlyphStart)
                return k; // the whole atom moves to the next line
            if (split == atom.GlyphEnd)
            {
                width += used;
                return k + 1;
            }
            // Clusters count from the start of the shaped piece, which is where the first glyph's cluster points.
            int textAt = atom.TextStart - atom.Run.Clusters[atom.GlyphStart] + atom.Run.Clusters[split];
            atoms[k] = atom with { GlyphEnd = split, Width = used, SpaceAfter = 0, Break = AtomBreak.Allowed, TextEnd = textAt };
            atoms.Insert(k + 1, atom with { GlyphStart = split, Width = atom.Width - used, TextStart = textAt });
            width += used;
            return k + 1;
        }
        return j + 1;
    }

    private static int NextCluster(ShapedRun run, int glyph, int end)
    {
        int cluster = run.Clusters[glyph];
        int g = glyph + 1;
        while (g < end && run.Clusters[g] == cluster)
            g++;
        return g;
    }
}
