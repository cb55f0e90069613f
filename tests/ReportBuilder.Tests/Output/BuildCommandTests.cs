using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Output;

/// <summary>`build` end to end on a copy of the project: deterministic, atomic, with the promised exit codes.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("rb-project-").FullName;

    public BuildCommandTests()
    {
        foreach (var folder in new[] { "data", "templates" })
            CliRunner.CopyTree(Repo.Path(folder), Path.Combine(_project, folder));
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    /// <summary>Runs <c>build</c> through the whole command line, so bad usage is handled as a user meets it.</summary>
    private (int Code, string Out, string Error) Build(params string[] args) => CliRunner.Run(["build", "--project", _project, .. args]);

    private string Out(string path = "") => Path.Combine(_project, "out", path);

    private Dictionary<string, byte[]> Tree(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void Builds_the_site_into_out_and_closes_with_pages_bytes_and_time()
    {
        var (code, stdout, stderr) = Build();
        Assert.Equal(0, code);
        Assert.Matches(@"^built \d+ pages and \d+ briefings, \d+\.\d MB in \d+\.\d\d s\nsite: file:///\S+/out/index\.html\n$", stdout);
        Assert.Contains("build: reading ", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Out("index.html")));
        Assert.True(File.Exists(Out("assets/site.css")));
    }

    [Fact]
    public void Two_builds_give_byte_identical_trees()
    {
        Assert.Equal(0, Build("--out", Path.Combine(_project, "a")).Code);
        Assert.Equal(0, Build("--out", Path.Combine(_project, "b")).Code);
        var (a, b) = (Tree(Path.Combine(_project, "a")), Tree(Path.Combine(_project, "b")));
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), kv.Key));
    }

    [Fact]
    public void A_rebuild_leaves_unchanged_files_untouched()
    {
        Assert.Equal(0, Build().Code);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Out("index.html"), stamp);
        var (code, _, stderr) = Build();
        Assert.Equal(0, code);
        Assert.Contains("0 written", stderr, StringComparison.Ordinal);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Out("index.html")));
    }

    [Fact]
    public void Only_site_keeps_the_briefings_an_earlier_build_wrote_and_still_lists_them()
    {
        Assert.Equal(0, Build().Code);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Out("briefings/2024-W52.pdf"), stamp);
        File.AppendAllText(Path.Combine(_project, "templates/pages/topic.sbn"), "\n<!-- changed -->\n");
        var (code, _, stderr) = Build("--only", "site");
        Assert.Equal(0, code);
        Assert.Matches(@"build: [1-9]\d* written", stderr);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Out("briefings/2024-W52.pdf")));
        Assert.Contains("briefings/2024-W52.pdf\n", File.ReadAllText(Out(".reportbuilder-manifest")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_fails_with_its_position_and_leaves_out_untouched()
    {
        Assert.Equal(0, Build().Code);
        var before = Tree(Out());
        File.AppendAllText(Path.Combine(_project, "templates/pages/topic.sbn"), "\n{{ topic.titel }}\n");
        var (code, _, stderr) = Build();
        Assert.Equal(1, code);
        Assert.Matches(@"templates/pages/topic\.sbn:\d+:\d+: error RB2002: Cannot get member with name titel", stderr);
        var after = Tree(Out());
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        Assert.Empty(Directory.EnumerateDirectories(_project, ".out.staging-*"));
    }

    [Fact]
    public void Someone_else_s_folder_in_the_way_exits_2_and_leaves_the_previous_out_as_it_was()
    {
        Assert.Equal(0, Build().Code);
        File.Delete(Out("feed.xml"));
        Directory.CreateDirectory(Out("feed.xml"));
        File.WriteAllText(Out("feed.xml/note.txt"), "mine");
        var before = Tree(Out());
        File.WriteAllText(Path.Combine(_project, "data/site.yaml"), File.ReadAllText(Path.Combine(_project, "data/site.yaml")).Replace("Russia's war", "Russia's wars", StringComparison.Ordinal));
        var (code, _, stderr) = Build();
        Assert.Equal(2, code);
        Assert.Contains("feed.xml/note.txt was not written by a build and is in the way of", stderr, StringComparison.Ordinal);
        var after = Tree(Out());
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
    }

    [Fact]
    public void Invalid_data_exits_1_and_a_missing_project_exits_2()
    {
        File.WriteAllText(Path.Combine(_project, "data/site.yaml"), "title: [unclosed\n");
        Assert.Equal(1, Build().Code);
        Assert.Equal(2, CliRunner.Run("build", "--project", Path.Combine(_project, "nope")).Exit);
    }

    [Fact]
    public void An_unknown_only_value_is_bad_usage()
    {
        var (code, _, stderr) = Build("--only", "html");
        Assert.Equal(2, code);
        Assert.Contains("Run 'reportbuilder --help' for usage.", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out()));
    }

    [Fact]
    public void Refuses_to_write_over_a_project_folder() =>
        Assert.Equal(2, Build("--out", _project).Code);

    [Fact]
    public void Refuses_an_out_folder_it_did_not_write_and_deletes_nothing()
    {
        var victim = Path.Combine(_project, "victim");
        var thesis = Path.Combine(victim, "docs", "thesis.tex");
        Directory.CreateDirectory(Path.GetDirectoryName(thesis)!);
        File.WriteAllText(thesis, "x");
        var (code, _, stderr) = Build("--out", victim);
        Assert.Equal(2, code);
        Assert.Contains($"will not write {victim}: it is not empty and has no .reportbuilder-manifest", stderr, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(thesis));
    }

    [Theory]
    [InlineData("data")]
    [InlineData("templates/pages")]
    public void Refuses_an_out_inside_the_project_s_inputs(string relative)
    {
        var before = Tree(Path.Combine(_project, relative));
        var (code, _, stderr) = Build("--out", Path.Combine(_project, relative));
        Assert.Equal(2, code);
        Assert.Contains("inside the project's", stderr, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Tree(Path.Combine(_project, relative)).Keys.Order(StringComparer.Ordinal));
    }
}
