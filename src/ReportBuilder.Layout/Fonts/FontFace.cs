using System.Runtime.InteropServices;
using HarfBuzzSharp;
using HbBlob = HarfBuzzSharp.Blob;
using HbFace = HarfBuzzSharp.Face;
using HbFont = HarfBuzzSharp.Font;

namespace ReportBuilder.Layout.Fonts;

/// <summary>
/// One font file: its bytes (which the PDF writer subsets and embeds) and a HarfBuzz font over a
/// native copy of them (for shaping and metrics). Metrics are in ems.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly HbBlob _blob;
    private readonly HbFace _face;
    private readonly CodepointMemo _coverage;

    public FontFace(int id, string name, byte[] data)
    {
        Id = id;
        Name = name;
        Data = data;
        _blob = NativeBlob(data);
        _face = new HbFace(_blob, 0);
        Shaper = new HbFont(_face);
        Shaper.SetFunctionsOpenType();
        UnitsPerEm = _face.UnitsPerEm;
        // Shape in font units: advances stay exact, and one shaping serves every size.
        Shaper.SetScale(_face.UnitsPerEm, _face.UnitsPerEm);
        Shaper.TryGetHorizontalFontExtents(out var extents);
        Ascent = extents.Ascender / UnitsPerEm;
        Descent = -extents.Descender / UnitsPerEm;
        _coverage = new CodepointMemo(c => Shaper.TryGetNominalGlyph((uint)c, out _));
        Advances = new int[_face.GlyphCount];
        for (int g = 0; g < Advances.Length; g++)
            Advances[g] = Shaper.GetHorizontalGlyphAdvance((uint)g);
        if (Shaper.TryGetNominalGlyph(' ', out var space))
            (SpaceGlyph, SpaceUnits) = ((ushort)space, Shaper.GetHorizontalGlyphAdvance(space));
        else
            SpaceUnits = (int)(UnitsPerEm / 4);
    }

    /// <summary>A small index, so caches can use arrays instead of dictionaries keyed by face.</summary>
    public int Id { get; }
    public string Name { get; }
    /// <summary>The font file as loaded.</summary>
    public byte[] Data { get; }

    /// <summary>Each glyph's advance before shaping (its horizontal metric), in font units.</summary>
    public int[] Advances { get; }
    public HbFont Shaper { get; }
    public float UnitsPerEm { get; }
    public float Ascent { get; }
    public float Descent { get; }
    /// <summary>The space glyph, or 0 when the font has none (the symbol fallbacks).</summary>
    public ushort SpaceGlyph { get; }
    public int SpaceUnits { get; }

    /// <summary>The first of the faces that supply glyphs this one lacks (arrows, ▲▼), or null.</summary>
    public FontFace? Fallback { get; set; }

    public bool HasGlyph(int codepoint) => _coverage.Get(codepoint);

    /// <summary>
    /// A blob over a native copy of the font that HarfBuzz frees with the blob. A blob over a
    /// managed array is unsafe: the GC may move the array while HarfBuzz still reads it, which
    /// showed up as words shaped differently from one render to the next.
    /// </summary>
    internal static HbBlob NativeBlob(byte[] data)
    {
        IntPtr memory = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, memory, data.Length);
        var blob = new HbBlob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        blob.MakeImmutable();
        return blob;
    }

    public void Dispose()
    {
        Shaper.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}
