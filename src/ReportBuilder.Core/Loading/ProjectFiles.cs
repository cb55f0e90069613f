namespace ReportBuilder.Core.Loading;

/// <summary>One file of a project snapshot. <see cref="Bytes"/> is null when the file was too large to read.</summary>
public sealed record ProjectFile(string Path, byte[]? Bytes, long Length);

/// <summary>
/// An immutable snapshot of the files a build reads — <c>data/**</c> and <c>templates/**</c> — keyed by
/// project-relative paths with '/' separators, in ordinal order. Loading from a folder or from a git
/// revision gives the same shape, so every later stage is blind to where the files came from.
/// </summary>
public sealed class ProjectFiles
{
    /// <summary>Files larger than this are not read: no curated YAML or source text comes near it.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Roots = ["data/", "templates/"];

    private readonly SortedDictionary<string, ProjectFile> _files;

    public ProjectFiles(string origin, IEnumerable<ProjectFile> files)
    {
        Origin = origin;
        _files = new SortedDictionary<string, ProjectFile>(StringComparer.Ordinal);
        foreach (var file in files)
            _files[file.Path] = file;
    }

    /// <summary>Where the snapshot came from, for messages: a folder, or <c>git:REF</c>.</summary>
    public string Origin { get; }

    public IEnumerable<ProjectFile> All => _files.Values;

    public bool Exists(string path) => _files.ContainsKey(path);

    public ProjectFile? Get(string path) => _files.GetValueOrDefault(path);

    /// <summary>Files directly or indirectly under <paramref name="folder"/> (a path ending in '/'), in ordinal order.</summary>
    public IEnumerable<ProjectFile> Under(string folder) =>
        _files.Values.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>Reads <c>data/</c> and <c>templates/</c> below <paramref name="projectDirectory"/>.</summary>
    public static ProjectFiles FromDirectory(string projectDirectory)
    {
        var root = Path.GetFullPath(projectDirectory);
        var files = new List<ProjectFile>();
        foreach (var top in Roots)
        {
            var folder = Path.Combine(root, top.TrimEnd('/'));
            if (!Directory.Exists(folder))
                continue;
            foreach (var full in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                var length = new FileInfo(full).Length;
                files.Add(new ProjectFile(relative, length > MaxFileBytes ? null : File.ReadAllBytes(full), length));
            }
        }
        return new ProjectFiles(root, files);
    }
}
