using System.Diagnostics;
using ReportBuilder.Core.FileSystem;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

/// <summary>
/// A write given a spare keeps the tree its swap replaced and takes it as the next staging tree, bringing it up to date;
/// whatever the spare holds (links, FIFOs, other files, other modes, a crash's half-update), out/ ends up exactly as from
/// an empty staging tree, and nothing outside the spare is followed, read or changed.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SpareTreeTests : SpareTreeFolderTests
{
    [Fact]
    public void The_replaced_tree_is_kept_and_the_next_write_updates_it_keeping_unchanged_files_as_they_are()
    {
        Write(First);
        Assert.False(Directory.Exists(Spare)); // nothing was replaced
        Write(Second);
        Assert.Equal(Expected(First), Tree(Spare));
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(Out, "topics/a/index.html"), stamp);
        var topic = Inode(Path.Combine(Out, "topics/a/index.html"));

        var result = Write(Third);

        Assert.Equal((3, 1, 1), (result.Written, result.Unchanged, result.Removed));
        Assert.Equal(Expected(Third), Tree(Out));
        Assert.Equal(Expected(Second), Tree(Spare));
        Assert.Equal(topic, Inode(Path.Combine(Out, "topics/a/index.html")));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(Out, "topics/a/index.html")));
        Assert.False(Directory.Exists(Path.Combine(Out, "claims/y")));
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public async Task Links_fifos_and_strays_in_the_spare_are_removed_never_followed_opened_or_published()
    {
        Write(First);
        Write(Second);
        var elsewhere = Directory.CreateDirectory(Path.Combine(Dir, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "index.html"), "precious");
        var precious = Path.Combine(Dir, "precious.txt");
        File.WriteAllText(precious, "precious");
        // A link where a folder of a built file goes, a link where a built file goes, a FIFO where another goes.
        Directory.Delete(Path.Combine(Spare, "claims/x"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Spare, "claims/z"), elsewhere);
        File.Delete(Path.Combine(Spare, "index.html"));
        File.CreateSymbolicLink(Path.Combine(Spare, "index.html"), precious);
        File.Delete(Path.Combine(Spare, "data.json"));
        MakeFifo(Path.Combine(Spare, "data.json"));
        // A file with the very bytes out/ has, but not out/'s file; a stray file; a file where a folder goes.
        File.Delete(Path.Combine(Spare, "topics/a/index.html"));
        File.WriteAllText(Path.Combine(Spare, "topics/a/index.html"), "a");
        File.WriteAllText(Path.Combine(Spare, "stray.html"), "not ours");
        Directory.Delete(Path.Combine(Spare, "topics"), recursive: true);
        File.WriteAllText(Path.Combine(Spare, "topics"), "a file where a folder goes");
        var topic = Inode(Path.Combine(Out, "topics/a/index.html"));

        await Task.Run(() => Write(Third)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Expected(Third), Tree(Out));
        Assert.Equal(topic, Inode(Path.Combine(Out, "topics/a/index.html")));
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(elsewhere).Select(Path.GetFileName));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(elsewhere, "index.html")));
        Assert.Equal("precious", File.ReadAllText(precious));
        Assert.Equal(Expected(Second), Tree(Spare));
    }

    [Fact]
    public void A_spare_that_is_a_link_or_in_a_linked_cache_is_never_taken_nor_entered()
    {
        Write(First);
        var elsewhere = Directory.CreateDirectory(Path.Combine(Dir, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "index.html"), "precious");
        Directory.CreateSymbolicLink(Spare, elsewhere);

        Write(Second);

        Assert.Equal(Expected(Second), Tree(Out));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(elsewhere, "index.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(elsewhere));
        Assert.Equal(EntryKind.Directory, Entries.KindOf(Spare)); // the link was replaced by the tree the swap replaced

        // The cache folder itself a link: its tree is someone else's folder.
        Directory.Delete(Path.GetDirectoryName(Spare)!, recursive: true);
        Directory.CreateDirectory(Path.Combine(elsewhere, "tree"));
        File.WriteAllText(Path.Combine(elsewhere, "tree", "index.html"), "theirs");
        Directory.CreateSymbolicLink(Path.GetDirectoryName(Spare)!, elsewhere);

        Write(Third);

        Assert.Equal(Expected(Third), Tree(Out));
        Assert.Equal("theirs", File.ReadAllText(Path.Combine(elsewhere, "tree", "index.html")));
        Assert.Equal(["index.html", "tree"], Directory.EnumerateFileSystemEntries(elsewhere).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["elsewhere", "out"], BesideOut.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_run_killed_while_updating_the_spare_leaves_out_whole_and_the_next_run_builds_right()
    {
        Write(First);
        Write(Second);
        // Killed after it took the spare and changed part of it: the taken tree lies beside out/ as a staging tree.
        var taken = Path.Combine(Dir, ".out.staging-0123456789abcdef0123456789abcdef");
        Directory.Move(Spare, taken);
        File.Delete(Path.Combine(taken, "index.html"));
        File.WriteAllText(Path.Combine(taken, "index.html"), "3");
        Directory.CreateDirectory(Path.Combine(taken, "claims/z"));

        Assert.Equal(Expected(Second), Tree(Out));
        Write(Third);

        Assert.Equal(Expected(Third), Tree(Out));
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void A_write_dropped_before_its_commit_leaves_out_as_it_was_and_keeps_the_spare()
    {
        Write(First);
        Write(Second);
        using (var staging = OutputStaging.Open(Out, spare: Spare))
        {
            staging.Add(F("index.html", "3"));
            staging.Add(F("claims/z/index.html", "z"));
        }
        Assert.Equal(Expected(Second), Tree(Out));
        Assert.True(Directory.Exists(Spare));
        Assert.Equal(["out"], BesideOut);

        Write(Third);
        Assert.Equal(Expected(Third), Tree(Out));
    }

    [Fact]
    public void Folders_keep_out_s_modes_whatever_modes_the_spare_s_folders_have()
    {
        Write(First);
        Write(Second);
        const UnixFileMode readOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute;
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var made = File.GetUnixFileMode(Path.Combine(Out, "claims"));
        File.SetUnixFileMode(Path.Combine(Out, "topics/a"), owner);
        File.SetUnixFileMode(Path.Combine(Spare, "topics"), readOnly);
        File.SetUnixFileMode(Path.Combine(Spare, "claims/x"), owner | UnixFileMode.OtherRead);
        // claims/x is not in out/ but comes back in the next build: a new folder, with the mode new folders get.
        Write([.. Third, F("claims/x/index.html", "x")]);

        Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(Out, "topics/a")));
        Assert.Equal(made, File.GetUnixFileMode(Path.Combine(Out, "topics")));
        Assert.Equal(made, File.GetUnixFileMode(Path.Combine(Out, "claims/x")));
    }

    [Fact]
    public async Task Someone_else_s_entries_are_carried_with_their_hard_links_modes_and_links_through_the_spare()
    {
        Write(First);
        var mine = Path.Combine(Out, "private", "mine.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "mine");
        File.SetUnixFileMode(mine, UnixFileMode.UserRead);
        var elsewhere = Path.Combine(Dir, "elsewhere.txt");
        Assert.True(LinuxFiles.TryHardLink(mine, elsewhere));
        File.CreateSymbolicLink(Path.Combine(Out, "shortcut"), "/etc/passwd");
        MakeFifo(Path.Combine(Out, "pipe"));
        Directory.CreateDirectory(Path.Combine(Out, "empty"));
        Write(Second);

        await Task.Run(() => Write(Third)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Inode(elsewhere), Inode(mine));
        Assert.Equal(UnixFileMode.UserRead, File.GetUnixFileMode(mine));
        Assert.Equal("/etc/passwd", new FileInfo(Path.Combine(Out, "shortcut")).LinkTarget);
        Assert.Equal(EntryKind.Fifo, Entries.KindOf(Path.Combine(Out, "pipe")));
        Assert.True(Directory.Exists(Path.Combine(Out, "empty")));
        // Read file by file: reading the FIFO would block.
        Assert.All(Expected(Third), e => Assert.Equal(e.Value, Read(e.Key)));
        Assert.False(Directory.Exists(Path.Combine(Out, "claims/y")));
    }

    [Fact]
    public void With_only_one_stage_built_the_other_stage_s_files_stay_through_the_spare()
    {
        Write([.. First, F("briefings/w.pdf", "p")]);
        Write([.. Second, F("briefings/w.pdf", "p")]);
        var pdf = Inode(Path.Combine(Out, "briefings/w.pdf"));

        Write(Third, keep: p => p.EndsWith(".pdf", StringComparison.Ordinal));

        Assert.Equal(Expected([.. Third, F("briefings/w.pdf", "p")]), Tree(Out));
        Assert.Equal(pdf, Inode(Path.Combine(Out, "briefings/w.pdf")));
    }
}
