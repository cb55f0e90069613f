namespace ReportBuilder.Tests.Support;

/// <summary>Paths in the repository the tests run from: found by walking up to ReportBuilder.sln.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>The shipped fonts the briefings are set in.</summary>
    public static string Fonts => Path(System.IO.Path.Combine("templates", "assets", "fonts"));

    /// <summary>Every file under a project folder, as project-relative '/' paths to bytes (what the loader gives).</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(string projectDir, string folder)
    {
        var dir = System.IO.Path.Combine(projectDir, folder);
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(projectDir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportBuilder.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
