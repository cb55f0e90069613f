using System.Globalization;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

/// <summary>What a reader sees on the pages, read back with PdfPig.</summary>
public sealed class RenderedPageTests(RenderedBriefing briefing) : IClassFixture<RenderedBriefing>
{
    private const double EdgeMargin = 18;

    [Fact]
    public void The_briefing_spans_several_pages()
    {
        Assert.True(briefing.Pdf.Result.PageCount >= 5, $"{briefing.Pdf.Result.PageCount} pages");
        Assert.Equal(briefing.Pdf.Result.PageCount, briefing.Pdf.Document.NumberOfPages);
    }

    [Fact]
    public void No_glyph_comes_within_18pt_of_a_page_edge()
    {
        foreach (var page in briefing.Pdf.Document.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= EdgeMargin && box.Right <= page.Width - EdgeMargin
                    && box.Bottom >= EdgeMargin && box.Top <= page.Height - EdgeMargin,
                    $"page {page.Number}: '{letter.Value}' at {box}");
            }
        }
    }

    [Fact]
    public void Body_glyphs_stay_inside_the_body_and_running_lines_inside_the_margins()
    {
        var setup = briefing.Spec.Page;
        double left = setup.Margins.Left - 0.5, right = setup.Width - setup.Margins.Right + 0.5;
        double bodyTop = setup.Height - setup.Margins.Top, bodyBottom = setup.Margins.Bottom;
        foreach (var page in briefing.Pdf.Document.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= left && box.Right <= right, $"page {page.Number}: '{letter.Value}' outside the column at {box}");
                bool inBody = box.Bottom >= bodyBottom - 3.5 && box.Top <= bodyTop + 0.5;
                bool inHeader = box.Bottom > bodyTop;
                bool inFooter = box.Top < bodyBottom;
                Assert.True(inBody || inHeader || inFooter, $"page {page.Number}: '{letter.Value}' straddles the body's edge at {box}");
            }
        }
    }

    [Fact]
    public void Every_page_says_page_x_of_y()
    {
        int count = briefing.Pdf.Result.PageCount;
        foreach (var page in briefing.Pdf.Document.GetPages())
        {
            var footer = TextLines.Of(page)[^1].Text;
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {count}"), footer);
        }
    }

    [Fact]
    public void The_header_names_the_document_and_the_section_from_page_two()
    {
        var pages = briefing.Pdf.Document.GetPages().ToArray();
        Assert.DoesNotContain(briefing.Spec.Metadata.Title, TextLines.Of(pages[0])[0].Text, StringComparison.Ordinal);
        foreach (var page in pages.Skip(1))
        {
            var header = TextLines.Of(page)[0].Text;
            Assert.StartsWith(briefing.Spec.Metadata.Title, header, StringComparison.Ordinal);
        }
        // A page that starts inside section 2 says so.
        var section2 = briefing.Pdf.Result.Headings.First(h => h.Anchor == Documents.Anchor(2));
        var next = pages[section2.Page];
        Assert.EndsWith(section2.Title, TextLines.Of(next)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_of_contents_page_numbers_match_where_the_headings_land()
    {
        var pages = briefing.Pdf.Document.GetPages().ToArray();
        var tocLines = pages.Take(2).SelectMany(TextLines.Of).Select(l => l.Text).ToArray();
        var listed = briefing.Pdf.Result.Headings.Where(h => h.Level <= 2).ToArray();
        Assert.NotEmpty(listed);
        foreach (var heading in listed)
        {
            // Where the heading really is: the page with a line of its text in the heading font.
            int landed = pages.First(p => TextLines.Of(p).Any(l => l.Text == heading.Title
                && l.Letters.All(x => (x.FontName ?? "").Contains("NotoSans-Bold", StringComparison.Ordinal) && x.PointSize >= 12))).Number;
            Assert.Equal(heading.Page, landed);
            var entry = tocLines.FirstOrDefault(l => l.StartsWith(heading.Title, StringComparison.Ordinal));
            Assert.True(entry is not null, $"no contents entry for {heading.Title}");
            // The leader dots are drawn, not text: the page number follows the title directly.
            Assert.Equal(landed.ToString(CultureInfo.InvariantCulture), entry[heading.Title.Length..].Trim());
        }
    }

    [Fact]
    public void Fallback_glyphs_come_from_the_shipped_symbol_fonts()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new ReportBuilder.Layout.Paragraph([new ReportBuilder.Layout.Run("up ▲ down ▼ then → minus − and ≤")]));
        using var pdf = Pdf.Render(spec);
        var letters = pdf.Document.GetPage(1).Letters;

        Assert.Contains(letters, l => l.Value == "▲" && (l.FontName ?? "").EndsWith("NotoSansMono-Regular", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.Value == "→" && (l.FontName ?? "").EndsWith("NotoSansMath-Regular", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.Value == "−" && (l.FontName ?? "").EndsWith("NotoSansMath-Regular", StringComparison.Ordinal));
        Assert.Equal("up ▲ down ▼ then → minus − and ≤", TextLines.Of(pdf.Document.GetPage(1))[0].Text);
    }

    [Fact]
    public void Charts_draw_their_title_ticks_and_legend_as_text()
    {
        var page = briefing.Pdf.Document.GetPages().First(p => TextLines.Of(p).Any(l => l.Text == "Estimates by claimant"));
        var lines = TextLines.Of(page).Select(l => l.Text).ToArray();

        Assert.Contains(lines, l => l.Contains("2 Dec", StringComparison.Ordinal) && l.Contains("16 Dec", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Latest estimate", StringComparison.Ordinal) && l.Contains("Previous week", StringComparison.Ordinal));
        Assert.Contains("2,000", lines);
    }
}
