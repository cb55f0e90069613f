using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Text;

/// <summary>
/// Glyphs of one face from shaping a piece of text. Advances and offsets are in font units
/// (whole numbers), so the same shaped run serves every size, and drawing compares them with the
/// font's own widths exactly (see <c>PageCanvas</c>).
/// </summary>
internal sealed class ShapedRun(FontFace face, ushort[] glyphs, int[] advances, int[]? offsets, int[] clusters)
{
    public FontFace Face { get; } = face;
    public ushort[] Glyphs { get; } = glyphs;
    public int[] Advances { get; } = advances;

    /// <summary>x, y offset pairs per glyph (marks), or null when every offset is zero.</summary>
    public int[]? Offsets { get; } = offsets;

    /// <summary>For each glyph, the UTF-16 index in the shaped text where its cluster starts.</summary>
    public int[] Clusters { get; } = clusters;

    /// <summary>The advance of glyphs [start, end), in font units.</summary>
    public int Units(int start, int end)
    {
        int units = 0;
        for (int i = start; i < end; i++)
            units += Advances[i];
        return units;
    }

    /// <summary>The width of glyphs [start, end) at <paramref name="size"/> points.</summary>
    public float Width(int start, int end, float size) => Units(start, end) * size / Face.UnitsPerEm;
}

/// <summary>A shaped piece of text: usually one run; more when a fallback face supplies some glyphs.</summary>
internal sealed class ShapedText(ShapedRun[] runs)
{
    public ShapedRun[] Runs { get; } = runs;
}
