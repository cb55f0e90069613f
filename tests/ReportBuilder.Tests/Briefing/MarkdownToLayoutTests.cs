using Markdig;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Templates;
using ReportBuilder.Layout;

namespace ReportBuilder.Tests.Briefing;

/// <summary>The roles the Markdown → layout mapping gives, which are what keeps an edited template tagged.</summary>
public sealed class MarkdownToLayoutTests
{
    private static List<Block> Map(string markdown) =>
        new MarkdownToLayout(_ => null, new Uri("https://example.org/weeks/2024-W52/"), "Contents")
            .Map(Markdown.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline));

    [Fact]
    public void Each_paragraph_of_a_note_container_is_a_note_and_the_paragraphs_around_it_are_not()
    {
        var blocks = Map("Before.\n\n::: note\n*Desk’s note:* read as week 3.\n\nA second line.\n:::\n\nAfter.\n");

        Assert.Equal([StructureRole.Natural, StructureRole.Note, StructureRole.Note, StructureRole.Natural],
            blocks.Cast<Paragraph>().Select(p => p.Role));
        Assert.Equal("Desk’s note: read as week 3.", string.Concat(((Paragraph)blocks[1]).Runs.Select(r => r.Text)));
    }

    [Fact]
    public void An_escaped_value_at_a_line_start_stays_a_paragraph_and_keeps_its_colons()
    {
        var blocks = Map(Escaping.Markdown("::: note") + "\n\nquote a::b::c\n");

        Assert.Equal([StructureRole.Natural, StructureRole.Natural], blocks.Cast<Paragraph>().Select(p => p.Role));
        Assert.Equal("::: note", string.Concat(((Paragraph)blocks[0]).Runs.Select(r => r.Text)));
        Assert.Equal("quote a::b::c", string.Concat(((Paragraph)blocks[1]).Runs.Select(r => r.Text)));
    }

    [Fact]
    public void The_contents_title_is_an_h2_beside_the_sections()
    {
        var contents = Assert.IsType<TableOfContents>(Assert.Single(Map("```contents\n```\n")));

        Assert.Equal(StructureRole.H2, contents.TitleRole);
        Assert.Equal("Contents", contents.Title);
    }
}
