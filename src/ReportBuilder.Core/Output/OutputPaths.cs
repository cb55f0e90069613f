using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>The rules for paths in out/: what may be written there, and what out/ may not be.</summary>
public static class OutputPaths
{
    /// <summary>The folder a project's build writes into unless told otherwise: <c>out/</c> in the project.</summary>
    public static string DefaultTarget(string projectDirectory) => FullFolderPath(Path.Combine(projectDirectory, "out"));

    /// <summary>
    /// A folder to write, named fully and without a trailing separator: <c>out</c>, <c>out/</c> and <c>./out</c> are one
    /// folder, with one lock and one cache beside it (a trailing '/' once put them inside it).
    /// </summary>
    internal static string FullFolderPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>Paths compare as the usual file system of the platform does: case matters on Linux only.</summary>
    private static readonly StringComparison FileNames = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>A path inside out/: relative, '/'-separated, no empty, "." or ".." segment. Ids are slugs, so this never fires on valid data.</summary>
    internal static void Check(string path)
    {
        if (!RelativePath.StaysInside(path) || path == OutputManifest.Name)
            throw new ArgumentException($"'{path}' is not a path inside out/", nameof(path));
    }

    /// <summary>
    /// Why a build may not write <paramref name="target"/>, or null when it may. A build replaces the files it
    /// wrote before, so a mistyped --out must not cost anyone their work: it may not be or hold the project, lie in
    /// its inputs (also by way of a symbolic link), be a link itself, look like a project or repository, or be a
    /// non-empty folder without the writer's manifest.
    /// </summary>
    /// <param name="project">The project being built, when known; without it only the folder itself is judged.</param>
    /// <param name="judgeContents">
    /// Whether to judge what out/ holds (the manifest rule): false before out/'s lock is taken, when another build may
    /// be swapping the tree, so that only where out/ is and what it is are judged; the writer judges all again under the lock.
    /// </param>
    public static string? Refusal(string target, string? project = null, bool judgeContents = true)
    {
        target = FullFolderPath(target);
        if (project is not null && ProjectRefusal(target, project) is { } inProject)
            return inProject;
        if (Path.GetDirectoryName(target) is null)
            return "it is the root of a file system";
        switch (Entries.KindOf(target))
        {
            case EntryKind.Link:
                return "it is a symbolic link; a build replaces its output folder whole, so it would replace the link, not fill the folder it points to: give that folder as --out";
            case EntryKind.Missing or EntryKind.Directory:
                break;
            case var kind:
                return $"it is {Entries.Describe(kind)}";
        }
        if (LooksLikeProject(target) is { } marker)
            return $"it holds {marker}: it looks like a project, not an output folder";
        if (judgeContents && HoldsEntriesButNoManifest(target))
            return $"it is not empty and has no {OutputManifest.Name}, so a build did not write it; empty it or choose another --out";
        return null;
    }

    /// <summary>
    /// Whether <paramref name="target"/> holds entries but no manifest (a regular file), judged from one listing: a
    /// build that judges out/ before its lock (the command's quick check) may meet another build's swap (the old tree
    /// renamed away, the new one renamed in), and asking "is there a manifest?" and then "is it empty?" could read the
    /// gap and then the new tree; a tree renamed away while it is listed reads as none.
    /// </summary>
    private static bool HoldsEntriesButNoManifest(string target)
    {
        var entries = false;
        try
        {
            foreach (var name in Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName))
            {
                if (name == OutputManifest.Name && OutputManifest.ExistsIn(target))
                    return false;
                entries = true;
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Missing, or renamed away by a swap under way: nothing here to refuse.
            return false;
        }
        return entries;
    }

    /// <summary>
    /// Why a single output file (<c>briefing --out FILE</c>) may not be written at <paramref name="file"/>: it lies
    /// in the project's inputs or a repository's <c>.git</c> (also by way of a link), is a link or anything but a
    /// regular file, or is a file other than a PDF, which it would replace.
    /// </summary>
    public static string? FileRefusal(string file, string project)
    {
        file = FullFolderPath(file);
        var real = Entries.RealPath(Path.GetDirectoryName(file)!);
        foreach (var folder in new[] { Path.GetDirectoryName(file)!, real })
        {
            if (ProjectRefusal(Path.Combine(folder, Path.GetFileName(file)), project) is { } inProject)
                return inProject;
            if (folder.Split(Path.DirectorySeparatorChar).Contains(".git"))
                return "it is inside a repository's .git folder";
        }
        return Entries.KindOf(file) switch
        {
            EntryKind.Missing => null,
            EntryKind.Regular => IsPdf(file) ? null : "it is a file that is not a PDF, and writing would replace it",
            EntryKind.Link => "it is a symbolic link; writing would replace the link, not the file it points to: give that file as --out",
            var kind => $"it is {Entries.Describe(kind)}",
        };
    }

    /// <summary>The rules that need the project: not the project, not in its data/ or templates/, not around it; by path as written and as it really resolves.</summary>
    private static string? ProjectRefusal(string target, string project)
    {
        var root = FullFolderPath(project);
        var realRoot = Entries.RealPath(root);
        foreach (var (path, projectRoot) in new[] { (target, root), (Entries.RealPath(target), realRoot) })
        {
            if (string.Equals(path, projectRoot, FileNames))
                return "it is the project folder";
            foreach (var input in new[] { "data", "templates" })
            {
                if (Contains(Path.Combine(projectRoot, input), path))
                    return path == target ? $"it is inside the project's {input}/ folder" : $"it leads by a symbolic link into the project's {input}/ folder";
            }
            if (Contains(path, projectRoot))
                return "it holds the project";
        }
        return null;
    }

    /// <summary>A briefing this large is no briefing: a file over it is not judged a PDF, so it is not replaced.</summary>
    private const long MaxReplacedPdfBytes = 256 * 1024 * 1024;

    private static bool IsPdf(string file) =>
        Entries.ReadRegular(file, MaxReplacedPdfBytes).Bytes is { } bytes && bytes.AsSpan().StartsWith("%PDF-"u8);

    /// <summary>Whether a folder holds a project or a repository (data/, templates/, .git).</summary>
    /// <returns>The first such entry found, or null.</returns>
    public static string? LooksLikeProject(string target) =>
        new[] { "data", "templates", ".git" }.FirstOrDefault(m => Path.Exists(Path.Combine(target, m)));

    private static bool Contains(string folder, string path) =>
        string.Equals(path, folder, FileNames) || path.StartsWith(folder + Path.DirectorySeparatorChar, FileNames);
}
