using ReportBuilder.Core.Templates;
using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using ReportBuilder.Core.Briefing;

namespace ReportBuilder.Tests.Briefing;

/// <summary>A long pipe table parsed in slices is the same tree as the table parsed whole: the same HTML, row for row.</summary>
public sealed class LongTablesTests
{
    private const int Rows = 3 * LongTables.RowsPerSlice + 7;

    [Fact]
    public void A_long_table_is_sliced_and_joined_back_into_the_same_tree()
    {
        var markdown = $"# Week\n\nBefore.\n\n{Table(Rows, Row)}\n\nAfter, with **bold**.\n\n{Table(Rows, r => $"| {r} | second |")}\n";

        Assert.Equal(2, LongTables.Find(markdown.Split('\n')).Count);
        AssertSameTree(markdown);
        var tables = LongTables.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline).OfType<Markdig.Extensions.Tables.Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, table => Assert.Equal(Rows + 1, table.Count));
    }

    [Theory]
    [InlineData("a row with more cells than the header", "| 1 | 2 | 3 | 4 | 5 |")]
    [InlineData("a row with fewer cells", "| only |")]
    [InlineData("trailing spaces (a hard break elsewhere)", "| a | b |  ")]
    [InlineData("emphasis opened in one row and closed in the next", "| **open | b |")]
    [InlineData("a link label left open", "| [open | b |")]
    [InlineData("escaped pipes and backslashes", @"| a \| b \\ | \`c\` |")]
    [InlineData("carriage returns", "| a | b |\r")]
    public void Unusual_rows_come_out_as_the_whole_table_would_have_them(string why, string oddRow)
    {
        var markdown = Table(Rows, r => r % 50 == 3 ? oddRow : Row(r)) + "\n";
        Assert.True(LongTables.Find(markdown.Split('\n')).Count <= 1, why);
        AssertSameTree(markdown);
    }

    [Theory]
    [InlineData("inside a fenced code block", "```\n{0}\n```\n")]
    [InlineData("inside a longer tilde fence, with a shorter fence inside", "~~~~\n~~~\n{0}\n~~~~\n")]
    [InlineData("right after a paragraph line", "Lead-in line.\n{0}\n")]
    [InlineData("followed by a paragraph line", "{0}\nlazy line\n")]
    [InlineData("inside a list item", "- item\n\n  {0}\n")]
    [InlineData("in a block quote", "> {0}\n")]
    [InlineData("with a code span in a row", "{0}\n| `code | b |\n")]
    [InlineData("with a backslash at a row's end", "{0}\n| a | b \\\n")]
    public void A_table_that_slicing_could_change_is_left_whole(string why, string template)
    {
        var markdown = string.Format(CultureInfo.InvariantCulture, template, Table(Rows, Row));
        Assert.True(LongTables.Find(markdown.Split('\n')).Count == 0, why);
        AssertSameTree(markdown);
    }

    [Fact]
    public void A_short_table_is_parsed_as_it_is()
    {
        var markdown = Table(LongTables.RowsPerSlice, Row);
        Assert.Empty(LongTables.Find(markdown.Split('\n')));
        AssertSameTree(markdown);
    }

    private static string Row(int r) =>
        $"| [Measure {r}](measures/m{r}/index.html) | Claimant {r}, said {r} May: **more than {r},000** soldiers | *{r}* \\| x |";

    private static string Table(int rows, Func<int, string> row) =>
        "| Measure | One claimant | Another |\n|:--|:-:|--:|\n" + string.Join('\n', Enumerable.Range(1, rows).Select(row));

    private static void AssertSameTree(string markdown)
    {
        var whole = Html(Markdown.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline));
        Assert.Equal(whole, Html(LongTables.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline)));
    }

    private static string Html(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        BriefingMarkdownSyntax.MarkdigPipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}
