using HarfBuzzSharp;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Pdf;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

/// <summary>Fonts are embedded cut down to the glyphs a document uses.</summary>
public sealed class FontSubsetTests
{
    [Fact]
    public void A_subset_keeps_the_used_glyphs_and_the_parts_of_composite_ones_and_empties_the_rest()
    {
        var face = TestFonts.Set.Get(FontFamily.Serif, bold: false, italic: false);
        uint accented = Glyph(face.Shaper, 'é'), used = Glyph(face.Shaper, 'a'), unused = Glyph(face.Shaper, 'z');

        var subset = TrueTypeSubset.Create(face.Data, new SortedSet<int> { (int)accented, (int)used });

        Assert.True(subset.Length < face.Data.Length / 4, $"{subset.Length} bytes of {face.Data.Length}");
        // Blob.FromStream hands HarfBuzz an unpinned managed array; the GC may move it mid-read.
        using var blob = FontFace.NativeBlob(subset);
        using var subsetFace = new Face(blob, 0);
        using var font = new Font(subsetFace);
        // A composite glyph measures its components: it has the full font's extents only if they came along.
        Assert.Equal(Extents(face.Shaper, accented), Extents(font, accented));
        Assert.Equal(Extents(face.Shaper, used), Extents(font, used));
        Assert.Equal(default, Extents(font, unused));
    }

    [Fact]
    public void The_subset_tag_follows_the_glyphs_used()
    {
        static string Tags(string text)
        {
            var spec = Documents.New();
            spec.Blocks.Add(new Paragraph([new Run(text)]));
            using var pdf = Pdf.Render(spec);
            // The body's serif font; the footer is set in the sans.
            return pdf.Document.GetPage(1).Letters.Select(l => l.FontName ?? "").First(n => n.Contains("Serif", StringComparison.Ordinal));
        }

        Assert.Equal(Tags("abc"), Tags("cab"));
        Assert.NotEqual(Tags("abc"), Tags("abd"));
        Assert.Matches("^[A-Z]{6}\\+NotoSerif-Regular$", Tags("abc"));
    }

    private static uint Glyph(Font font, char c) => font.TryGetNominalGlyph(c, out uint glyph) ? glyph : throw new InvalidOperationException($"no glyph for {c}");

    private static GlyphExtents Extents(Font font, uint glyph) => font.TryGetGlyphExtents(glyph, out var extents) ? extents : default;
}
