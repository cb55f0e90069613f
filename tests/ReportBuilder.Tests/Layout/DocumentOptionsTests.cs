using ReportBuilder.Layout;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

public sealed class DocumentOptionsTests
{
    [Theory]
    [InlineData("A4", 595, 842)]
    [InlineData("Letter", 612, 792)]
    public void Pages_have_the_chosen_size(string name, double width, double height)
    {
        var spec = Documents.New() with { Page = name == "A4" ? PageSetup.A4 : PageSetup.Letter };
        spec.Blocks.Add(new Paragraph([new Run("Size.")]));
        using var pdf = Pdf.Render(spec);
        var page = pdf.Document.GetPage(1);

        Assert.Equal(width, page.Width);
        Assert.Equal(height, page.Height);
    }

    [Fact]
    public void The_contents_list_headings_down_to_their_depth_and_skip_excluded_ones()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new TableOfContents { MaxLevel = 1, Title = "In this issue" });
        spec.Blocks.Add(new Heading(1, [new Run("Listed")]));
        spec.Blocks.Add(new Heading(2, [new Run("Too deep")]));
        spec.Blocks.Add(new Heading(1, [new Run("Left out")]) { ExcludeFromToc = true });
        spec.Blocks.Add(new Paragraph([new Run("Body.")]));
        using var pdf = Pdf.Render(spec);

        var lines = TextLines.Of(pdf.Document.GetPage(1)).Select(l => l.Text).ToArray();

        Assert.Equal("In this issue", lines[0]);
        Assert.Equal("Listed1", lines[1]);
        Assert.Equal("Listed", lines[2]);
        Assert.Equal(3, pdf.Result.Headings.Count);
    }

    [Fact]
    public void Numbered_lists_start_where_asked_and_nest_with_bullets()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new ListBlock([ListItem.Of("seven"), new ListItem([new Paragraph([new Run("eight")]), new ListBlock([ListItem.Of("inner")])])])
        {
            Numbered = true, Start = 7,
        });
        using var pdf = Pdf.Render(spec);

        var lines = TextLines.Of(pdf.Document.GetPage(1)).Select(l => l.Text).ToArray();

        Assert.Equal(["7.seven", "8.eight", "–inner"], lines[..3]);
    }

    [Fact]
    public void Header_and_footer_come_from_the_callers_functions()
    {
        var spec = Documents.New() with
        {
            Header = page => new RunningLine(Left: "left", Center: "centre", Right: page.SectionTitle),
            Footer = page => page.PageNumber == page.PageCount ? new RunningLine(Right: "the end") : null,
        };
        spec.Blocks.Add(new Heading(1, [new Run("Opening")]));
        spec.Blocks.Add(new Paragraph([new Run("Body.")]));
        using var pdf = Pdf.Render(spec);

        var lines = TextLines.Of(pdf.Document.GetPage(1)).Select(l => l.Text).ToArray();

        Assert.Equal("leftcentreOpening", lines[0]);
        Assert.Equal("the end", lines[^1]);
    }
}
