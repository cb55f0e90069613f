using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// Adds new files to a project (<c>new source</c>): all of them or none. A file is refused where it exists already
/// (as anything, a link included) or where its folder is reached through a symbolic link, so nothing lands outside
/// the project. Each is first written to a temporary file created exclusively beside it (never through an existing
/// entry), then all are renamed into place; a failure removes what was written.
/// </summary>
internal static class ProjectAdditions
{
    /// <exception cref="OutputRefusedException">A file is not one to write; nothing was written.</exception>
    public static void Write(string project, IReadOnlyList<OutputFile> files)
    {
        var root = Entries.RealPath(Path.GetFullPath(project));
        var targets = files.Select(f => (File: f, Path: Path.GetFullPath(Path.Combine(root, f.Path)))).ToList();
        foreach (var (file, path) in targets)
        {
            var folder = Path.GetDirectoryName(path)!;
            if (!string.Equals(Entries.RealPath(folder), folder, StringComparison.Ordinal))
                throw new OutputRefusedException($"will not write {file.Path}: its folder is reached through a symbolic link");
            if (Entries.KindOf(path) is var kind and not EntryKind.Missing)
                throw new OutputRefusedException($"will not write {file.Path}: it exists already, as {Entries.Describe(kind)}");
        }
        var written = new List<string>();
        var temporaries = new List<string>();
        try
        {
            foreach (var (file, path) in targets)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                // Ours to remove only once written (a write that fails removes its file): an entry that was in the way is never deleted.
                NewFile.Write(temporary, file.Bytes, path);
                temporaries.Add(temporary);
            }
            foreach (var ((_, path), temporary) in targets.Zip(temporaries))
            {
                File.Move(temporary, path, overwrite: false);
                written.Add(path);
            }
        }
        catch
        {
            foreach (var path in temporaries.Concat(written))
                File.Delete(path);
            throw;
        }
    }
}
