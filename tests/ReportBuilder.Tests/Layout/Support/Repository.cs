namespace ReportBuilder.Tests.Layout.Support;

/// <summary>Paths in the repository, found by walking up from the test binaries to ReportBuilder.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Fonts => Path.Combine(Root, "templates", "assets", "fonts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportBuilder.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No ReportBuilder.sln above {AppContext.BaseDirectory}.");
    }
}
