using ReportBuilder.Core;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Output;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Output;

/// <summary>Two whole builds into one out/, sharing its render cache and its stamp, started together.</summary>
public sealed class ConcurrentCachedBuildTests : OutputFolderTests
{
    private static readonly BuildOptions SiteOnly = BuildOptions.Default with { Pdf = false };

    [Fact]
    public async Task Two_cached_builds_started_together_leave_one_whole_tree_and_a_cache_that_still_builds_true()
    {
        using var project = TempProject.OfFixture("rb-pair-", withTemplates: true);
        var first = ProjectFiles.FromDirectory(project.Root);
        var site = project.Path("data/site.yaml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("title: Fixture desk", "title: Other desk", StringComparison.Ordinal));
        var second = ProjectFiles.FromDirectory(project.Root);
        var expected = new[] { first, second }.Select(files => Files(Pipeline.Build(files, SiteOnly))).ToList();
        Assert.NotEqual(expected[0]["index.html"], expected[1]["index.html"]);

        for (var round = 0; round < 8; round++)
        {
            using var start = new Barrier(2);
            var builds = new[] { first, second }.Select(files => Task.Run(() =>
            {
                start.SignalAndWait();
                return Pipeline.BuildInto(Out, files, SiteOnly);
            })).ToArray();
            Assert.All(await Task.WhenAll(builds), b => Assert.NotNull(b.Written));

            var tree = Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Out, f)).Where(p => p != OutputManifest.Name)
                .ToDictionary(p => p, p => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Out, p))), StringComparer.Ordinal);
            Assert.True(expected.Any(e => e.Count == tree.Count && e.All(kv => tree.TryGetValue(kv.Key, out var text) && text == kv.Value)),
                $"round {round}: out/ is neither build's tree");
            Assert.Equal(["out"], BesideOut);
        }

        // What the two left in the cache gives each input the same bytes as a clean build.
        foreach (var (files, clean) in new[] { second, first }.Zip(expected.AsEnumerable().Reverse()))
            Assert.Equal(clean, Files(Pipeline.Build(files, SiteOnly with { CacheFolder = RenderCache.PathFor(Out) })));
    }

    private static Dictionary<string, string> Files(BuildResult build) =>
        build.Files.ToDictionary(f => f.Path, f => Convert.ToBase64String(f.Bytes), StringComparer.Ordinal);
}
