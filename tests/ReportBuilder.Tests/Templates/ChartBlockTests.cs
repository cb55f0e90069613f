using Markdig;
using Markdig.Syntax;
using ReportBuilder.Bench.Synthetic;
using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Templates;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Templates;

/// <summary>The week page finds a briefing's charts with a line scan; the PDF with Markdig. They must find the same.</summary>
public sealed class ChartBlockTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-chart-blocks-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_line_scan_finds_the_charts_markdig_finds_in_every_briefing_of_a_synthetic_project()
    {
        // The repository's own weeks chart nothing; a synthetic project's do.
        ProjectWriter.Write(SyntheticProject.Create(600, seed: 7), _temp, Repo.Path("templates"));
        var build = Pipeline.Build(ProjectFiles.FromDirectory(_temp), new BuildOptions { Pdf = false });
        var briefings = build.Files.Where(f => f.Path.StartsWith("briefings/", StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(briefings);
        Assert.Contains(briefings, b => Markdig(System.Text.Encoding.UTF8.GetString(b.Bytes)).Count > 0);
        foreach (var briefing in briefings)
        {
            var text = System.Text.Encoding.UTF8.GetString(briefing.Bytes);
            Assert.Equal(Markdig(text), BriefingMarkdownSyntax.ChartIds(text));
        }
    }

    [Theory]
    [InlineData("```chart troops\n```\n")]
    [InlineData("```\n```chart not-a-chart\n```\n\n```chart troops\n```\n")]
    [InlineData("~~~\n```chart not-a-chart\n~~~\n~~~chart troops\n~~~\n")]
    [InlineData("````\n```\n```chart not-a-chart\n````\n```chart\n```\n")]
    [InlineData("text ```chart inline``` text\n")]
    public void The_line_scan_reads_fences_as_markdig_does(string markdown) =>
        Assert.Equal(Markdig(markdown), BriefingMarkdownSyntax.ChartIds(markdown));

    private static List<string> Markdig(string markdown) =>
        [.. Markdown.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline).Descendants<FencedCodeBlock>()
            .Where(b => b.Info == BriefingMarkdownSyntax.ChartBlock).Select(b => (b.Arguments ?? "").Trim())];
}
