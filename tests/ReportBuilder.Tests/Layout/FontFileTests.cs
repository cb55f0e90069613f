using ReportBuilder.Layout;
using ReportBuilder.Tests.Layout.Support;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Layout;

public sealed class FontFileTests
{
    [Fact]
    public void The_shipped_fonts_are_small_subsets_with_their_licence_beside_them()
    {
        var fonts = Directory.GetFiles(Repo.Fonts, "*.ttf");

        Assert.Equal(10, fonts.Length);
        Assert.All(fonts, f => Assert.True(new FileInfo(f).Length < 200 * 1024, $"{Path.GetFileName(f)} is {new FileInfo(f).Length} bytes"));
        Assert.Contains("SIL OPEN FONT LICENSE", File.ReadAllText(Path.Combine(Repo.Fonts, "OFL.txt")), StringComparison.Ordinal);
        Assert.Contains("fonts-noto-core", File.ReadAllText(Path.Combine(Repo.Fonts, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_default_font_file_exists()
    {
        var names = FontFileNames.Default;
        string[] files =
        [
            names.SerifRegular, names.SerifBold, names.SerifItalic, names.SerifBoldItalic,
            names.SansRegular, names.SansBold, names.SansItalic, names.SansBoldItalic, .. names.Fallbacks,
        ];

        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(Repo.Fonts, f)), f));
    }

    [Fact]
    public void Fonts_load_from_streams_as_well_as_from_a_folder()
    {
        using var fonts = FontSet.FromStreams(name => new MemoryStream(File.ReadAllBytes(Path.Combine(Repo.Fonts, name))));
        using var stream = new MemoryStream();
        var spec = Documents.New();
        spec.Blocks.Add(new Paragraph([new Run("Loaded from streams.")]));

        var result = PdfRenderer.Render(spec, fonts, stream);

        Assert.Equal(1, result.PageCount);
    }
}
