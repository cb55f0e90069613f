using System.Text;
using System.Text.RegularExpressions;
using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Caching;

/// <summary>A build that takes what it can from the cache writes the same bytes as a clean one, and renders only what changed.</summary>
public sealed class CachedBuildTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-cached-build-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void An_unchanged_rebuild_renders_nothing_and_writes_what_the_first_build_wrote()
    {
        var files = Repository();
        var first = Build(files, cached: true);
        var second = Build(files, cached: true);
        Assert.Equal(0, first.Cache.Hits);
        Assert.Equal((first.Cache.Misses, 0), second.Cache);
        AssertSameFiles(first, second);
    }

    [Fact]
    public void Over_a_seeded_series_of_random_edits_each_cached_build_equals_a_clean_one()
    {
        var random = new Random(20241229);
        var files = Repository();
        Build(files, cached: true);
        var (applied, partial) = (0, 0);
        for (var step = 0; applied < 12 && step < 60; step++)
        {
            var edited = Edit(files, random, step);
            if (edited is null)
                continue;
            var clean = Build(edited, cached: false);
            if (!clean.Succeeded)
                continue;
            var cached = Build(edited, cached: true);
            Assert.True(cached.Succeeded);
            AssertSameFiles(clean, cached);
            if (cached.Cache.Hits > 0)
                partial++;
            files = edited;
            applied++;
        }
        Assert.Equal(12, applied);
        // Most edits touch a few pages: the rest come from the cache.
        Assert.True(partial >= 6, $"only {partial} of {applied} edited builds took anything from the cache");
    }

    [Fact]
    public void Over_a_seeded_series_of_random_edits_each_build_into_out_equals_a_clean_one_though_its_staging_tree_is_the_last_swapped_out()
    {
        var random = new Random(20241230);
        var files = Repository();
        var target = Path.Combine(_temp, "out");
        var site = BuildOptions.Default with { Pdf = false };
        Pipeline.BuildInto(target, files, site);
        var applied = 0;
        for (var step = 0; applied < 8 && step < 60; step++)
        {
            var edited = Edit(files, random, step);
            if (edited is null)
                continue;
            var clean = Pipeline.Build(edited, site);
            if (!clean.Succeeded)
                continue;
            var (build, _) = Pipeline.BuildInto(target, edited, site);
            Assert.True(build.Succeeded);
            var expected = clean.Files.ToDictionary(f => f.Path, f => Convert.ToHexString(f.Bytes), StringComparer.Ordinal);
            var written = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target, f))
                .Where(p => p != ".reportbuilder-manifest").ToDictionary(p => p, p => Convert.ToHexString(File.ReadAllBytes(Path.Combine(target, p))), StringComparer.Ordinal);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), written.OrderBy(e => e.Key, StringComparer.Ordinal));
            // From the second build on, the tree a swap replaced is kept for the next build to update.
            Assert.True(Directory.Exists(Path.Combine(_temp, ".out.cache", "tree")));
            files = edited;
            applied++;
        }
        Assert.Equal(8, applied);
    }

    [Fact]
    public void One_edited_statement_renders_only_the_pages_and_briefings_that_show_it()
    {
        var files = Repository();
        var first = Build(files, cached: true);
        var edited = Replace(files, "data/sheets/prisoners.yaml", "had been captured by Ukrainian forces.\"", "had been captured by Ukraine's forces.\"");
        var second = Build(edited, cached: true);
        AssertSameFiles(Build(edited, cached: false), second);
        Assert.InRange(second.Cache.Misses, 1, first.Cache.Misses / 4);
    }

    [Fact]
    public void The_cache_outlives_the_process_beside_out_and_no_cache_ignores_it()
    {
        using var project = TempProject.OfRepository("rb-cache-cli-");
        var first = CliRunner.Run("build", "--project", project.Root);
        // A comment changes the inputs but no output: every render comes from the cache.
        File.AppendAllText(project.Path("data/site.yaml"), "# a comment\n");
        var second = CliRunner.Run("build", "--project", project.Root);
        var third = CliRunner.Run("build", "--project", project.Root, "--no-cache");
        Assert.Equal((0, 0, 0), (first.Exit, second.Exit, third.Exit));
        var rendered = Regex.Match(first.Err, "build: ([0-9]+) rendered, 0 from the cache").Groups[1].Value;
        Assert.NotEqual("", rendered);
        Assert.Contains($"build: 0 rendered, {rendered} from the cache", second.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("from the cache", third.Err, StringComparison.Ordinal);
        Assert.True(Directory.Exists(project.Path(".out.cache/objects")));
    }

    [Fact]
    public void A_cache_folder_that_is_a_link_is_not_used_and_the_build_says_so()
    {
        using var project = TempProject.OfFixture("rb-cache-link-", withTemplates: true);
        var elsewhere = Directory.CreateDirectory(Path.Combine(project.Folder, "elsewhere")).FullName;
        Directory.CreateSymbolicLink(project.Path(".out.cache"), elsewhere);
        var (exit, _, stderr) = CliRunner.Run("build", "--project", project.Root);
        Assert.Equal(0, exit);
        Assert.Contains($"build: {project.Path(".out.cache")} is a symbolic link, not a folder: the render cache was not used", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Fact]
    public void A_build_of_unchanged_inputs_into_an_untouched_out_does_nothing_and_an_edited_out_is_put_right()
    {
        using var project = TempProject.OfRepository("rb-stamp-cli-");
        var first = CliRunner.Run("build", "--project", project.Root);
        var page = project.Path("out/index.html");
        var bytes = File.ReadAllBytes(page);
        var second = CliRunner.Run("build", "--project", project.Root);
        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Contains("nothing to do", second.Err, StringComparison.Ordinal);
        Assert.Equal(first.Out.Split('\n')[0].Split(" in ")[0], second.Out.Split('\n')[0].Split(" in ")[0]);

        File.WriteAllText(page, "edited by hand");
        var third = CliRunner.Run("build", "--project", project.Root);
        Assert.Equal(0, third.Exit);
        Assert.DoesNotContain("nothing to do", third.Err, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(page));

        // Another stage's build is another input: it does its work.
        var sitesOnly = CliRunner.Run("build", "--project", project.Root, "--only", "site");
        Assert.DoesNotContain("nothing to do", sitesOnly.Err, StringComparison.Ordinal);
    }

    private BuildResult Build(ProjectFiles files, bool cached)
    {
        var build = Pipeline.Build(files, new BuildOptions { CacheFolder = cached ? Path.Combine(_temp, ".out.cache") : null });
        return build;
    }

    private static void AssertSameFiles(BuildResult expected, BuildResult actual)
    {
        Assert.True(expected.Succeeded && actual.Succeeded);
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        foreach (var (want, got) in expected.Files.Zip(actual.Files))
            Assert.True(want.Bytes.AsSpan().SequenceEqual(got.Bytes), $"{got.Path} differs from a clean build's");
    }

    private static ProjectFiles Repository() => ProjectFiles.FromDirectory(Repo.Root);

    /// <summary>One random edit of a kind a curator makes, or null when the pick found nothing to edit.</summary>
    private static ProjectFiles? Edit(ProjectFiles files, Random random, int step)
    {
        var sheets = files.All.Where(f => f.Path.StartsWith("data/sheets/", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        var sheet = sheets[random.Next(sheets.Count)];
        return random.Next(7) switch
        {
            0 => ReplaceOne(files, sheet, random, "(\n    statement: \")", $"$1Step {step}: "),
            1 => ReplaceOne(files, sheet, random, "(\n    note: \")", $"$1Step {step}. "),
            2 => ReplaceOne(files, sheet, random, "\n    stance: (asserts|confirms)\n", "\n    stance: warns\n"),
            3 => ReplaceOne(files, sheet, random, "\ntitle: ([^\n]*)\n", $"\ntitle: $1 {step}\n"),
            4 => ReplaceOne(files, "data/actors.yaml", random, "\n  name: ([^\n]*)\n", $"\n  name: $1 {step}\n"),
            5 => ReplaceOne(files, "data/measures.yaml", random, "\n  label: ([^\n]*)\n", $"\n  label: $1 {step}\n"),
            _ => Replace(files, "templates/partials/claim.sbn", "</", $"<!-- {step} --></"),
        };
    }

    private static ProjectFiles? ReplaceOne(ProjectFiles files, string path, Random random, string pattern, string replacement)
    {
        var text = "\n" + Encoding.UTF8.GetString(files.All.Single(f => f.Path == path).Bytes!);
        var matches = Regex.Matches(text, pattern);
        if (matches.Count == 0)
            return null;
        var match = matches[random.Next(matches.Count)];
        var edited = text[..match.Index] + match.Result(replacement) + text[(match.Index + match.Length)..];
        return With(files, path, edited[1..]);
    }

    private static ProjectFiles Replace(ProjectFiles files, string path, string from, string to)
    {
        var text = Encoding.UTF8.GetString(files.All.Single(f => f.Path == path).Bytes!);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{path} has no '{from}'");
        return With(files, path, text[..at] + to + text[(at + from.Length)..]);
    }

    private static ProjectFiles With(ProjectFiles files, string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new ProjectFiles(files.Origin, files.All.Select(f => f.Path == path ? new ProjectFile(path, bytes, bytes.Length) : f), files.Problems, files.Folders);
    }
}
