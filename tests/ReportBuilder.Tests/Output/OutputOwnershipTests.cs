using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

/// <summary>The writer owns only what it wrote: its manifest says which files those are, and nothing else is removed.</summary>
public sealed class OutputOwnershipTests : OutputFolderTests
{
    private string Manifest => Path.Combine(Out, ".reportbuilder-manifest");

    [Fact]
    public void Lists_what_it_wrote_in_a_manifest_one_path_a_line_in_ordinal_order()
    {
        OutputWriter.Write(Out, [F("b.html", "b"), F("a/x.html", "x"), F("Z.html", "z")]);
        Assert.Equal("Z.html\na/x.html\nb.html\n", File.ReadAllText(Manifest));
    }

    [Fact]
    public void Refuses_a_non_empty_folder_it_did_not_write_and_touches_nothing()
    {
        var thesis = Path.Combine(Out, "docs", "thesis.tex");
        Directory.CreateDirectory(Path.GetDirectoryName(thesis)!);
        File.WriteAllText(thesis, "x");
        Assert.Throws<OutputRefusedException>(() => OutputWriter.Write(Out, [F("index.html", "a")]));
        Assert.Equal("x", File.ReadAllText(thesis));
        Assert.Equal(["docs"], Directory.EnumerateFileSystemEntries(Out).Select(Path.GetFileName));
    }

    [Fact]
    public void Writes_into_an_empty_folder()
    {
        Directory.CreateDirectory(Out);
        Assert.Equal(1, OutputWriter.Write(Out, [F("index.html", "a")]).Written);
        Assert.True(File.Exists(Manifest));
    }

    [Fact]
    public void Leaves_files_it_did_not_write_alone_while_replacing_and_removing_its_own()
    {
        OutputWriter.Write(Out, [F("index.html", "a"), F("gone/index.html", "g")]);
        File.WriteAllText(Path.Combine(Out, "extra.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(Out, "empty"));
        var second = OutputWriter.Write(Out, [F("index.html", "b")]);
        Assert.Equal((1, 0, 1), (second.Written, second.Unchanged, second.Removed));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "extra.txt")));
        Assert.True(Directory.Exists(Path.Combine(Out, "empty")));
        Assert.False(Directory.Exists(Path.Combine(Out, "gone")));
        Assert.Equal("index.html\n", File.ReadAllText(Manifest));
    }

    [Fact]
    public void A_link_in_out_is_carried_as_a_link_and_what_it_points_to_is_left_alone()
    {
        var media = Path.Combine(Dir, "media");
        Directory.CreateDirectory(media);
        File.WriteAllText(Path.Combine(media, "film.mp4"), "big");
        OutputWriter.Write(Out, [F("index.html", "a")]);
        Directory.CreateSymbolicLink(Path.Combine(Out, "media"), media);
        OutputWriter.Write(Out, [F("index.html", "b")]);
        Assert.Equal(media, new DirectoryInfo(Path.Combine(Out, "media")).LinkTarget);
        Assert.Equal("big", File.ReadAllText(Path.Combine(media, "film.mp4")));
        Assert.Equal("index.html\n", File.ReadAllText(Manifest));
    }

    [Fact]
    public void Kept_files_stay_listed_so_a_later_full_build_still_removes_them()
    {
        OutputWriter.Write(Out, [F("index.html", "a"), F("briefings/2024-W52.pdf", "pdf")]);
        OutputWriter.Write(Out, [F("index.html", "b")], keep: p => p.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal("briefings/2024-W52.pdf\nindex.html\n", File.ReadAllText(Manifest));
        Assert.Equal(1, OutputWriter.Write(Out, [F("index.html", "b")]).Removed);
        Assert.False(File.Exists(Path.Combine(Out, "briefings/2024-W52.pdf")));
    }

    [Fact]
    public void Refuses_a_manifest_that_names_a_path_outside_out()
    {
        var victim = Path.Combine(Dir, "victim.txt");
        File.WriteAllText(victim, "x");
        OutputWriter.Write(Out, [F("index.html", "a")]);
        File.WriteAllText(Manifest, "../victim.txt\nindex.html\n");
        Assert.Throws<OutputRefusedException>(() => OutputWriter.Write(Out, [F("index.html", "a")]));
        Assert.True(File.Exists(victim));
    }

    [Theory]
    [InlineData("", "it is the project folder")]
    [InlineData("data", "inside the project's data/")]
    [InlineData("data/new", "inside the project's data/")]
    [InlineData("templates/pages", "inside the project's templates/")]
    [InlineData("..", "holds the project")]
    public void Refuses_an_out_that_is_or_holds_the_project_or_lies_in_its_inputs(string relative, string reason)
    {
        var project = Path.Combine(Dir, "project");
        var refusal = OutputPaths.Refusal(Path.Combine(project, relative), project);
        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
        Assert.Null(OutputPaths.Refusal(Path.Combine(project, "out"), project));
        Assert.Null(OutputPaths.Refusal(Path.Combine(project, "data-out"), project));
    }
}
