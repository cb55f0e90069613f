using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

/// <summary>A week's briefing and page show what was known by that week's end: later data never rewrites them.</summary>
public sealed class WeekScopeTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("rb-week-").FullName;

    public WeekScopeTests()
    {
        CliRunner.CopyTree(Repo.Path("data"), Path.Combine(_project, "data"));
        CliRunner.CopyTree(Repo.Path("templates"), Path.Combine(_project, "templates"));
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void A_later_estimate_does_not_join_an_earlier_weeks_comparisons_or_chart()
    {
        // A Kursk casualty figure first reported in week 2025-W05, below the estimate of 23 December 2024.
        var sheet = Path.Combine(_project, "data", "sheets", "casualties.yaml");
        var text = File.ReadAllText(sheet);
        var edited = text.Replace("""
                  - measure: nk-deaths
                    min: 300
            """, """
                  - measure: nk-casualties-kursk
                    min: 300
            """, StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(sheet, edited);

        var build = Pipeline.Build(ProjectFiles.FromDirectory(_project), BuildOptions.Default);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        string Text(string path) => System.Text.Encoding.UTF8.GetString(build.Files.Single(f => f.Path == path).Bytes);
        Assert.DoesNotContain("at least 300", Text("briefings/2024-W52.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("at least 300", Text("weeks/2024-W52/index.html"), StringComparison.Ordinal);
        Assert.Contains("at least 300", Text("briefings/2025-W05.md"), StringComparison.Ordinal);
        Assert.Contains("at least 300", Text("measures/nk-casualties-kursk/index.html"), StringComparison.Ordinal);
    }
}
