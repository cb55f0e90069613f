using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

/// <summary>out/ changes in one step: the new tree is built beside it and swapped in, or out/ is left as it was.</summary>
public sealed class OutputSwapTests : OutputFolderTests
{
    [Fact]
    public void A_failure_while_staging_leaves_every_old_file_and_nothing_beside_out()
    {
        OutputWriter.Write(Out, [F("a.html", "1"), F("z.html", "1")]);
        // A file where a folder must go: the new tree fails halfway, after a.html was staged.
        Assert.ThrowsAny<IOException>(() => OutputWriter.Write(Out, [F("a.html", "2"), F("m", "file"), F("m/x.html", "x"), F("z.html", "2")]));
        Assert.Equal(("1", "1"), (Read("a.html"), Read("z.html")));
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void Someone_else_s_folder_where_a_built_file_goes_is_refused_before_anything_changes()
    {
        OutputWriter.Write(Out, [F("a.html", "1"), F("m/feed.xml", "f"), F("z.html", "1")]);
        File.Delete(Path.Combine(Out, "m/feed.xml"));
        Directory.CreateDirectory(Path.Combine(Out, "m/feed.xml"));
        File.WriteAllText(Path.Combine(Out, "m/feed.xml/note.txt"), "mine");
        var refused = Assert.Throws<OutputRefusedException>(() => OutputWriter.Write(Out, [F("a.html", "2"), F("m/feed.xml", "g"), F("z.html", "2")]));
        Assert.Contains("m/feed.xml/note.txt was not written by a build and is in the way of", refused.Message, StringComparison.Ordinal);
        Assert.Equal(("1", "1", "mine"), (Read("a.html"), Read("z.html"), Read("m/feed.xml/note.txt")));
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void Unchanged_kept_and_foreign_files_keep_their_timestamps_across_a_swap()
    {
        OutputWriter.Write(Out, [F("index.html", "a"), F("same.html", "s"), F("briefings/w.pdf", "p")]);
        File.WriteAllText(Path.Combine(Out, "extra.txt"), "mine");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var path in new[] { "same.html", "briefings/w.pdf", "extra.txt" })
            File.SetLastWriteTimeUtc(Path.Combine(Out, path), stamp);
        var result = OutputWriter.Write(Out, [F("index.html", "b"), F("same.html", "s")], keep: p => p.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), (result.Written, result.Unchanged, result.Removed));
        Assert.All(new[] { "same.html", "briefings/w.pdf", "extra.txt" }, p => Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(Out, p))));
        Assert.Equal("b", Read("index.html"));
    }

    [Fact]
    public void Removes_the_staging_and_old_folders_a_crashed_run_left()
    {
        OutputWriter.Write(Out, [F("index.html", "a")]);
        foreach (var leftover in new[] { ".out.staging-0123456789abcdef0123456789abcdef", ".out.old-0123456789abcdef0123456789abcdef" })
        {
            Directory.CreateDirectory(Path.Combine(Dir, leftover));
            File.WriteAllText(Path.Combine(Dir, leftover, "index.html"), "x");
        }
        OutputWriter.Write(Out, [F("index.html", "a")]);
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void Restores_out_when_a_run_crashed_between_its_two_renames()
    {
        OutputWriter.Write(Out, [F("index.html", "a"), F("gone.html", "g")]);
        File.WriteAllText(Path.Combine(Out, "extra.txt"), "mine");
        Directory.Move(Out, Path.Combine(Dir, ".out.old-0123456789abcdef0123456789abcdef"));
        var result = OutputWriter.Write(Out, [F("index.html", "a")]);
        Assert.Equal((0, 1, 1), (result.Written, result.Unchanged, result.Removed));
        Assert.Equal("mine", Read("extra.txt"));
        Assert.Equal(["out"], BesideOut);
    }
}
