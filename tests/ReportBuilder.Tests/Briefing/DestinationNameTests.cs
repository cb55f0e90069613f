using Markdig;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Layout;

namespace ReportBuilder.Tests.Briefing;

/// <summary>PDF named destinations are short and of one length whatever the headings say: no title can grow them.</summary>
public sealed class DestinationNameTests
{
    [Fact]
    public void Every_heading_gets_a_unique_17_character_destination_however_long_its_title()
    {
        var longTitle = string.Concat(Enumerable.Repeat("Kursk ", 15_000));
        var markdown = $"# Briefing\n\n## {longTitle}\n\n## Key figures\n\n## Key figures\n\n### [Link](#key-figures)\n";
        var mapper = new MarkdownToLayout(_ => null, new Uri("https://example.org/"));

        var headings = mapper.Map(Markdown.Parse(markdown, BriefingMarkdown.Pipeline)).OfType<Heading>().ToList();

        Assert.Equal(4, headings.Count);
        Assert.All(headings, h => Assert.Matches("^d[0-9a-f]{16}$", h.Anchor));
        Assert.Equal(4, headings.Select(h => h.Anchor).Distinct(StringComparer.Ordinal).Count());
        Assert.Matches("^d[0-9a-f]{16}$", headings[3].Runs[0].Link!.Target);
    }
}
