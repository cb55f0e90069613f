using System.Text;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Tests.Caching;

/// <summary>The render cache keeps what it was given, and trusts nothing it finds: a damaged or foreign cache is a miss.</summary>
public sealed class RenderCacheTests : IDisposable
{
    private static readonly string KeyA = new('a', 64), KeyB = new('b', 64), Digest1 = new('1', 64), Digest2 = new('2', 64);

    private readonly string _temp = Directory.CreateTempSubdirectory("rb-cache-").FullName;

    private string Folder => Path.Combine(_temp, ".out.cache");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_saved_entry_is_found_by_the_next_build_while_its_lookups_give_the_same_digests()
    {
        var first = RenderCache.Open(Folder, "engine");
        first.Put(KeyA, "page", Bytes("page a"), [new("chart:troops", Digest1)]);
        first.Save(partial: false);

        var next = RenderCache.Open(Folder, "engine");
        Assert.Equal(1, next.Count);
        Assert.Equal("page a", Text(next.Get(KeyA, "page", name => name == "chart:troops" ? Digest1 : null)));
        Assert.Null(next.Get(KeyA, "page", _ => Digest2));
        Assert.Null(next.Get(KeyB, "page", _ => Digest1));
    }

    [Fact]
    public void Another_engine_s_cache_is_empty()
    {
        Save(KeyA, "page a");
        Assert.Equal(0, RenderCache.Open(Folder, "other engine").Count);
    }

    [Theory]
    [InlineData("a line that isn't an entry")]
    [InlineData("the same key twice")]
    [InlineData("cut short")]
    [InlineData("another format")]
    public void A_damaged_index_is_ignored_whole(string damage)
    {
        Save(KeyA, "page a");
        var index = Path.Combine(Folder, "index");
        var text = File.ReadAllText(index);
        var entry = text.Split('\n')[1] + "\n";
        File.WriteAllText(index, damage switch
        {
            "a line that isn't an entry" => text + "short key\n",
            "the same key twice" => text + entry,
            "cut short" => text[..^10],
            _ => text.Replace("render-cache 1", "render-cache 2", StringComparison.Ordinal),
        });
        Assert.Null(RenderCache.Open(Folder, "engine").Get(KeyA, "page", _ => null));
    }

    [Fact]
    public void An_object_whose_bytes_changed_is_a_miss()
    {
        Save(KeyA, "page a");
        var file = Directory.EnumerateFiles(Path.Combine(Folder, "objects"), "*", SearchOption.AllDirectories).Single();
        File.WriteAllText(file, "page b");
        Assert.Null(RenderCache.Open(Folder, "engine").Get(KeyA, "page", _ => null));
    }

    [Fact]
    public void An_object_replaced_by_a_link_is_not_followed()
    {
        Save(KeyA, "page a");
        var file = Directory.EnumerateFiles(Path.Combine(Folder, "objects"), "*", SearchOption.AllDirectories).Single();
        var elsewhere = Path.Combine(_temp, "elsewhere");
        File.WriteAllText(elsewhere, "page a");
        File.Delete(file);
        File.CreateSymbolicLink(file, elsewhere);
        Assert.Null(RenderCache.Open(Folder, "engine").Get(KeyA, "page", _ => null));
    }

    [Fact]
    public void A_damaged_object_is_written_again_by_the_build_that_renders_it()
    {
        Save(KeyA, "page a");
        var file = Directory.EnumerateFiles(Path.Combine(Folder, "objects"), "*", SearchOption.AllDirectories).Single();
        File.WriteAllText(file, "page !");
        var damaged = RenderCache.Open(Folder, "engine");
        Assert.Null(damaged.Get(KeyA, "page", _ => null));
        damaged.Put(KeyA, "page", Bytes("page a"), []);
        damaged.Save(partial: false);
        Assert.Equal("page a", Text(RenderCache.Open(Folder, "engine").Get(KeyA, "page", _ => null)));
    }

    [Fact]
    public void Removing_unused_objects_never_follows_a_link_planted_in_objects()
    {
        Save(KeyA, "page a");
        var elsewhere = Path.Combine(_temp, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "precious"), "keep me");
        Directory.CreateSymbolicLink(Path.Combine(Folder, "objects", "zz"), elsewhere);
        var next = RenderCache.Open(Folder, "engine");
        next.Put(KeyB, "page", Bytes("page b"), []);
        next.Save(partial: false);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(elsewhere, "precious")));
        Assert.Equal(EntryKind.Link, Entries.KindOf(Path.Combine(Folder, "objects", "zz")));
    }

    [Fact]
    public void A_linked_cache_folder_is_neither_read_nor_written()
    {
        var real = Path.Combine(_temp, "real");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(Folder, real);
        var cache = RenderCache.Open(Folder, "engine");
        cache.Put(KeyA, "page", Bytes("page a"), []);
        cache.Save(partial: false);
        Assert.Empty(Directory.EnumerateFileSystemEntries(real));
    }

    [Fact]
    public void Saving_keeps_only_the_objects_this_build_used()
    {
        Save(KeyA, "page a");
        var next = RenderCache.Open(Folder, "engine");
        next.Put(KeyB, "page", Bytes("page b"), []);
        next.Save(partial: false);
        var objects = Directory.EnumerateFiles(Path.Combine(Folder, "objects"), "*", SearchOption.AllDirectories).ToList();
        Assert.Equal("page b", File.ReadAllText(Assert.Single(objects)));
        Assert.Null(RenderCache.Open(Folder, "engine").Get(KeyA, "page", _ => null));
    }

    [Fact]
    public void Saving_keeps_what_earlier_builds_rendered_of_kinds_this_one_did_not_render()
    {
        var first = RenderCache.Open(Folder, "engine");
        first.Put(KeyA, "page", Bytes("page a"), []);
        first.Put(KeyB, "briefing-pdf", Bytes("pdf b"), []);
        first.Save(partial: false);

        var siteOnly = RenderCache.Open(Folder, "engine");
        Assert.NotNull(siteOnly.Get(KeyA, "page", _ => null));
        siteOnly.Save(partial: false);

        var next = RenderCache.Open(Folder, "engine");
        Assert.Equal("pdf b", Text(next.Get(KeyB, "briefing-pdf", _ => null)));
        Assert.Null(next.Get(KeyB, "page", _ => null));
    }

    [Fact]
    public void A_partial_save_keeps_every_earlier_entry_of_the_kinds_it_rendered_too()
    {
        var first = RenderCache.Open(Folder, "engine");
        first.Put(KeyA, "briefing-pdf", Bytes("week a"), []);
        first.Put(KeyB, "briefing-pdf", Bytes("week b"), []);
        first.Save(partial: false);

        var oneWeek = RenderCache.Open(Folder, "engine");
        Assert.NotNull(oneWeek.Get(KeyB, "briefing-pdf", _ => null));
        oneWeek.Save(partial: true);
        Assert.Equal("week a", Text(RenderCache.Open(Folder, "engine").Get(KeyA, "briefing-pdf", _ => null)));

        var whole = RenderCache.Open(Folder, "engine");
        Assert.NotNull(whole.Get(KeyB, "briefing-pdf", _ => null));
        whole.Save(partial: false);
        Assert.Null(RenderCache.Open(Folder, "engine").Get(KeyA, "briefing-pdf", _ => null));
    }

    private void Save(string key, string text)
    {
        var cache = RenderCache.Open(Folder, "engine");
        cache.Put(key, "page", Bytes(text), []);
        cache.Save(partial: false);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
