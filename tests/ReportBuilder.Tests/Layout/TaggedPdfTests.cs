using System.Text.RegularExpressions;
using ReportBuilder.Layout;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

/// <summary>The PDF's logical structure, as screen readers and poppler see it.</summary>
public sealed partial class TaggedPdfTests(RenderedBriefing briefing) : IClassFixture<RenderedBriefing>
{
    [Fact]
    public void Pdfinfo_says_tagged_and_the_catalog_marks_it_with_language_and_title_display()
    {
        var (exit, output) = briefing.Pdf.Check("pdfinfo");
        var text = briefing.Pdf.Uncompressed();

        Assert.True(exit == 0, output);
        Assert.Contains("Tagged:          yes", output, StringComparison.Ordinal);
        Assert.Matches(@"/MarkInfo\s*<<\s*/Marked true\s*>>", text);
        Assert.Matches(@"/DisplayDocTitle true", text);
        Assert.Matches(@"/Lang \(en\)", text);
        Assert.Matches(@"/Tabs /S", text);
    }

    [Fact]
    public void A_document_with_every_block_type_meets_pdf_ua_1s_checks_and_one_without_a_language_does_not_claim_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-pdfua-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, briefing.Pdf.Bytes);
        try
        {
            var problems = PdfUaChecks.Problems(path);
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        }
        finally
        {
            File.Delete(path);
        }
        var plain = Documents.New();
        var spec = plain with { Metadata = plain.Metadata with { Language = "" } };
        spec.Blocks.Add(new Paragraph([new Run("No language.")]));
        using var unclaimed = Pdf.Render(spec);
        Assert.DoesNotContain("pdfuaid:part", unclaimed.Uncompressed(), StringComparison.Ordinal);
        Assert.Contains("pdfuaid:part>1<", briefing.Pdf.Uncompressed(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mark_on_every_page_is_tagged_content_or_an_artifact()
    {
        var pages = briefing.Pdf.Document.GetPages().ToList();
        var problems = pages.SelectMany(MarkedContent.Problems).ToList();

        Assert.All(pages, p => Assert.Contains(p.Operations, o => o.Operator == "TJ"));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void The_structure_lists_the_blocks_in_reading_order()
    {
        var roles = StructureRoles(briefing.Pdf).ToList();

        // The title paragraph and the contents under its heading, then the first section as Documents.Briefing builds it.
        string[] start = ["Document", "P", "H1", "TOC", "TOCI", "Link", "Lbl"];
        Assert.Equal(start, roles.Take(start.Length));
        int section = roles.IndexOf("H1", roles.IndexOf("TOC"));
        string[] firstSection = ["H1", "P", "Link", "Link", "H2", "P", "L", "LI", "Lbl", "LBody", "P"];
        Assert.Equal(firstSection, roles.Skip(section).Take(firstSection.Length));
        Assert.Contains("Table", roles);
        Assert.Contains("TH", roles);
        Assert.Contains("TD", roles);
        Assert.Contains("Figure", roles);
        Assert.Contains("Div", roles);
        Assert.True(roles.IndexOf("Table") < roles.IndexOf("Div"), "a section's table comes before its box");
    }

    [Fact]
    public void The_structure_holds_the_body_text_and_leaves_out_running_headers_and_footers()
    {
        var (_, text) = briefing.Pdf.Check("pdfinfo", "-struct-text");

        Assert.Contains("\"Weekly briefing\"", text, StringComparison.Ordinal);
        Assert.Contains("\"source link\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_contents_title_is_the_heading_its_role_says()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new TableOfContents { TitleRole = StructureRole.H2 });
        spec.Blocks.Add(new Heading(1, [new Run("Only section")]));
        using var pdf = Pdf.Render(spec);

        Assert.Equal(["Document", "H2", "TOC", "TOCI", "Link", "Lbl", "H1"], StructureRoles(pdf));
        Assert.Contains("H2 (block)\n    \"Contents\"", pdf.Check("pdfinfo", "-struct-text").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_is_a_note_element_with_an_identifier_unique_in_the_file_and_the_id_tree_finds_it()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new Paragraph([new Run("Body text.")]));
        spec.Blocks.Add(new Paragraph([new Run("First note.")]) { Role = StructureRole.Note });
        spec.Blocks.Add(new Paragraph([new Run("Second note.")]) { Role = StructureRole.Note });
        using var pdf = Pdf.Render(spec);
        var notes = Objects(pdf).Where(o => o.Contains("/S /Note", StringComparison.Ordinal)).ToList();
        var ids = notes.Select(o => Regex.Match(o, @"/ID \((note-\d+)\)").Groups[1].Value).ToList();

        Assert.Equal(["Document", "P", "Note", "Note"], StructureRoles(pdf));
        Assert.Equal(2, ids.Distinct(StringComparer.Ordinal).Count(id => id.Length > 0));
        var idTree = Regex.Match(pdf.Uncompressed(), @"/IDTree (\d+) 0 R");
        Assert.True(idTree.Success, "the structure tree root has no /IDTree");
        var names = Objects(pdf).Single(o => Regex.IsMatch(o, "(^|\n)" + idTree.Groups[1].Value + @" 0 obj\s*<<\s*/Names"));
        Assert.All(ids, id => Assert.Contains("(" + id + ")", names, StringComparison.Ordinal));
        Assert.Contains("\"First note.\"", pdf.Check("pdfinfo", "-struct-text").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_cells_have_column_scope_and_figures_say_what_they_show()
    {
        var objects = Objects(briefing.Pdf);
        var headerCells = objects.Where(o => o.Contains("/S /TH", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(headerCells);
        Assert.All(headerCells, o => Assert.Contains("/Scope /Column", o, StringComparison.Ordinal));
        Assert.Contains(objects, o => o.Contains("/S /Figure", StringComparison.Ordinal)
            && Regex.IsMatch(o, @"/Alt \(Estimates by claimant\. Line chart in [^)]*\. Latest estimate: 2 December 2024, [\d,.]+"));
    }

    [Fact]
    public void Every_link_annotation_belongs_to_a_link_element_and_says_where_it_goes()
    {
        var annotations = Objects(briefing.Pdf).Where(o => o.Contains("/Subtype /Link", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(annotations);
        Assert.All(annotations, a => Assert.Matches(@"/StructParent \d+", a));
        Assert.All(annotations, a => Assert.Matches(@"/Contents \(", a));
    }

    /// <summary>The file's objects, one string each, as qpdf writes them out uncompressed.</summary>
    private static List<string> Objects(Pdf pdf) => [.. pdf.Uncompressed().Split("endobj", StringSplitOptions.None)];

    /// <summary>The roles of the structure tree in reading order, as pdfinfo prints them (with an element's identifier, if it has one, after the role).</summary>
    private static IEnumerable<string> StructureRoles(Pdf pdf)
    {
        var (exit, output) = pdf.Check("pdfinfo", "-struct-text");
        Assert.True(exit == 0, output);
        return output.Split('\n').Select(l => Role().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"^\s*([A-Z][A-Za-z0-9]*)(?: <[^>]*>)?(?: \((?:block|inline)\))?:?$")]
    private static partial Regex Role();
}
