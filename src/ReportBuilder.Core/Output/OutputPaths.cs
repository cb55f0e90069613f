namespace ReportBuilder.Core.Output;

/// <summary>The rules for paths in out/: what may be written there, and what out/ may not be.</summary>
public static class OutputPaths
{
    /// <summary>A path inside out/: relative, '/'-separated, no empty, "." or ".." segment. Ids are slugs, so this never fires on valid data.</summary>
    internal static void Check(string path)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || path.Contains('\\') || path.Contains(':') || segments.Any(s => s.Length == 0 || s == "." || s == ".."))
            throw new ArgumentException($"'{path}' is not a path inside out/", nameof(path));
    }

    /// <summary>
    /// Refuses to write over a folder that holds a project or a repository (data/, templates/, .git): a build
    /// replaces out/'s files, and a mistyped --out must not cost anyone their work.
    /// </summary>
    /// <returns>The first such entry found, or null.</returns>
    public static string? LooksLikeProject(string target) =>
        new[] { "data", "templates", ".git" }.FirstOrDefault(m => Path.Exists(Path.Combine(target, m)));

    /// <summary>The files already in out/, as '/' paths, ordinal.</summary>
    internal static SortedSet<string> Existing(string target) =>
        Directory.Exists(target)
            ? new(Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(target, f).Replace('\\', '/')), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    internal static void RemoveEmptyFolders(string target)
    {
        foreach (var dir in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
                Directory.Delete(dir);
        }
    }
}
