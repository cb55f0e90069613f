using System.Text.RegularExpressions;
using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace ReportBuilder.Tests.Briefing;

/// <summary>The weekly briefings of data/, checked as a reader and as independent PDF tools see them.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class BriefingPdfTests(SiteFixture site)
{
    private const double EdgeMargin = 18;

    private IReadOnlyList<string> Pdfs => site.Files(".pdf");

    private string Week(string id) => Path.Combine(site.OutDir, "briefings", id + ".pdf");

    [Fact]
    public void Every_week_with_claims_has_a_briefing_and_its_markdown()
    {
        var weeks = site.Build.Model!.Claims.Select(c => c.Week.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(weeks, Pdfs.Select(Path.GetFileNameWithoutExtension));
        Assert.All(weeks, w => Assert.True(File.Exists(Path.Combine(site.OutDir, "briefings", w + ".md")), w));
    }

    [Fact]
    public void Two_builds_give_byte_identical_pdfs()
    {
        var again = Pipeline.Build(ProjectFiles.FromDirectory(Repo.Root), BuildOptions.Default);

        var pdfs = again.Files.Where(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(Pdfs.Count, pdfs.Count);
        Assert.All(pdfs, f => Assert.True(f.Bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site.OutDir, f.Path))), f.Path));
    }

    [Fact]
    public void Building_only_the_pdfs_writes_each_with_its_markdown()
    {
        var pdfOnly = Pipeline.Build(ProjectFiles.FromDirectory(Repo.Root), new BuildOptions { Site = false });

        var expected = Pdfs.Select(p => "briefings/" + Path.GetFileName(p))
            .SelectMany(p => new[] { Path.ChangeExtension(p, ".md"), p }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, pdfOnly.Files.Select(f => f.Path));
    }

    [Fact]
    public void Qpdf_finds_no_errors()
    {
        foreach (var pdf in Pdfs)
        {
            var (exit, output) = ExternalTool.Run("qpdf", "--check", pdf);
            Assert.True(exit == 0 && output.Contains("No syntax or stream encoding errors", StringComparison.Ordinal), $"{pdf}:\n{output}");
        }
    }

    [Fact]
    public void Pdffonts_shows_every_font_embedded_as_a_subset_with_a_text_map()
    {
        foreach (var pdf in Pdfs)
        {
            var (exit, output) = ExternalTool.Run("pdffonts", pdf);
            var fonts = output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
            Assert.Equal(0, exit);
            Assert.NotEmpty(fonts);
            // Columns: name type encoding emb sub uni object ID.
            Assert.All(fonts, line => Assert.Equal(["yes", "yes", "yes"], line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5..^2]));
        }
    }

    [Fact]
    public void Week_52_reads_with_each_claimant_beside_its_figure()
    {
        using var document = PdfDocument.Open(Week("2024-W52"));
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Matches(ZelenskyyFigure(), text);
        Assert.Matches(SouthKoreaFigure(), text);
    }

    [Fact]
    public void No_glyph_is_within_18_points_of_a_page_edge()
    {
        foreach (var pdf in Pdfs)
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                var outside = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Where(l =>
                    l.BoundingBox.Left < EdgeMargin || l.BoundingBox.Right > page.Width - EdgeMargin ||
                    l.BoundingBox.Bottom < EdgeMargin || l.BoundingBox.Top > page.Height - EdgeMargin).ToList();
                Assert.True(outside.Count == 0, $"{Path.GetFileName(pdf)} page {page.Number}: '{string.Concat(outside.Take(20).Select(l => l.Value))}'");
            }
        }
    }

    [Fact]
    public void Briefings_have_bookmarks_internal_links_and_links_to_the_site()
    {
        using var document = PdfDocument.Open(Week("2024-W52"));

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.GetNodes(), b => b.Title == "Key figures");
        var links = document.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Contains(links, l => l.Action is AbstractGoToAction);
        Assert.Contains(links, l => l.Action is UriAction { Uri: "https://example.org/nk-russia/sources/taipei-2024-12-23/index.html#L3" });
    }

    [Fact]
    public void Metadata_comes_from_the_data()
    {
        using var document = PdfDocument.Open(Week("2024-W52"));

        Assert.Equal("North Korea in Russia's war: briefing 2024-W52", document.Information.Title);
        Assert.Equal("D:20241229000000+00'00'", document.Information.CreationDate);
        Assert.Equal(site.Build.Model!.Site.Publisher, document.Information.Author);
    }

    [Fact]
    public void A_weekly_briefing_takes_at_most_40_KB_plus_8_KB_a_page_so_120_KB_at_ten_pages()
    {
        foreach (var pdf in Pdfs)
        {
            using var document = PdfDocument.Open(pdf);
            var limit = (40 + 8 * document.NumberOfPages) * 1024;
            Assert.True(new FileInfo(pdf).Length <= limit, $"{pdf}: {new FileInfo(pdf).Length:N0} bytes, {document.NumberOfPages} pages");
        }
    }

    [Fact]
    public void Every_briefing_is_tagged_with_every_mark_tagged_or_an_artifact()
    {
        foreach (var pdf in Pdfs)
        {
            var (_, info) = ExternalTool.Run("pdfinfo", pdf);
            Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
            using var document = PdfDocument.Open(pdf);
            var problems = document.GetPages().SelectMany(Layout.Support.MarkedContent.Problems).ToList();
            Assert.True(problems.Count == 0, $"{pdf}:\n{string.Join("\n", problems.Take(10))}");
        }
    }

    [Fact]
    public void Every_briefing_claims_pdf_ua_1_and_meets_its_machine_checkable_requirements()
    {
        foreach (var pdf in Pdfs)
        {
            var problems = Layout.Support.PdfUaChecks.Problems(pdf);
            Assert.True(problems.Count == 0, $"{pdf}:\n{string.Join("\n", problems.Distinct(StringComparer.Ordinal).Take(10))}");
        }
    }

    [Fact]
    public void Week_52s_structure_follows_the_markdown()
    {
        var (exit, text) = ExternalTool.Run("pdfinfo", "-struct-text", Week("2024-W52"));

        Assert.Equal(0, exit);
        Assert.StartsWith("Document\n  H1 (block)\n    \"Briefing for Week 52, 2024\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  H2 (block)\n    \"Key figures\"\n  P (block)\n    \"Latest is the newest dated estimate", text, StringComparison.Ordinal);
        Assert.Contains("\n  Table (block)\n    TR\n      TH:\n         /Scope /Column\n        \"Measure\"", text, StringComparison.Ordinal);
        Assert.Contains("\n  H3 (block)\n    Link (inline)\n      \"Casualties\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  BlockQuote\n    P (block)\n      \"“", text, StringComparison.Ordinal);
        Assert.Contains("\n  L (block)\n    LI (block)\n      Lbl (block)\n        \"•\"\n      LBody (block)\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  H2 (block)\n    \"Contents\"\n  TOC\n    TOCI\n      Link (inline)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_desks_notes_are_note_elements_with_their_text()
    {
        var (exit, text) = ExternalTool.Run("pdfinfo", "-struct-text", Week("2025-W05"));
        var notes = NoteElement().Matches(text);
        var markdown = File.ReadAllText(Path.ChangeExtension(Week("2025-W05"), ".md"));
        int containers = Regex.Count(markdown, "^::: note$", RegexOptions.Multiline);

        Assert.Equal(0, exit);
        Assert.True(containers > 0, "week 5 has no desk's note to tag");
        Assert.Equal(containers, notes.Count);
        Assert.All(notes, n => Assert.Equal("Desk’s note:", n.Groups[2].Value));
        Assert.Equal(notes.Count, notes.Select(n => n.Groups[1].Value).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("\n  P (block)\n    \"Desk’s note:", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("\n  Note <(note-\\d+)> \\(inline\\)\n    \"(Desk’s note:)")]
    private static partial Regex NoteElement();

    [GeneratedRegex(@"Volodymyr Zelenskyy estimates \(said 23 December 2024; first reported 23 December 2024\): [^•]{0,200}more than 3,000")]
    private static partial Regex ZelenskyyFigure();

    [GeneratedRegex(@"South Korean government estimates \(said 23 December 2024; first reported 23 December 2024\): [^•]{0,200}at least 1,100")]
    private static partial Regex SouthKoreaFigure();
}
