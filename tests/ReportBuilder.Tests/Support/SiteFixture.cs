using ReportBuilder.Core;
using ReportBuilder.Core.Loading;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// The whole output (site and briefings) of the repository's own data/ and templates/, built once and written to a temporary folder,
/// shared by the tests that read a whole site (links, HTML validity, snapshots). Deleted when they are done.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public SiteFixture()
    {
        var files = ProjectFiles.FromDirectory(Repo.Root);
        Build = Pipeline.Build(files, BuildOptions.Default);
        if (!Build.Succeeded)
            throw new InvalidOperationException("the project does not build:\n" + string.Join("\n", Build.Diagnostics));
        OutDir = Directory.CreateTempSubdirectory("rb-site-").FullName;
        foreach (var file in Build.Files)
        {
            var path = Path.Combine(OutDir, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>Everything `build` writes: the site and the PDF briefings.</summary>
    public BuildResult Build { get; }

    public string OutDir { get; }

    /// <summary>The site's path on its server, from base_url: "/nk-russia/".</summary>
    public string SitePath => new Uri(Build.Model!.Site.BaseUrl).AbsolutePath;

    /// <summary>Files of out/ with an extension, as full paths, ordinal.</summary>
    public IReadOnlyList<string> Files(string extension) =>
        [.. Directory.EnumerateFiles(OutDir, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(OutDir, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
