using ReportBuilder.Core.Html;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// The site of the sample model rendered once with the repository's templates and written to a temporary
/// folder, shared by the tests that read a whole site (links, HTML validity). Deleted when they are done.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public SiteFixture()
    {
        var templates = TemplateSet.Parse(Repo.Files(Repo.Root, "templates"));
        Render = SiteRenderer.Render(SampleModel.Build(), templates);
        if (!Render.Succeeded)
            throw new InvalidOperationException("the sample site does not render:\n" + string.Join("\n", Render.Diagnostics));
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

    public IEnumerable<string> Files(string extension) =>
        Directory.EnumerateFiles(OutDir, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(OutDir, recursive: true);
}
