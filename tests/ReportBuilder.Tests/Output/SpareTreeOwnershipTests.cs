using ReportBuilder.Core.FileSystem;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

/// <summary>
/// A spare is used only when the builder alone can change it: a folder with another owner or group, or a default ACL,
/// drops the whole spare, which is never written into; an entry that cannot be removed drops it too and costs only
/// speed; the folders of the new out/ have the modes a build from an empty staging tree gives them.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SpareTreeOwnershipTests : SpareTreeFolderTests
{
    private const string Nobody = "65534";

    [Theory]
    [InlineData(Nobody + ":0")]
    [InlineData("0:" + Nobody)]
    public void A_spare_folder_of_another_owner_or_group_drops_the_spare_unwritten(string owner)
    {
        Write(First);
        Write(Second);
        var theirs = Path.Combine(Spare, "claims");
        Run("chown", owner, theirs);
        File.SetUnixFileMode(theirs, (UnixFileMode)0x1FF);

        Write(Third);

        Assert.Equal(Expected(Third), Tree(Out));
        Assert.All(Folders(Out), f => Assert.Equal((0u, 0u), (LinuxFiles.LinkStatus(f)!.Value.Owner, LinuxFiles.LinkStatus(f)!.Value.Group)));
        // Renamed aside, as it was: nothing of this build went into it.
        var aside = Assert.Single(BesideOut, e => e != "out");
        Assert.Equal(Expected(First), Tree(Path.Combine(Dir, aside)));
        Assert.Equal(owner, $"{LinuxFiles.LinkStatus(Path.Combine(Dir, aside, "claims"))!.Value.Owner}:{LinuxFiles.LinkStatus(Path.Combine(Dir, aside, "claims"))!.Value.Group}");

        Write(First); // the next run's recovery removes it
        Assert.Equal(["out"], BesideOut);
        Assert.Equal(Expected(First), Tree(Out));
    }

    [Fact]
    public void A_spare_folder_with_a_default_acl_drops_the_spare()
    {
        Write(First);
        Write(Second);
        Run("setfacl", "-d", "-m", "u::rwx,g::rwx,o::rwx", Path.Combine(Spare, "topics"));

        Write(Third);

        Assert.Equal(Expected(Third), Tree(Out));
        Assert.All(Folders(Out), f => Assert.False(LinuxFiles.HasDefaultAcl(f), f));
        Assert.Single(BesideOut, e => e != "out");
    }

    [Fact]
    public void Folders_of_a_new_out_have_a_clean_build_s_modes_whatever_the_spare_s_modes()
    {
        Write(First);
        Write(Second);
        const UnixFileMode open = (UnixFileMode)0x5FF; // 2777: setgid, anyone may write
        foreach (var folder in new[] { Spare, Path.Combine(Spare, "claims"), Path.Combine(Spare, "topics") })
            File.SetUnixFileMode(folder, open);
        Directory.Delete(Out, recursive: true);

        Write(Third);
        var clean = Path.Combine(Dir, "clean");
        using (var staging = OutputStaging.Open(clean))
        {
            foreach (var file in Third)
                staging.Add(file);
            staging.Commit();
        }

        Assert.Equal(Modes(clean), Modes(Out));
        Assert.Equal(Expected(Third), Tree(Out));
    }

    [Fact]
    public void A_spare_entry_that_cannot_be_removed_costs_only_speed()
    {
        Write(First);
        Write(Second);
        try
        {
            Run("chattr", "+i", Path.Combine(Spare, "claims/x/index.html")); // not even root can remove it

            Write(Third);

            Assert.Equal(Expected(Third), Tree(Out));
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(Dir, "index.html", SearchOption.AllDirectories))
                Run("chattr", "-i", file);
        }
    }

    private static IEnumerable<string> Folders(string root) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root);

    /// <summary>Every folder's mode (with set-id and sticky bits), by its path under <paramref name="root"/>.</summary>
    private static SortedDictionary<string, UnixFileMode> Modes(string root) =>
        new(Folders(root).ToDictionary(f => Path.GetRelativePath(root, f), File.GetUnixFileMode, StringComparer.Ordinal), StringComparer.Ordinal);
}
