namespace ReportBuilder.Tests.Layout.Support;

/// <summary>Paths in the repository the layout tests read.</summary>
internal static class Repository
{
    public static string Root => Tests.Support.Repo.Root;

    public static string Fonts => Path.Combine(Root, "templates", "assets", "fonts");

}
