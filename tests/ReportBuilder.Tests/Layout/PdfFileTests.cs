using System.Globalization;
using System.Text;
using ReportBuilder.Layout;
using ReportBuilder.Tests.Layout.Support;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;

namespace ReportBuilder.Tests.Layout;

/// <summary>The PDF as a file: valid, embedded fonts, metadata, links, bookmarks, the same bytes every time.</summary>
public sealed class PdfFileTests(RenderedBriefing briefing) : IClassFixture<RenderedBriefing>
{
    [Fact]
    public void Qpdf_finds_no_errors()
    {
        var (exit, output) = briefing.Pdf.Check("qpdf", "--check");

        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pdffonts_shows_only_the_shipped_fonts_all_embedded_as_subsets_with_a_text_map()
    {
        var (exit, output) = briefing.Pdf.Check("pdffonts");

        Assert.True(exit == 0, output);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches(@"^[A-Z]{6}\+Noto(Serif|Sans)", columns[0]);
            // name, type, encoding, then "emb sub uni object ID": embedded, subset, ToUnicode.
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
        }
    }

    [Fact]
    public void Document_information_is_the_callers()
    {
        var info = briefing.Pdf.Document.Information;
        var metadata = briefing.Spec.Metadata;

        Assert.Equal(metadata.Title, info.Title);
        Assert.Equal(metadata.Author, info.Author);
        Assert.Equal(metadata.Subject, info.Subject);
        Assert.Equal(metadata.Keywords, info.Keywords);
        Assert.Equal(metadata.Creator, info.Creator);
        Assert.Equal(metadata.Created, info.GetCreatedDateTimeOffset());
        Assert.Equal(metadata.Modified, info.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void Two_renders_give_the_same_bytes_whatever_the_current_culture()
    {
        var first = Pdf.RenderBytes(Documents.Briefing());
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A culture that writes "1.234,5": any formatting that forgets the invariant culture shows.
            var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            odd.NumberFormat.NumberDecimalSeparator = ",";
            odd.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = odd;
            var second = Pdf.RenderBytes(Documents.Briefing());
            Assert.Equal(first, second);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        Assert.Equal(first, briefing.Pdf.Bytes);
    }

    [Fact]
    public void Renders_running_in_parallel_on_one_font_set_give_the_same_bytes()
    {
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = Pdf.RenderBytes(Documents.Briefing()));

        Assert.All(results, bytes => Assert.Equal(briefing.Pdf.Bytes, bytes));
    }

    [Fact]
    public void Url_runs_become_link_annotations()
    {
        var uris = briefing.Pdf.Document.GetPages()
            .SelectMany(p => p.GetAnnotations())
            .Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToHashSet();

        for (int s = 1; s <= 6; s++)
            Assert.Contains($"https://example.org/source/{s}", uris);
    }

    [Fact]
    public void Internal_links_and_contents_entries_go_to_the_headings_pages()
    {
        var pageOf = briefing.Pdf.Result.Headings.ToDictionary(h => h.Anchor, h => h.Page);
        var goTos = briefing.Pdf.Document.GetPages()
            .SelectMany(p => p.GetAnnotations().Select(a => (Page: p.Number, Action: a.Action as GoToAction)))
            .Where(a => a.Action is not null)
            .ToArray();

        // Each section's paragraph links to section 1; the contents link to every listed heading.
        Assert.True(goTos.Length >= 6 + briefing.Pdf.Result.Headings.Count(h => h.Level <= 2));
        Assert.All(goTos, g => Assert.Contains(g.Action!.Destination.PageNumber, pageOf.Values));
        Assert.Contains(goTos, g => g.Action!.Destination.PageNumber == pageOf[Documents.Anchor(1)] && g.Page > 1);
    }

    [Fact]
    public void Every_heading_is_a_named_destination_with_a_short_id_of_fixed_form()
    {
        var text = briefing.Pdf.Uncompressed();
        for (int n = 1; n <= briefing.Pdf.Result.Headings.Count; n++)
            Assert.Matches($@"/d{n:D4}\s*\[\s*\d+ 0 R\s*/XYZ\s+[\d.]+\s+[\d.]+\s+0\s*\]", text);
        Assert.DoesNotContain($"/d{briefing.Pdf.Result.Headings.Count + 1:D4}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_nest_the_headings_by_level_and_point_at_their_pages()
    {
        Assert.True(briefing.Pdf.Document.TryGetBookmarks(out var bookmarks));
        var headings = briefing.Pdf.Result.Headings;
        var roots = bookmarks.Roots;

        Assert.Equal(headings.Where(h => h.Level == 1).Select(h => h.Title), roots.Select(r => r.Title));
        var flat = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToDictionary(n => n.Title);
        foreach (var heading in headings)
        {
            Assert.Equal(heading.Level - 1, flat[heading.Title].Level);
            Assert.Equal(heading.Page, flat[heading.Title].PageNumber);
        }
        Assert.All(roots, r => Assert.Equal(2, r.Children.Count));
    }

    [Fact]
    public void The_file_is_written_in_one_pass_ending_in_a_cross_reference_stream()
    {
        var text = Encoding.Latin1.GetString(briefing.Pdf.Bytes);

        Assert.StartsWith("%PDF-1.7\n", text, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(text, "%%EOF"));
        Assert.Matches(@"<</Type /XRef /Size \d+ /W \[1 4 2\] /Root \d+ 0 R /Info \d+ 0 R /ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", text);
        Assert.Contains("/PageMode /UseOutlines", briefing.Pdf.Uncompressed(), StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_headings_gets_no_outline_but_its_dates()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new Paragraph([new Run("Only a paragraph.")]));
        using var pdf = Pdf.Render(spec);
        var text = pdf.Uncompressed();

        Assert.DoesNotContain("/Outlines", text, StringComparison.Ordinal);
        Assert.False(pdf.Document.TryGetBookmarks(out _));
        Assert.Equal(spec.Metadata.Created, pdf.Document.Information.GetCreatedDateTimeOffset());
        Assert.Equal(spec.Metadata.Modified, pdf.Document.Information.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void The_only_dates_in_the_file_are_the_callers()
    {
        var text = Encoding.Latin1.GetString(briefing.Pdf.Bytes);

        Assert.Equal(1, CountOf(text, "/CreationDate"));
        Assert.Equal(1, CountOf(text, "/ModDate"));
        Assert.Equal(1, CountOf(text, "/CreationDate (D:20241229000000+00'00')"));
        Assert.Equal(1, CountOf(text, "/ModDate (D:20241229060000+00'00')"));
    }

    [Fact]
    public void Dates_with_an_offset_are_written_as_the_same_instant_in_utc()
    {
        var created = new DateTimeOffset(2024, 12, 29, 9, 30, 15, TimeSpan.FromHours(9.5));
        var spec = Documents.New() with { Metadata = Documents.New().Metadata with { Created = created, Modified = null } };
        spec.Blocks.Add(new Paragraph([new Run("Dated.")]));
        using var pdf = Pdf.Render(spec);
        var text = Encoding.Latin1.GetString(pdf.Bytes);

        Assert.Contains("/CreationDate (D:20241229000015+00'00')", text, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20241229000015+00'00')", text, StringComparison.Ordinal);
        Assert.Equal(created, pdf.Document.Information.GetCreatedDateTimeOffset());
        Assert.Equal(created, pdf.Document.Information.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void A_stream_that_cannot_be_read_back_gets_the_same_bytes()
    {
        using var sink = new WriteOnlyStream();
        PdfRenderer.Render(Documents.Briefing(), TestFonts.Set, sink);

        Assert.Equal(briefing.Pdf.Bytes, sink.Written.ToArray());
    }

    private static int CountOf(string text, string needle) =>
        (text.Length - text.Replace(needle, "", StringComparison.Ordinal).Length) / needle.Length;

    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
