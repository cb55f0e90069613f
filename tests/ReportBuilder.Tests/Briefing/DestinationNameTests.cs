using System.Text.RegularExpressions;
using Markdig;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Templates;
using ReportBuilder.Layout;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Briefing;

/// <summary>PDF named destinations are short and of one form whatever the headings say: no title can grow them.</summary>
public sealed class DestinationNameTests
{
    [Fact]
    public void Every_heading_of_a_briefing_gets_a_short_destination_however_long_its_title_and_anchor_links_reach_it()
    {
        var longTitle = string.Concat(Enumerable.Repeat("Kursk ", 15_000));
        var markdown = $"# Briefing\n\n## {longTitle}\n\n## Key figures\n\n## Key figures\n\n### [Link](#key-figures)\n";
        var spec = Documents.New();
        spec.Blocks.AddRange(new MarkdownToLayout(_ => null, new Uri("https://example.org/"), "Contents").Map(Markdown.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline)));

        using var pdf = Pdf.Render(spec);
        var text = pdf.Uncompressed();

        var names = Regex.Matches(text, @"/(d\d{4})\s*\[\s*\d+ 0 R\s*/XYZ").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["d0001", "d0002", "d0003", "d0004"], names.Order(StringComparer.Ordinal));
        Assert.DoesNotMatch(@"/Kursk", text);
        var link = Assert.Single(pdf.Document.GetPages().SelectMany(p => p.GetAnnotations()), a => a.Action is UglyToad.PdfPig.Actions.AbstractGoToAction);
        var target = ((UglyToad.PdfPig.Actions.AbstractGoToAction)link.Action!).Destination.PageNumber;
        Assert.Contains("Key figures", pdf.Text(target), StringComparison.Ordinal);
        Assert.True(target > 1, "the long heading fills the first pages: the link must reach past it");
    }
}
