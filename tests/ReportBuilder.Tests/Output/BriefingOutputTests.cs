using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Output;

/// <summary>Where `briefing` writes its PDF: a file, a folder, or by default out/, which a later build still owns.</summary>
public sealed class BriefingOutputTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-briefing-out-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void An_existing_folder_as_out_gets_the_week_s_pdf_inside_it()
    {
        var (exit, stdout, _) = CliRunner.Run("briefing", "--week", "2024-W52", "--project", Repo.Root, "--out", _temp);
        var pdf = Path.Combine(_temp, "2024-W52.pdf");
        Assert.Equal(0, exit);
        Assert.StartsWith($"wrote {pdf} ", stdout, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", File.ReadAllText(pdf), StringComparison.Ordinal);
        Assert.Equal([pdf], Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public void An_out_ending_in_a_slash_is_a_folder_to_create()
    {
        var folder = Path.Combine(_temp, "new") + "/";
        Assert.Equal(0, CliRunner.Run("briefing", "--week", "2024-W52", "--project", Repo.Root, "--out", folder).Exit);
        Assert.True(File.Exists(Path.Combine(_temp, "new", "2024-W52.pdf")));
    }

    [Fact]
    public void By_default_it_writes_into_out_and_a_later_build_still_owns_out()
    {
        var project = Path.Combine(_temp, "project");
        foreach (var folder in new[] { "data", "templates" })
            CliRunner.CopyTree(Repo.Path(folder), Path.Combine(project, folder));
        Assert.Equal(0, CliRunner.Run("briefing", "--week", "2024-W52", "--project", project).Exit);
        Assert.True(File.Exists(Path.Combine(project, "out/briefings/2024-W52.pdf")));
        Assert.Equal(0, CliRunner.Run("build", "--project", project).Exit);
        Assert.True(File.Exists(Path.Combine(project, "out/index.html")));
    }
}
