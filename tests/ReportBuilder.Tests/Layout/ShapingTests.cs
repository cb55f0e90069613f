using ReportBuilder.Layout;
using ReportBuilder.Layout.Text;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

public sealed class ShapingTests
{
    [Fact]
    public void Shaping_gives_the_same_glyphs_after_the_garbage_collector_compacts_the_heap()
    {
        // Regression: HarfBuzz once read font bytes from a managed array the GC could move.
        var face = TestFonts.Set.Get(FontFamily.Serif, bold: false, italic: false);
        string[] words = ["estimate", "Київ", "well-known", "2,100–2,900", "AVATAR", "office"];
        var before = Shape(face, words);
        for (int i = 0; i < 5; i++)
        {
            _ = Enumerable.Range(0, 20_000).Select(n => new byte[64 + (n % 200)]).ToList();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        Assert.Equal(before, Shape(face, words));
    }

    [Fact]
    public void Kerning_is_applied_and_ligatures_are_off_by_default()
    {
        var face = TestFonts.Set.Get(FontFamily.Serif, bold: false, italic: false);
        using var shaper = new TextShaper(TestFonts.Set.Count, ligatures: false);
        using var ligating = new TextShaper(TestFonts.Set.Count, ligatures: true);

        var av = shaper.Shape(face, "AV").Runs[0];
        var a = shaper.Shape(face, "A").Runs[0];
        var v = shaper.Shape(face, "V").Runs[0];
        Assert.True(av.Units(0, 2) < a.Units(0, 1) + v.Units(0, 1), "AV is kerned");
        Assert.Equal(2, shaper.Shape(face, "fi").Runs[0].Glyphs.Length);
        Assert.Single(ligating.Shape(face, "fi").Runs[0].Glyphs);
    }

    [Fact]
    public void Repeated_words_come_from_the_cache()
    {
        var face = TestFonts.Set.Get(FontFamily.Sans, bold: true, italic: false);
        using var shaper = new TextShaper(TestFonts.Set.Count, ligatures: false);

        var first = shaper.Shape(face, "figure");
        var again = shaper.Shape(face, "figure".AsSpan());

        Assert.Same(first, again);
        Assert.Equal(1, shaper.Hits);
        Assert.Equal(1, shaper.Misses);
    }

    [Fact]
    public void Characters_no_font_has_become_the_notdef_box_of_the_text_font()
    {
        var face = TestFonts.Set.Get(FontFamily.Serif, bold: false, italic: false);
        using var shaper = new TextShaper(TestFonts.Set.Count, ligatures: false);

        var runs = shaper.Shape(face, "a\u4E2Db").Runs;

        var run = Assert.Single(runs);
        Assert.Same(face, run.Face);
        Assert.Equal(0, run.Glyphs[1]);
    }

    [Fact]
    public void A_render_lists_the_characters_no_font_has_once_each_in_ordinal_order()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new Heading(1, [new Run("Kim Jong Un (김정은)")]));
        spec.Blocks.Add(new Paragraph([new Run("A statement with 김정은 😀 ❤\uFE0F, Київ, 2,100 → 2,900 ▲; "), new Run("김 again.", Styles.Bold)]));
        spec.Blocks.Add(Documents.Table(new Words(1), rows: 1, header: TableRow.Of("김", "😀", "Latest")));

        using var pdf = Pdf.Render(spec);

        // Hangul and the emoji have no font; the arrow and triangle come from the fallbacks, the variation selector is invisible.
        Assert.Equal(["❤", "김", "은", "정", "😀"], pdf.Result.MissingCharacters);
    }

    [Fact]
    public void A_render_whose_fonts_have_every_character_lists_none_missing()
    {
        using var pdf = Pdf.Render(Documents.Briefing());

        Assert.Empty(pdf.Result.MissingCharacters);
    }

    [Fact]
    public void A_render_reports_a_high_cache_hit_rate()
    {
        using var pdf = Pdf.Render(Documents.Briefing());

        Assert.True(pdf.Result.Shaping.HitRate > 0.8, $"hit rate {pdf.Result.Shaping.HitRate:P1}");
    }

    private static List<string> Shape(ReportBuilder.Layout.Fonts.FontFace face, string[] words)
    {
        using var shaper = new TextShaper(TestFonts.Set.Count, ligatures: false);
        return words.Select(w => string.Join(',', shaper.Shape(face, w).Runs.SelectMany(r => r.Glyphs.Zip(r.Advances, (g, a) => $"{g}:{a}")))).ToList();
    }
}
