using System.Text;
using ReportBuilder.Core;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Orchestration;

/// <summary>The pipeline runs only the stages an output needs, and its bytes do not depend on how many threads render.</summary>
public sealed class PipelineStageTests
{
    private const string HomeTemplate = "templates/pages/home.sbn";

    /// <summary>The repository's project with the home page's template broken at run time (it parses, then fails).</summary>
    private static ProjectFiles WithBrokenHomePage()
    {
        var files = ProjectFiles.FromDirectory(Repo.Root);
        var broken = Encoding.UTF8.GetBytes("{{ no_such_function 1 }}");
        return new ProjectFiles(files.Origin, files.All.Select(f => f.Path == HomeTemplate ? new ProjectFile(f.Path, broken, broken.Length) : f));
    }

    [Fact]
    public void A_broken_page_template_fails_the_site()
    {
        var build = Pipeline.Build(WithBrokenHomePage(), BuildOptions.Default);

        Assert.False(build.Succeeded);
        Assert.Contains(build.Diagnostics, d => d.Code == Codes.TemplateRuntime && d.Span.Path == HomeTemplate);
    }

    [Fact]
    public void A_pdf_only_build_renders_no_html_so_a_broken_page_template_does_not_fail_it()
    {
        var build = Pipeline.Build(WithBrokenHomePage(), new BuildOptions { Site = false });

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.NotEmpty(build.Files);
        Assert.All(build.Files, f => Assert.Matches(@"^briefings/\d{4}-W\d{2}\.(md|pdf)$", f.Path));
    }

    [Fact]
    public void One_week_s_briefing_renders_only_that_week_and_no_html()
    {
        var week = new IsoWeek(2024, 52);
        var build = Pipeline.Build(WithBrokenHomePage(), new BuildOptions { Site = false, Week = week });

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Equal(["briefings/2024-W52.md", "briefings/2024-W52.pdf"], build.Files.Select(f => f.Path));
        Assert.Equal(1, build.Briefings);
    }

    [Fact]
    public void One_thread_and_four_give_the_same_files_byte_for_byte()
    {
        var files = ProjectFiles.FromDirectory(Repo.Root);

        var one = Pipeline.Build(files, BuildOptions.Default with { MaxDegreeOfParallelism = 1 });
        var four = Pipeline.Build(files, BuildOptions.Default with { MaxDegreeOfParallelism = 4 });

        Assert.True(one.Succeeded, string.Join("\n", one.Diagnostics));
        Assert.Equal(one.Files.Select(f => f.Path), four.Files.Select(f => f.Path));
        Assert.All(one.Files.Zip(four.Files), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), pair.First.Path));
        Assert.Equal((one.Pages, one.Briefings), (four.Pages, four.Briefings));
    }
}
