using ReportBuilder.Tests.Validation;

namespace ReportBuilder.Tests.Support;

/// <summary>A project copied into a temporary folder for a test that changes it, removed when the test is done.</summary>
internal sealed class TempProject : IDisposable
{
    private TempProject(string prefix)
    {
        Folder = Directory.CreateTempSubdirectory(prefix).FullName;
        Root = System.IO.Path.Combine(Folder, "project");
    }

    /// <summary>The temporary folder: the project is its <c>project/</c>, leaving room beside it for other entries.</summary>
    public string Folder { get; }

    /// <summary>The project folder.</summary>
    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>The small valid fixture project (data only), with the repository's templates when asked.</summary>
    public static TempProject OfFixture(string prefix, bool withTemplates = false)
    {
        var project = new TempProject(prefix);
        CliRunner.CopyTree(FixtureData.BaseProject, project.Root);
        if (withTemplates)
            CliRunner.CopyTree(Repo.Path("templates"), project.Path("templates"));
        return project;
    }

    /// <summary>The repository's own data/ and templates/.</summary>
    public static TempProject OfRepository(string prefix)
    {
        var project = new TempProject(prefix);
        foreach (var folder in new[] { "data", "templates" })
            CliRunner.CopyTree(Repo.Path(folder), project.Path(folder));
        return project;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
