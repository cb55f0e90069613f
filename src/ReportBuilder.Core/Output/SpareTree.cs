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
    /// Reads a taken spare at <paramref name="root"/>, top-down: a folder is kept only when the builder made it (the
    /// owner and group of <paramref name="made"/>, the staging folder made empty for this write), has no default ACL
    /// and can be removed; it then gets <paramref name="made"/>'s mode before what it holds is looked at, so from then
    /// on only the builder can change the tree. Every entry that is neither a regular file nor a folder is removed.
    /// A spare with any other folder, any entry that cannot be removed, or that cannot be read, is not used: it is
    /// renamed to <paramref name="aside"/> (removed there, unless someone else could change it, which the next run's
    /// recovery removes or reports), an empty folder takes its place and null is returned; it costs only speed.
    /// </summary>
    public static SpareTree? Open(string root, LinuxFiles.Status made, string aside)
    {
        var entries = new Dictionary<string, LinuxFiles.Status>(StringComparer.Ordinal);
        Verdict verdict;
        try
        {
            verdict = Own(root, made);
            if (verdict == Verdict.Kept)
                verdict = Walk(root, "", made, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            verdict = Verdict.Unusable;
        }
        if (verdict == Verdict.Kept)
            return new SpareTree(root, entries);
        Directory.Move(root, aside);
        Directory.CreateDirectory(root);
        // A tree someone else can change is not walked again now: the next run's recovery removes it, or reports it.
        if (verdict == Verdict.Unusable)
        {
            try
            {
                Entries.RemoveTree(aside);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return null;
    }

    /// <summary>What reading the spare found: all of it usable, an entry that cannot be used (or read), or a folder someone else could change.</summary>
    private enum Verdict { Kept, Unusable, Foreign }

    /// <summary>Reads a folder the builder alone can change; stops at the first folder or entry that makes the spare unusable.</summary>
    private static Verdict Walk(string folder, string prefix, LinuxFiles.Status made, Dictionary<string, LinuxFiles.Status> entries)
    {
        foreach (var full in Directory.EnumerateFileSystemEntries(folder))
        {
            var path = prefix + Path.GetFileName(full);
            if (LinuxFiles.LinkStatus(full) is not { } status)
                continue;
            if (status.Fixed)
                return Verdict.Unusable;
            switch (status.Kind)
            {
                case EntryKind.Regular:
                    entries[path] = status;
                    break;
                case EntryKind.Directory:
                    // Its parent is the builder's alone by now, so this folder stays the one just looked at.
                    if (Own(full, made) is not Verdict.Kept and var own)
                        return own;
                    entries[path] = LinuxFiles.LinkStatus(full) ?? throw new IOException($"{full} went away while it was read");
                    if (Walk(full, path + "/", made, entries) is not Verdict.Kept and var inner)
                        return inner;
                    break;
                default:
                    File.Delete(full); // a link, FIFO, socket or device: removed, never followed or opened
                    break;
            }
        }
        return Verdict.Kept;
    }

    /// <summary>
    /// Whether <paramref name="folder"/> is a real folder the builder owns (<paramref name="made"/>'s owner and group),
    /// with no default ACL, that can be removed; if so, it gets <paramref name="made"/>'s mode.
    /// </summary>
    private static Verdict Own(string folder, LinuxFiles.Status made)
    {
        if (LinuxFiles.LinkStatus(folder) is not { Kind: EntryKind.Directory } status || status.Fixed)
            return Verdict.Unusable;
        if (status.Owner != made.Owner || status.Group != made.Group || LinuxFiles.HasDefaultAcl(folder))
            return Verdict.Foreign;
        if (status.Permissions != made.Permissions && !OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, made.Permissions);
        return Verdict.Kept;
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
