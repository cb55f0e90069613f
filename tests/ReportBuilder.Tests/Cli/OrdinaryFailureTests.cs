using System.Diagnostics;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>
/// Ordinary bad luck and mistyped paths are exit 1 or 2 with a message, never exit 3 ("a bug of ours"): an empty
/// or too-long --out, a briefing aimed at the project's inputs, at a link or at someone's file, pdf-text on a folder
/// or a FIFO. Each refusal leaves every file as it was.
/// </summary>
public sealed class OrdinaryFailureTests : IDisposable
{
    private readonly TempProject _project = TempProject.OfRepository("rb-ordinary-");

    public void Dispose() => _project.Dispose();


    private static (int Exit, string Out, string Err) Briefing(string project, string outFile) =>
        CliRunner.Run("briefing", "--week", "2024-W52", "--project", project, "--out", outFile);

    [Theory]
    [InlineData("build")]
    [InlineData("briefing")]
    public void An_empty_out_is_bad_usage(string command)
    {
        var (exit, _, stderr) = command == "build"
            ? CliRunner.Run("build", "--project", Repo.Root, "--out", "")
            : Briefing(Repo.Root, "");

        Assert.Equal(2, exit);
        Assert.Equal("reportbuilder: --out is empty; give a path, or leave --out out for the default\n", stderr);
    }

    [Fact]
    public void A_path_too_long_for_the_file_system_is_a_message_and_exit_2()
    {
        var project = _project.Root;
        var (exit, _, stderr) = CliRunner.Run("build", "--project", project, "--out", Path.Combine(_project.Folder, new string('x', 300), "out"));

        Assert.Equal(2, exit);
        Assert.StartsWith("reportbuilder: ", stderr.Split('\n').Last(l => l.StartsWith("reportbuilder", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_will_not_replace_a_source_text()
    {
        var project = _project.Root;
        var source = Directory.EnumerateFiles(Path.Combine(project, "data", "sources"), "*.txt").Order(StringComparer.Ordinal).First();
        var before = File.ReadAllBytes(source);

        var (exit, _, stderr) = Briefing(project, source);

        Assert.Equal(2, exit);
        Assert.Contains("it is inside the project's data/ folder", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    [Fact]
    public void Briefing_will_not_write_through_a_linked_folder_into_data()
    {
        var project = _project.Root;
        Directory.CreateSymbolicLink(Path.Combine(project, "drop"), Path.Combine(project, "data"));

        var (exit, _, stderr) = Briefing(project, Path.Combine(project, "drop", "w.pdf"));

        Assert.Equal(2, exit);
        Assert.Contains("it leads by a symbolic link into the project's data/ folder", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project, "data", "w.pdf")));
    }

    [Fact]
    public void Build_will_not_write_through_a_linked_folder_into_data()
    {
        var project = _project.Root;
        Directory.CreateSymbolicLink(Path.Combine(project, "drop"), Path.Combine(project, "data"));

        var (exit, _, stderr) = CliRunner.Run("build", "--project", project, "--out", Path.Combine(project, "drop", "site"));

        Assert.Equal(2, exit);
        Assert.Contains("it leads by a symbolic link into the project's data/ folder", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(project, "data", "site")));
    }

    [Fact]
    public void Briefing_will_not_write_through_a_link_nor_replace_a_file_that_is_no_pdf()
    {
        var victim = Path.Combine(_project.Folder, "victim.txt");
        File.WriteAllText(victim, "keep me");
        var link = Path.Combine(_project.Folder, "w.pdf");
        File.CreateSymbolicLink(link, victim);

        var throughLink = Briefing(Repo.Root, link);
        var overVictim = Briefing(Repo.Root, victim);

        Assert.Equal((2, 2), (throughLink.Exit, overVictim.Exit));
        Assert.Contains("it is a symbolic link", throughLink.Err, StringComparison.Ordinal);
        Assert.Contains("it is a file that is not a PDF", overVictim.Err, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Equal(victim, new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void Pdf_text_on_a_folder_a_fifo_or_a_device_says_what_it_is()
    {
        var fifo = Path.Combine(_project.Folder, "pipe.pdf");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();

        Assert.Equal((2, $"reportbuilder: '{_project.Folder}' is a folder, not a PDF file\n"), Pick(CliRunner.Run("pdf-text", _project.Folder)));
        Assert.Equal((2, $"reportbuilder: '{fifo}' is a FIFO (named pipe), not a PDF file\n"), Pick(CliRunner.Run("pdf-text", fifo)));
        Assert.Equal((2, "reportbuilder: '/dev/zero' is a device, not a PDF file\n"), Pick(CliRunner.Run("pdf-text", "/dev/zero")));
    }

    private static (int, string) Pick((int Exit, string Out, string Err) run) => (run.Exit, run.Err);
}
