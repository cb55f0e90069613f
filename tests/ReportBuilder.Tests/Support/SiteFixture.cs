using ReportBuilder.Core;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Loading;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// The site of the repository's own data/ and templates/, rendered once and written to a temporary folder,
/// shared by the tests that read a whole site (links, HTML validity, snapshots). Deleted when they are done.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public SiteFixture()
    {
        var files = ProjectFiles.FromDirectory(Repo.Root);
        var read = ModelReader.Read(files);
        if (read.Model is null)
            throw new InvalidOperationException("data/ does not validate:\n" + string.Join("\n", read.Diagnostics));
        Render = SiteRenderer.Render(read.Model, TemplateSet.Parse(files));
        if (!Render.Succeeded)
            throw new InvalidOperationException("the site does not render:\n" + string.Join("\n", Render.Diagnostics));
        OutDir = Directory.CreateTempSubdirectory("rb-site-").FullName;
        foreach (var file in Render.Files)
        {
            var path = Path.Combine(OutDir, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    public SiteRender Render { get; }

    public string OutDir { get; }

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
