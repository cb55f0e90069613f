using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// Walks <c>data/</c> and <c>templates/</c> of a project folder entry by entry, never following a link: folders
/// are descended, regular files read (at most <see cref="ProjectFiles.MaxFileBytes"/>), and every other entry — a
/// symbolic link, FIFO, socket or device — is reported (RB0008) without being opened, so nothing outside the
/// project is read and nothing can block. An entry that cannot be read is reported (RB0113), not thrown.
/// </summary>
internal sealed class DirectoryReader
{
    private readonly string _root;
    private readonly List<ProjectFile> _files = [];
    private readonly List<Diagnostic> _problems = [];
    private readonly List<string> _folders = [];

    private DirectoryReader(string root) => _root = root;

    public static ProjectFiles Read(string root)
    {
        var reader = new DirectoryReader(root);
        foreach (var top in ProjectFiles.Roots)
        {
            var name = top.TrimEnd('/');
            switch (Entries.KindOf(Path.Combine(root, name)))
            {
                case EntryKind.Missing:
                    break;
                case EntryKind.Directory:
                    reader.Walk(name);
                    break;
                case EntryKind.Regular:
                    reader._problems.Add(FolderExpected(name));
                    break;
                case var kind:
                    reader._problems.Add(NotRegular(name, kind));
                    break;
            }
        }
        return new ProjectFiles(root, reader._files, reader._problems, reader._folders);
    }

    /// <summary>RB0008: never followed, never opened.</summary>
    internal static Diagnostic NotRegular(string path, EntryKind kind) => new(Codes.NotRegularFile, SourceSpan.File(path),
        $"{path} is {Entries.Describe(kind)}; only regular files and folders are read, and this was not followed or opened",
        kind == EntryKind.Link
            ? "put the file itself here: a link could publish a file from outside the project"
            : "remove it: only regular files belong in data/ and templates/");

    /// <summary>RB0009, for a file where a folder belongs.</summary>
    internal static Diagnostic FolderExpected(string path) => new(Codes.FolderOrFile, SourceSpan.File(path),
        $"{path} is a file; a folder belongs here", $"make {path} a folder (see the README's data format)");

    private void Walk(string folder)
    {
        _folders.Add(folder);
        IEnumerable<string> names;
        try
        {
            names = [.. Directory.EnumerateFileSystemEntries(Path.Combine(_root, folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _problems.Add(Unreadable(folder, e));
            return;
        }
        foreach (var name in names)
        {
            var path = folder + "/" + name;
            var full = Path.Combine(_root, path);
            try
            {
                switch (Entries.KindOf(full))
                {
                    case EntryKind.Directory:
                        Walk(path);
                        break;
                    case EntryKind.Regular:
                        var (bytes, length) = Entries.ReadRegular(full, ProjectFiles.MaxFileBytes);
                        _files.Add(new ProjectFile(path, bytes, length));
                        break;
                    case EntryKind.Missing:
                        break; // removed while we read: as if it had never been there
                    case var kind:
                        _problems.Add(NotRegular(path, kind));
                        break;
                }
            }
            catch (NotRegularFileException e)
            {
                _problems.Add(NotRegular(path, e.Kind));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _problems.Add(Unreadable(path, e));
            }
        }
    }

    private static Diagnostic Unreadable(string path, Exception e) => new(Codes.Unreadable, SourceSpan.File(path),
        $"{path} cannot be read: {e.Message.Replace(Environment.NewLine, " ", StringComparison.Ordinal)}",
        e is UnauthorizedAccessException ? "give the user running the build permission to read it" : "check the disk and the file");
}
