using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Briefing;

/// <summary>A character the briefing fonts lack is reported as RB3002, not left in the PDF as an empty box.</summary>
public sealed class MissingGlyphTests
{
    private static readonly ProjectFiles Files = ProjectFiles.FromDirectory(Repo.Root);

    [Fact]
    public void A_statement_in_hangul_gives_RB3002_at_the_briefing_template()
    {
        var model = SampleModel.Build(kurskStatement: "Zelenskyy says 김정은 sent more than 3,000 soldiers to Kursk 😀.");
        var diagnostics = new DiagnosticBag();

        var pdfs = BriefingPdf.Render(model, Markdown(model), Files, diagnostics);

        Assert.NotEmpty(pdfs);
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
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
        var model = SampleModel.Build(kurskStatement: "Zelenskyy says more than 3,000 soldiers were killed or wounded near Суджа → Kursk.");
        var diagnostics = new DiagnosticBag();

        var pdfs = BriefingPdf.Render(model, Markdown(model), Files, diagnostics);

        Assert.NotEmpty(pdfs);
        Assert.Empty(diagnostics.ToSortedList());
    }

    /// <summary>The briefings' Markdown as the site stage writes it, by path.</summary>
    private static Dictionary<string, string> Markdown(ReportModel model)
    {
        var site = SiteRenderer.Render(model, TemplateSet.Parse(Files));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site.Files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);
    }
}
