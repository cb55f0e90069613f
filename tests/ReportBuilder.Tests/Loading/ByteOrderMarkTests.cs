using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Loading;

/// <summary>A UTF-8 byte-order mark, as some editors write, is no part of the text: files with one check as without.</summary>
public sealed class ByteOrderMarkTests : IDisposable
{
    private readonly TempProject _project = TempProject.OfFixture("rb-bom-");

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Yaml_and_source_texts_with_a_utf8_bom_are_valid()
    {
        var project = _project.Root;
        foreach (var file in new[] { "data/site.yaml", "data/sheets/casualties.yaml", "data/sources/report.txt" })
        {
            var path = Path.Combine(project, file);
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);
        }

        var (exit, stdout, _) = CliRunner.Run("check", "--project", project);

        Assert.Equal(0, exit);
        Assert.StartsWith("check: data is valid", stdout, StringComparison.Ordinal);
    }
}
