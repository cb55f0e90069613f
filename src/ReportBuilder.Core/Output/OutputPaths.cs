namespace ReportBuilder.Core.Output;

/// <summary>The rules for paths in out/: what may be written there, and what out/ may not be.</summary>
public static class OutputPaths
{
    /// <summary>Paths compare as the usual file system of the platform does: case matters on Linux only.</summary>
    private static readonly StringComparison FileNames = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>A path inside out/: relative, '/'-separated, no empty, "." or ".." segment. Ids are slugs, so this never fires on valid data.</summary>
    internal static void Check(string path)
    {
        if (!IsInside(path) || path == OutputManifest.Name)
            throw new ArgumentException($"'{path}' is not a path inside out/", nameof(path));
    }

    internal static bool IsInside(string path) =>
        path.Length > 0 && !path.Contains('\\') && !path.Contains(':')
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    /// <summary>
    /// Why a build may not write <paramref name="target"/>, or null when it may. A build replaces the files it
    /// wrote before, so a mistyped --out must not cost anyone their work: it may not be or hold the project, lie in
    /// its inputs, look like a project or repository, or be a non-empty folder without the writer's manifest.
    /// </summary>
    /// <param name="project">The project being built, when known; without it only the folder itself is judged.</param>
    public static string? Refusal(string target, string? project = null)
    {
        target = Normalize(target);
        if (project is not null)
        {
            var root = Normalize(project);
            if (string.Equals(target, root, FileNames))
                return "it is the project folder";
            foreach (var input in new[] { "data", "templates" })
            {
                if (Contains(Path.Combine(root, input), target))
                    return $"it is inside the project's {input}/ folder";
            }
            if (Contains(target, root))
                return "it holds the project";
        }
        if (Path.GetDirectoryName(target) is null)
            return "it is the root of a file system";
        if (File.Exists(target))
            return "it is a file";
        if (LooksLikeProject(target) is { } marker)
            return $"it holds {marker}: it looks like a project, not an output folder";
        if (Directory.Exists(target) && !OutputManifest.ExistsIn(target) && Directory.EnumerateFileSystemEntries(target).Any())
            return $"it is not empty and has no {OutputManifest.Name}, so a build did not write it; empty it or choose another --out";
        return null;
    }

    /// <summary>Whether a folder holds a project or a repository (data/, templates/, .git).</summary>
    /// <returns>The first such entry found, or null.</returns>
    public static string? LooksLikeProject(string target) =>
        new[] { "data", "templates", ".git" }.FirstOrDefault(m => Path.Exists(Path.Combine(target, m)));

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Contains(string folder, string path) =>
        string.Equals(path, folder, FileNames) || path.StartsWith(folder + Path.DirectorySeparatorChar, FileNames);
}
