using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Authoring;

/// <summary>`init DIR`: a project that passes check and builds, written only into a new or empty folder.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rb-init-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_new_project_passes_check_and_builds()
    {
        var project = Path.Combine(_root, "desk");
        var (exit, stdout, _) = CliRunner.Run("init", project);
        Assert.Equal(0, exit);
        Assert.Contains("next: reportbuilder serve --project", stdout, StringComparison.Ordinal);

        var (checkExit, checkOut, _) = CliRunner.Run("check", "--project", project);
        Assert.Equal(0, checkExit);
        Assert.Contains("check: data is valid: 1 sources, 2 actors, 1 measures, 1 topics, 2 claims", checkOut, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("build", "--project", project).Exit);
        Assert.True(File.Exists(Path.Combine(project, "out", "topics", "casualties", "index.html")));
        Assert.Equal(["out/", ".out.cache/", ".out.lock"], File.ReadAllLines(Path.Combine(project, ".gitignore")).Where(l => !l.StartsWith('#')));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_root), e => Path.GetFileName(e).StartsWith('.'));
    }

    [Fact]
    public void Its_templates_are_the_repository_templates_byte_for_byte()
    {
        var project = Path.Combine(_root, "desk");
        Assert.Equal(0, CliRunner.Run("init", project).Exit);
        var shipped = Repo.Files(Repo.Root, "templates");
        var written = Repo.Files(project, "templates");
        Assert.Equal(shipped.Keys.Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        Assert.All(shipped, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(written[kv.Key]), kv.Key));
    }

    [Fact]
    public void An_empty_folder_is_filled()
    {
        var project = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        Assert.Equal(0, CliRunner.Run("init", project).Exit);
        Assert.True(File.Exists(Path.Combine(project, "data", "site.yaml")));
    }

    [Fact]
    public void A_non_empty_folder_is_refused_with_exit_2_and_left_as_it_was()
    {
        var project = Directory.CreateDirectory(Path.Combine(_root, "busy")).FullName;
        File.WriteAllText(Path.Combine(project, "notes.txt"), "mine");
        var (exit, _, stderr) = CliRunner.Run("init", project);
        Assert.Equal(2, exit);
        Assert.Contains("is not empty", stderr, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(project, "notes.txt")], Directory.EnumerateFileSystemEntries(project));

        File.WriteAllText(Path.Combine(_root, "file"), "");
        Assert.Equal(2, CliRunner.Run("init", Path.Combine(_root, "file")).Exit);
    }

    [Fact]
    public void A_folder_named_with_a_trailing_slash_is_that_folder()
    {
        var project = Path.Combine(_root, "desk");
        Assert.Equal(0, CliRunner.Run("init", project + "/").Exit);
        Assert.True(File.Exists(Path.Combine(project, "data", "site.yaml")));
        Assert.Equal([project], Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void A_link_to_an_empty_folder_is_refused_and_stays_a_link()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var link = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(link, elsewhere);
        var (exit, _, stderr) = CliRunner.Run("init", link);
        Assert.Equal(2, exit);
        Assert.Contains("is a symbolic link; init writes only into a new or empty folder", stderr, StringComparison.Ordinal);
        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }
}
