using System.Diagnostics;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

/// <summary>
/// What the writer does when out/ is not as it left it or someone else is at it: another writer, a link for out/,
/// FIFOs, read-only folders, someone's files with their own modes and hard links.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputSafetyTests : OutputFolderTests
{
    private static readonly OutputFile[] First = [F("index.html", "1"), F("topics/a/index.html", "a"), F("data.json", "{}")];
    private static readonly OutputFile[] Second = [F("index.html", "2"), F("actors/b/index.html", "b"), F("feed.xml", "<feed/>")];

    private SortedDictionary<string, string> Tree() =>
        new(Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Out, f), File.ReadAllText, StringComparer.Ordinal), StringComparer.Ordinal);

    private static SortedDictionary<string, string> Expected(OutputFile[] files) =>
        new(files.Select(f => (f.Path, Text: System.Text.Encoding.UTF8.GetString(f.Bytes)))
            .Append((OutputManifest.Name, string.Concat(files.Select(f => f.Path).Order(StringComparer.Ordinal).Select(p => p + "\n"))))
            .ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal), StringComparer.Ordinal);

    [Fact]
    public async Task Two_writers_started_together_always_leave_one_whole_tree()
    {
        for (var round = 0; round < 40; round++)
        {
            using var start = new Barrier(2);
            var writers = new[] { First, Second }.Select(files => Task.Run(() =>
            {
                start.SignalAndWait();
                OutputWriter.Write(Out, files);
            })).ToArray();
            await Task.WhenAll(writers);

            var tree = Tree();
            Assert.True(tree.SequenceEqual(Expected(First)) || tree.SequenceEqual(Expected(Second)),
                $"round {round}: out/ is a mix: {string.Join(", ", tree.Keys.Order(StringComparer.Ordinal))}");
            Assert.Equal(["out"], BesideOut);
        }
    }

    [Fact]
    public void A_second_writer_waits_a_bounded_time_then_says_another_build_is_writing()
    {
        OutputWriter.Write(Out, First);
        using (OutputLock.Acquire(Path.GetFullPath(Out), TimeSpan.Zero))
        {
            var refused = Assert.Throws<OutputRefusedException>(() => OutputWriter.Write(Out, Second, wait: TimeSpan.FromMilliseconds(300)));
            Assert.StartsWith($"another build is writing {Out} (it holds {OutputLock.PathFor(Out)}); waited 0 s", refused.Message, StringComparison.Ordinal);
        }
        Assert.Equal(Expected(First), Tree());
        OutputWriter.Write(Out, Second);
        Assert.Equal(Expected(Second), Tree());
    }

    [Fact]
    public void Out_named_with_a_trailing_slash_shares_out_s_lock_and_nothing_goes_inside_it()
    {
        using (OutputLock.Acquire(Path.GetFullPath(Out), TimeSpan.Zero))
            Assert.Throws<OutputRefusedException>(() => OutputWriter.Write(Out + "/", First, wait: TimeSpan.Zero));
        OutputWriter.Write(Out + "/", First);
        Assert.Equal(Expected(First), Tree());
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void A_symbolic_link_as_out_is_refused_and_stays_a_link()
    {
        var real = Path.Combine(Dir, "real");
        OutputWriter.Write(real, First);
        Directory.CreateSymbolicLink(Out, real);

        var refused = Assert.Throws<OutputRefusedException>(() => OutputWriter.Write(Out, Second));

        Assert.Contains("it is a symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(new DirectoryInfo(Out).LinkTarget);
        Assert.Equal("1", File.ReadAllText(Path.Combine(real, "index.html")));
    }

    [Fact]
    public async Task Someone_else_s_entries_keep_their_modes_hard_links_and_links_and_fifos_are_never_opened()
    {
        OutputWriter.Write(Out, First);
        var mine = Path.Combine(Out, "private", "mine.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "mine");
        File.SetUnixFileMode(mine, UnixFileMode.UserRead);
        File.SetUnixFileMode(Path.GetDirectoryName(mine)!, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        var elsewhere = Path.Combine(Dir, "elsewhere.txt");
        Assert.True(Link(mine, elsewhere));
        File.CreateSymbolicLink(Path.Combine(Out, "shortcut"), "/etc/passwd");
        MakeFifo(Path.Combine(Out, "pipe"));
        // A FIFO where a file of ours was: reading it to compare would block.
        File.Delete(Path.Combine(Out, "data.json"));
        MakeFifo(Path.Combine(Out, "data.json"));

        // A writer that blocked on a FIFO would time out here.
        await Task.Run(() => OutputWriter.Write(Out, First)).WaitAsync(TimeSpan.FromSeconds(30));

        File.AppendAllText(elsewhere, " and the same file");
        Assert.Equal("mine and the same file", File.ReadAllText(mine));
        Assert.Equal(UnixFileMode.UserRead, File.GetUnixFileMode(mine));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.GetDirectoryName(mine)!));
        Assert.Equal("/etc/passwd", new FileInfo(Path.Combine(Out, "shortcut")).LinkTarget);
        Assert.Equal(Core.FileSystem.EntryKind.Fifo, Core.FileSystem.Entries.KindOf(Path.Combine(Out, "pipe")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(Out, "data.json")));
    }

    [Fact]
    public void A_read_only_old_tree_and_a_half_deleted_leftover_are_removed()
    {
        OutputWriter.Write(Out, First);
        var frozen = Path.Combine(Out, "topics");
        File.SetUnixFileMode(frozen, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var leftover = Path.Combine(Dir, ".out.old-" + new string('a', 32));
        Directory.CreateDirectory(Path.Combine(leftover, "deep"));
        File.WriteAllText(Path.Combine(leftover, "deep", "x.html"), "x");
        File.SetUnixFileMode(Path.Combine(leftover, "deep"), UnixFileMode.UserRead | UnixFileMode.UserExecute);

        OutputWriter.Write(Out, Second);

        Assert.Equal(Expected(Second), Tree());
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void A_link_named_like_a_leftover_is_neither_followed_nor_removed()
    {
        var precious = Path.Combine(Dir, "precious");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "keep.txt"), "keep");
        var planted = Path.Combine(Dir, ".out.old-" + new string('b', 32));
        Directory.CreateSymbolicLink(planted, precious);

        OutputWriter.Write(Out, First);

        Assert.Equal("keep", File.ReadAllText(Path.Combine(precious, "keep.txt")));
        Assert.Equal(precious, new DirectoryInfo(planted).LinkTarget);
        Assert.Equal(Expected(First), Tree());
    }

    [Fact]
    public async Task A_fifo_for_a_manifest_is_refused_not_read()
    {
        OutputWriter.Write(Out, First);
        File.Delete(Path.Combine(Out, OutputManifest.Name));
        MakeFifo(Path.Combine(Out, OutputManifest.Name));

        var refused = await Assert.ThrowsAsync<OutputRefusedException>(() => Task.Run(() => OutputWriter.Write(Out, Second)).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains($"it is not empty and has no {OutputManifest.Name}", refused.Message, StringComparison.Ordinal);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static bool Link(string existing, string newPath)
    {
        using var ln = Process.Start("ln", [existing, newPath]);
        ln.WaitForExit();
        return ln.ExitCode == 0;
    }
}
