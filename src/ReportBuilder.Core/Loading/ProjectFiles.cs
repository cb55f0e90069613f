using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Loading;

/// <summary>One file of a project snapshot. <see cref="Bytes"/> is null when the file was too large to read.</summary>
public sealed record ProjectFile(string Path, byte[]? Bytes, long Length);

/// <summary>
/// An immutable snapshot of the files a build reads — <c>data/**</c> and <c>templates/**</c> — keyed by
/// project-relative paths with '/' separators, in ordinal order. Loading from a folder or from a git
/// revision gives the same shape, so every later stage is blind to where the files came from. Only regular
/// files are read: a link, FIFO, socket or device is never followed or opened, only reported in
/// <see cref="Problems"/>, as is a file that cannot be read.
/// </summary>
public sealed class ProjectFiles
{
    /// <summary>Files larger than this are not read: no curated YAML or source text comes near it.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Roots = ["data/", "templates/"];

    private readonly SortedDictionary<string, ProjectFile> _files;
    private readonly HashSet<string> _folders;

    public ProjectFiles(string origin, IEnumerable<ProjectFile> files, IEnumerable<Diagnostic>? problems = null, IEnumerable<string>? folders = null)
    {
        Origin = origin;
        _files = new SortedDictionary<string, ProjectFile>(StringComparer.Ordinal);
        foreach (var file in files)
            _files[file.Path] = file;
        Problems = [.. problems ?? []];
        _folders = new HashSet<string>(folders ?? [], StringComparer.Ordinal);
    }

    /// <summary>Where the snapshot came from, for messages: a folder, or <c>git:REF</c>.</summary>
    public string Origin { get; }

    public IEnumerable<ProjectFile> All => _files.Values;

    /// <summary>Entries that were not read (RB0008 a link or special file, RB0009 a file where a folder belongs, RB0113 unreadable).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>The project-relative paths of the folders read, such as <c>data/sheets</c>.</summary>
    public IEnumerable<string> Folders => _folders.Order(StringComparer.Ordinal);

    public bool Exists(string path) => _files.ContainsKey(path);

    /// <summary>Whether the entry at <paramref name="path"/> is there but was not read (a link, FIFO, unreadable…): reported already, not missing.</summary>
    internal bool IsUnread(string path) => Problems.Any(d => d.Span.Path == path);

    public bool IsFolder(string path) => _folders.Contains(path);

    public ProjectFile? Get(string path) => _files.GetValueOrDefault(path);

    /// <summary>Files directly or indirectly under <paramref name="folder"/> (a path ending in '/'), in ordinal order.</summary>
    public IEnumerable<ProjectFile> Under(string folder) =>
        _files.Values.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>
    /// The files, problems and folders under <paramref name="folder"/> alone: what a build renders from once the data
    /// is read (templates/), so that the data's bytes are not held while the pages render.
    /// </summary>
    internal ProjectFiles Only(string folder) =>
        new(Origin, Under(folder), ProblemsUnder(folder), _folders.Where(f => f.StartsWith(folder, StringComparison.Ordinal) || f == folder.TrimEnd('/')));

    /// <summary>The problems of entries under <paramref name="folder"/> (a path ending in '/', or the folder itself).</summary>
    public IEnumerable<Diagnostic> ProblemsUnder(string folder) =>
        Problems.Where(d => d.Span.Path.StartsWith(folder, StringComparison.Ordinal) || d.Span.Path == folder.TrimEnd('/'));

    /// <summary>Reads <c>data/</c> and <c>templates/</c> below <paramref name="projectDirectory"/>.</summary>
    public static ProjectFiles FromDirectory(string projectDirectory) => DirectoryReader.Read(Path.GetFullPath(projectDirectory));
}
