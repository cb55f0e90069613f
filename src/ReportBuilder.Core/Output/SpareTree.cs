using System.Collections.Concurrent;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// The tree a swap replaced, kept (in the render cache, <c>.out.cache/tree</c>) and taken as the next build's staging
/// tree, so that a build which changes a few files makes and removes a few entries, not a folder and a file for every
/// page. Nothing in it is trusted: on taking it, every entry that is not a regular file or a real folder is removed
/// (a link is never followed or written through), and a file in it stays only where it is the very file out/ holds
/// at that path (the same inode) and out/'s file has the bytes the build made; any other entry at a path the build
/// writes is removed and the file written or linked anew, and whatever the new tree does not hold is removed before
/// the swap. So the new out/ holds only files this build wrote and hard links to out/'s own, as from an empty
/// staging tree. Linux only (it needs the inode); elsewhere the swapped-out tree is removed.
/// </summary>
internal sealed class SpareTree
{
    private readonly string _root;
    private readonly Dictionary<string, LinuxFiles.Status> _entries;
    private readonly ConcurrentDictionary<string, byte> _gone = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private SpareTree(string root, Dictionary<string, LinuxFiles.Status> entries) => (_root, _entries) = (root, entries);

    /// <summary>
    /// Moves the spare at <paramref name="spare"/> to <paramref name="staging"/> (an empty folder, replaced); true when
    /// it was taken, false when there is none or it cannot be moved (then <paramref name="staging"/> is an empty folder still).
    /// </summary>
    public static bool Take(string spare, string staging)
    {
        // The cache folder too must be a real folder: through a link, the spare would be a folder elsewhere.
        if (!OperatingSystem.IsLinux() || Entries.KindOf(Path.GetDirectoryName(spare)!) != EntryKind.Directory || Entries.KindOf(spare) != EntryKind.Directory)
            return false;
        Directory.Delete(staging);
        try
        {
            Directory.Move(spare, staging);
            if (Entries.KindOf(staging) == EntryKind.Directory)
                return true;
            File.Delete(staging); // something else was moved in its place meanwhile: a link is removed, not followed
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        Directory.CreateDirectory(staging);
        return false;
    }

    /// <summary>
    /// Reads a taken spare at <paramref name="root"/>, removing every entry that is neither a regular file nor a
    /// folder and letting its owner into every folder; or, when it cannot be read, empties it and returns null.
    /// </summary>
    public static SpareTree? Open(string root)
    {
        var entries = new Dictionary<string, LinuxFiles.Status>(StringComparer.Ordinal);
        try
        {
            Walk(root, "", entries);
            return new SpareTree(root, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Entries.RemoveTree(root);
            Directory.CreateDirectory(root);
            return null;
        }
    }

    private static void Walk(string folder, string prefix, Dictionary<string, LinuxFiles.Status> entries)
    {
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (var full in Directory.EnumerateFileSystemEntries(folder))
        {
            var path = prefix + Path.GetFileName(full);
            if (LinuxFiles.LinkStatus(full) is not { } status)
                continue;
            switch (status.Kind)
            {
                case EntryKind.Regular:
                    entries[path] = status;
                    break;
                case EntryKind.Directory:
                    if ((status.Permissions & owner) != owner && !OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(full, status.Permissions | owner);
                        status = LinuxFiles.LinkStatus(full) ?? throw new IOException($"{full} went away while it was read");
                    }
                    entries[path] = status;
                    Walk(full, path + "/", entries);
                    break;
                default:
                    File.Delete(full); // a link, FIFO, socket or device: removed, never followed or opened
                    break;
            }
        }
    }

    /// <summary>
    /// Readies <paramref name="path"/> for an entry of the new tree: true when the spare already holds
    /// <paramref name="old"/> there (out/'s entry at that path, to be carried as it is), so nothing is to be done;
    /// otherwise whatever the spare holds at the path, or where one of its folders goes, is removed.
    /// </summary>
    public bool Holds(string path, FileSystemInfo? old)
    {
        foreach (var folder in OutputPlan.Folders(path))
        {
            if (_entries.TryGetValue(folder, out var entry) && entry.Kind != EntryKind.Directory)
                Remove(folder);
        }
        if (!_entries.TryGetValue(path, out var mine) || _gone.ContainsKey(path))
            return false;
        if (old is not null && LinuxFiles.LinkStatus(old.FullName) is { } theirs && theirs.Kind == mine.Kind
            && (mine.Kind == EntryKind.Directory || theirs.SameFile(mine)))
            return true;
        Remove(path);
        return false;
    }

    /// <summary>The permissions a folder of the spare has, or null when it is not one of its folders.</summary>
    public UnixFileMode? FolderMode(string folder) =>
        _entries.TryGetValue(folder, out var entry) && entry.Kind == EntryKind.Directory && !_gone.ContainsKey(folder) ? entry.Permissions : null;

    /// <summary>Removes every entry of the spare that is not a path of the new tree or a folder of one.</summary>
    /// <param name="kept">Every path of the new tree: built files, the manifest, carried entries.</param>
    public void Prune(IReadOnlySet<string> kept)
    {
        var folders = kept.SelectMany(OutputPlan.Folders).ToHashSet(StringComparer.Ordinal);
        // Deepest first, so a folder is looked at after what it held.
        foreach (var path in _entries.Keys.Order(StringComparer.Ordinal).Reverse())
        {
            if (!kept.Contains(path) && !folders.Contains(path))
                Remove(path);
        }
    }

    /// <summary>Removes an entry of the spare once, whatever it has become: a folder with what it holds, anything else by its name.</summary>
    private void Remove(string path)
    {
        lock (_gate)
        {
            if (_gone.TryAdd(path, 0))
                Entries.Remove(Path.Combine(_root, path));
        }
    }
}
