using System.Security.Cryptography;
using ReportBuilder.Core.FileSystem;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Caching;

/// <summary>
/// A page a build renders and keeps is one file with two names, its place in out/ and its object in the cache (a hard
/// link, made beside the object and renamed over it), not two copies of its bytes; and the cache still trusts nothing:
/// an edit of out/'s file by hand, which the object shares, makes the object a miss, and the next build puts both right.
/// </summary>
public sealed class CacheObjectLinkTests
{
    [Fact]
    public void A_rendered_page_and_its_cache_object_are_one_file_and_an_edit_of_it_by_hand_is_put_right()
    {
        using var project = TempProject.OfFixture("rb-cache-object-link-", withTemplates: true);
        var first = CliRunner.Run("build", "--project", project.Root, "--only", "site");
        Assert.Equal(0, first.Exit);
        var page = project.Path("out/index.html");
        var bytes = File.ReadAllBytes(page);
        var cached = Object(project, bytes);
        Assert.Equal(EntryKind.Regular, Entries.KindOf(cached));
        Assert.Equal(LinuxFiles.LinkStatus(page)!.Value.Inode, LinuxFiles.LinkStatus(cached)!.Value.Inode);
        Assert.Empty(Directory.EnumerateFiles(project.Path(".out.cache/objects"), "*.tmp", SearchOption.AllDirectories));

        File.WriteAllText(page, "edited by hand"); // in place: the object's bytes change with it
        Assert.Equal("edited by hand", File.ReadAllText(cached));
        var second = CliRunner.Run("build", "--project", project.Root, "--only", "site");
        Assert.Equal(0, second.Exit);
        Assert.Equal(bytes, File.ReadAllBytes(page));
        Assert.Equal(bytes, File.ReadAllBytes(Object(project, bytes)));
    }

    [Fact]
    public void A_page_of_another_owner_carried_from_out_is_copied_into_the_cache_not_linked()
    {
        using var project = TempProject.OfFixture("rb-cache-object-owner-", withTemplates: true);
        Assert.Equal(0, CliRunner.Run("build", "--project", project.Root, "--only", "site").Exit);
        var page = project.Path("out/index.html");
        var bytes = File.ReadAllBytes(page);
        using (var chown = System.Diagnostics.Process.Start("chown", ["65534", page]))
        {
            chown.WaitForExit();
            Assert.Equal(0, chown.ExitCode);
        }
        Directory.Delete(project.Path(".out.cache"), recursive: true);

        Assert.Equal(0, CliRunner.Run("build", "--project", project.Root, "--only", "site").Exit);

        var cached = LinuxFiles.LinkStatus(Object(project, bytes))!.Value;
        Assert.Equal(LinuxFiles.EffectiveUser, cached.Owner);
        Assert.NotEqual(LinuxFiles.LinkStatus(page)!.Value.Inode, cached.Inode);
        Assert.Equal(bytes, File.ReadAllBytes(Object(project, bytes)));
    }

    private static string Object(TempProject project, byte[] bytes)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return project.Path($".out.cache/objects/{name[..2]}/{name[2..]}");
    }
}
