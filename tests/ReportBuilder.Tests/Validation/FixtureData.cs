using ReportBuilder.Core.Loading;

namespace ReportBuilder.Tests.Validation;

/// <summary>
/// The validation fixtures: <c>tests/fixtures/base/</c> is a small valid project; each
/// <c>tests/fixtures/bad/&lt;case&gt;/</c> holds only the files it changes (and a <c>remove.txt</c> listing files it
/// deletes) plus <c>diagnostics.verified.txt</c>, the exact output `check` must give.
/// </summary>
internal static class FixtureData
{
    public static string FixturesFolder => Support.Repo.Path(Path.Combine("tests", "fixtures"));

    public static string BaseProject => Path.Combine(FixturesFolder, "base");

    public static IEnumerable<string> BadCases() =>
        Directory.GetDirectories(Path.Combine(FixturesFolder, "bad")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The base project with one bad case laid over it.</summary>
    public static ProjectFiles BadProject(string caseName)
    {
        var folder = Path.Combine(FixturesFolder, "bad", caseName);
        var overlay = ProjectFiles.FromDirectory(folder);
        var removePath = Path.Combine(folder, "remove.txt");
        var removed = File.Exists(removePath) ? File.ReadAllLines(removePath).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal) : [];
        var files = ProjectFiles.FromDirectory(BaseProject).All.Where(f => !removed.Contains(f.Path)).Concat(overlay.All);
        return new ProjectFiles(folder, files, overlay.Problems, overlay.Folders);
    }
}
