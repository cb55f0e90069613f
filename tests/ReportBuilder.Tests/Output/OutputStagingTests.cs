using System.Text;
using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Output;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Output;

/// <summary>A build streams its files into the staging tree as it makes them; out/ changes only when the whole build succeeded.</summary>
public sealed class OutputStagingTests : OutputFolderTests
{
    private string StagedFile(string path) =>
        Assert.Single(Directory.EnumerateDirectories(Dir, ".out.staging-*").Select(d => Path.Combine(d, path)), File.Exists);

    [Fact]
    public void Each_file_is_in_the_staging_tree_as_soon_as_it_is_added_and_in_out_only_after_the_commit()
    {
        OutputWriter.Write(Out, [F("index.html", "old")]);
        using (var staging = OutputStaging.Open(Out))
        {
            staging.Add(F("index.html", "new"));
            Assert.Equal("new", File.ReadAllText(StagedFile("index.html")));
            Assert.Equal("old", Read("index.html"));
            var result = staging.Commit();
            Assert.Equal((1, 0, 0), (result.Written, result.Unchanged, result.Removed));
        }
        Assert.Equal("new", Read("index.html"));
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void A_write_dropped_before_its_commit_leaves_out_as_it_was_and_nothing_beside_it()
    {
        OutputWriter.Write(Out, [F("index.html", "old")]);
        using (var staging = OutputStaging.Open(Out))
            staging.Add(F("index.html", "new"));
        Assert.Equal("old", Read("index.html"));
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void A_failure_while_adding_is_thrown_by_the_commit_on_the_caller_s_thread()
    {
        using var staging = OutputStaging.Open(Out);
        Parallel.ForEach(new[] { F("m", "file"), F("m/x.html", "x") }, staging.Add);
        Assert.ThrowsAny<IOException>(() => staging.Commit());
    }

    [Fact]
    public void Of_several_failures_the_commit_throws_the_one_at_the_first_path_whatever_the_order()
    {
        using var staging = OutputStaging.Open(Out);
        staging.Add(F("z/../late.html", "x"));
        staging.Add(F("a/../early.html", "x"));
        var thrown = Assert.ThrowsAny<ArgumentException>(() => staging.Commit());
        Assert.Contains("a/../early.html", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_that_fails_leaves_out_as_it_was()
    {
        using var project = TempProject.OfRepository("rb-staging-");
        OutputWriter.Write(Out, [F("index.html", "old")]);
        File.WriteAllText(project.Path("templates/pages/home.sbn"), "{{ no_such_function 1 }}", Encoding.UTF8);

        var (build, written) = Pipeline.BuildInto(Out, ProjectFiles.FromDirectory(project.Root), BuildOptions.Default with { Pdf = false });

        Assert.False(build.Succeeded);
        Assert.Null(written);
        Assert.Equal("old", Read("index.html"));
        Assert.Equal(["out"], BesideOut);
    }
}
