using ReportBuilder.Core;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Output;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Briefing;

/// <summary>A character the briefing fonts lack is reported as RB3002, not left in the PDF as an empty box.</summary>
public sealed class MissingGlyphTests
{
    private static readonly ProjectFiles Files = ProjectFiles.FromDirectory(Repo.Root);

    [Fact]
    public void A_statement_in_hangul_gives_RB3002_at_the_briefing_template()
    {
        var (pdfs, diagnostics) = Briefings("Zelenskyy says 김정은 sent more than 3,000 soldiers to Kursk 😀.");

        Assert.NotEmpty(pdfs);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Codes.MissingGlyphs, diagnostic.Code);
        Assert.Equal("templates/briefing/week.md.sbn", diagnostic.Span.ToString());
        Assert.Equal("briefing 2024-W52: the briefing fonts have no glyph for '김' (U+AE40), '은' (U+C740), '정' (U+C815), '😀' (U+1F600)",
            diagnostic.Message);
        Assert.Equal("the fonts in templates/assets/fonts/ cover Latin and Cyrillic; transliterate, or ship a font that has these characters",
            diagnostic.Hint);
    }

    [Fact]
    public void A_model_in_latin_and_cyrillic_gives_no_diagnostic()
    {
        var (pdfs, diagnostics) = Briefings("Zelenskyy says more than 3,000 soldiers were killed or wounded near Суджа → Kursk.");

        Assert.NotEmpty(pdfs);
        Assert.Empty(diagnostics);
    }

    /// <summary>The sample model's briefings, with this Kursk statement, typeset from the Markdown the pipeline renders once.</summary>
    private static (IReadOnlyList<OutputFile> Pdfs, IReadOnlyList<Diagnostic> Diagnostics) Briefings(string kurskStatement)
    {
        var sink = new MemorySink();
        var build = Pipeline.Render(SampleModel.Build(kurskStatement), ProjectDocuments.Load(Files), new BuildOptions { Site = false }, sink);
        return ([.. sink.Files.Where(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal))], build.Diagnostics);
    }
}
