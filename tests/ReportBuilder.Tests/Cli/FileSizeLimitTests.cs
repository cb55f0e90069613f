using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>
/// A file system that refuses a file this large (EFBIG: here <c>ulimit -f</c>, run by the real command line in a
/// child process) is the machine, not a bug: every command that writes stops with exit 2, the file it was writing,
/// RB4001 and a hint, never exit 3. Nothing is left half-written: out/ (or the briefing, or the new project) as it
/// was, no temporary file, and a cache that a later build without the limit turns into a clean build's bytes.
/// </summary>
public sealed class FileSizeLimitTests : IDisposable
{
    private readonly TempProject _project = TempProject.OfRepository("rb-efbig-");

    public void Dispose() => _project.Dispose();

    [Theory]
    [InlineData("", true)]
    [InlineData("", false)]
    [InlineData("site", true)] // its largest file is data.json, streamed as it is made
    [InlineData("pdf", true)]
    public void A_build_refused_its_largest_file_is_exit_2_naming_it_and_out_stays_as_it_was(string only, bool cache)
    {
        string[] options = ["--project", _project.Root, .. only.Length == 0 ? Array.Empty<string>() : ["--only", only]];
        var (target, clean) = (_project.Path("out"), Path.Combine(_project.Folder, "clean"));
        Assert.Equal(0, CliRunner.Run(["build", .. options]).Exit);
        var before = FileTree.Digests(target);
        Retitle(); // every page and briefing changes: the build must write its largest file anew
        Assert.Equal(0, CliRunner.Run(["build", .. options, "--out", clean, "--no-cache"]).Exit);
        var expected = FileTree.Digests(clean);
        var (largest, blocks) = LargestAlone(clean);

        var (exit, _, stderr) = CliProcess.UnderFileSizeLimit(blocks, ["build", .. options, .. cache ? Array.Empty<string>() : ["--no-cache"]]);

        Assert.Equal(2, exit);
        Assert.Equal($"build: reading {_project.Root}, rendering and writing to {target}\n{Refused(Path.Combine(target, largest), blocks)}", stderr);
        Assert.Equal(before, FileTree.Digests(target));
        // No staging tree left beside out/ (a cached build keeps it inside .out.cache/ as the next one's spare).
        Assert.Equal([".out.cache", ".out.lock", "data", "out", "templates"], Entries(_project.Root));
        Assert.Equal(0, CliRunner.Run(["build", .. options]).Exit);
        Assert.Equal(expected, FileTree.Digests(target));
    }

    [Fact]
    public void A_briefing_refused_is_exit_2_and_the_pdf_it_would_replace_is_as_it_was()
    {
        var folder = Path.Combine(_project.Folder, "briefings");
        Assert.Equal(0, CliRunner.Run("build", "--project", _project.Root, "--only", "pdf", "--out", folder, "--no-cache").Exit);
        var (largest, blocks) = LargestAlone(folder);
        var file = Path.Combine(_project.Folder, "briefing.pdf");
        File.Copy(Path.Combine(folder, "briefings", "2024-W42.pdf"), file);
        var before = File.ReadAllBytes(file);
        var week = Path.GetFileNameWithoutExtension(largest);

        var (exit, _, stderr) = CliProcess.UnderFileSizeLimit(blocks, "briefing", "--week", week, "--project", _project.Root, "--out", file);

        Assert.Equal((2, Refused(file, blocks)), (exit, stderr));
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal([".briefings.lock", "briefing.pdf", "briefings", "project"], Entries(_project.Folder));
    }

    [Fact]
    public void A_briefing_refused_in_out_is_exit_2_and_out_stays_as_it_was()
    {
        Assert.Equal(0, CliRunner.Run("build", "--project", _project.Root, "--only", "pdf").Exit);
        var target = _project.Path("out");
        var before = FileTree.Digests(target);
        var (largest, blocks) = LargestAlone(target);
        Retitle();

        var (exit, _, stderr) = CliProcess.UnderFileSizeLimit(blocks, "briefing", "--week", Path.GetFileNameWithoutExtension(largest), "--project", _project.Root);

        Assert.Equal((2, Refused(Path.Combine(target, largest), blocks)), (exit, stderr));
        Assert.Equal(before, FileTree.Digests(target));
    }

    [Fact]
    public void Init_refused_a_file_is_exit_2_and_makes_no_folder()
    {
        var target = Path.Combine(_project.Folder, "desk");
        var font = Directory.EnumerateFiles(_project.Path("templates"), "*", SearchOption.AllDirectories).MaxBy(f => new FileInfo(f).Length)!;
        var blocks = (new FileInfo(font).Length / 1024) - 1;

        var (exit, _, stderr) = CliProcess.UnderFileSizeLimit(blocks, "init", target);

        Assert.Equal(2, exit);
        Assert.Matches($"^{Regex.Escape(Path.Combine(target, "templates"))}/[^:\n]+: error RB4001: [^\n]+\n  hint: [^\n]+\n$", stderr);
        Assert.Equal(["project"], Entries(_project.Folder));
    }

    [Fact]
    public void A_new_source_refused_is_exit_2_and_writes_neither_file()
    {
        var document = Path.Combine(_project.Folder, "long.txt");
        File.WriteAllText(document, string.Concat(Enumerable.Range(1, 4000).Select(n => string.Create(CultureInfo.InvariantCulture, $"Line {n} of a long article.\n"))));
        var sources = _project.Path("data/sources");
        var before = FileTree.Digests(sources);

        var (exit, _, stderr) = CliProcess.UnderFileSizeLimit(64, "new", "source", document, "--id", "long", "--published", "2024-12-30", "--project", _project.Root);

        Assert.Equal((2, Refused(Path.Combine(sources, "long.txt"), 64)), (exit, stderr));
        Assert.Equal(before, FileTree.Digests(sources));
    }

    [Fact]
    public async Task Serve_typesets_a_briefing_too_large_for_its_cache_and_serves_it()
    {
        var folder = Path.Combine(_project.Folder, "briefings");
        Assert.Equal(0, CliRunner.Run("build", "--project", _project.Root, "--only", "pdf", "--out", folder, "--no-cache").Exit);
        var (largest, blocks) = LargestAlone(folder);

        using var serve = CliProcess.StartUnderFileSizeLimit(blocks, "serve", "--project", _project.Root, "--port", "0");
        var stderr = serve.StandardError.ReadToEndAsync();
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            var serving = await serve.StandardOutput.ReadLineAsync(patience.Token);
            Assert.StartsWith("serving http://127.0.0.1:", serving, StringComparison.Ordinal);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
            var site = new Uri(serving!.Split(' ')[1]); // serving http://127.0.0.1:port/base-path/ (Ctrl+C to stop)
            using var response = await http.GetAsync(new Uri(site, largest), patience.Token);

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, largest)), await response.Content.ReadAsByteArrayAsync(patience.Token));
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
        Assert.DoesNotContain("internal error", await stderr, StringComparison.Ordinal);
        // The cache kept no part of it: its writes that the file system refused left nothing behind.
        Assert.Empty(Directory.EnumerateFiles(_project.Path(".out.cache"), "*.tmp", SearchOption.AllDirectories));
    }

    /// <summary>What every command prints when the file system refuses <paramref name="file"/> at <paramref name="blocks"/> KiB.</summary>
    [Fact]
    public void Standard_output_redirected_to_a_file_too_large_is_exit_2_and_says_it_is_cut_short()
    {
        var pdf = Path.Combine(_project.Folder, "briefing.pdf");
        Assert.Equal(0, CliRunner.Run("briefing", "--week", "2024-W52", "--project", _project.Root, "--out", pdf).Exit);
        var text = Path.Combine(_project.Folder, "text.txt");

        var (exit, stderr) = CliProcess.WritingStandardOutputTo(text, "1", "pdf-text", pdf);

        Assert.Equal(2, exit);
        Assert.Equal("standard output: error RB4001: the file system refused to let this file grow any larger (EFBIG), so what it holds is cut short there\n" +
            "  hint: the file system or a limit (ulimit -f) refuses a file this large; raise the limit (ulimit -f unlimited) or write to a file system that takes larger files, and run again\n", stderr);
        Assert.Equal(1024, new FileInfo(text).Length);
    }

    [Fact]
    public void A_full_disk_under_pdf_text_s_output_is_the_machine_not_the_pdf()
    {
        var pdf = Path.Combine(_project.Folder, "briefing.pdf");
        Assert.Equal(0, CliRunner.Run("briefing", "--week", "2024-W52", "--project", _project.Root, "--out", pdf).Exit);

        var (exit, stderr) = CliProcess.WritingStandardOutputTo("/dev/full", "unlimited", "pdf-text", pdf);

        Assert.Equal(2, exit);
        Assert.DoesNotContain("not a readable PDF", stderr, StringComparison.Ordinal);
        Assert.Contains("No space left on device", stderr, StringComparison.Ordinal);
    }

    private static string Refused(string file, long blocks) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: error RB4001: the file system refused to let this file grow past {blocks * 1024:N0} bytes (EFBIG), so it was not written; the files already there were left as they were\n") +
        "  hint: the file system or a limit (ulimit -f) refuses a file this large; raise the limit (ulimit -f unlimited) or write to a file system that takes larger files, and run again\n";

    /// <summary>The largest file of a tree, and a limit in KiB that refuses it alone.</summary>
    private static (string Path, long Blocks) LargestAlone(string tree)
    {
        var sizes = Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories)
            .Select(f => (Path: System.IO.Path.GetRelativePath(tree, f), new FileInfo(f).Length)).OrderByDescending(f => f.Length).ToList();
        var blocks = (sizes[1].Length / 1024) + 1;
        Assert.True(blocks * 1024 < sizes[0].Length, $"{sizes[0].Path} and {sizes[1].Path} are too close in size for a limit to refuse one alone");
        return (sizes[0].Path, blocks);
    }

    private void Retitle()
    {
        var site = _project.Path("data/site.yaml");
        File.WriteAllText(site, Regex.Replace(File.ReadAllText(site), "^title: ", "title: Retitled ", RegexOptions.Multiline));
    }

    /// <summary>The names in a folder, hidden ones too: a temporary file or tree left behind would show.</summary>
    private static string[] Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal)];
}
