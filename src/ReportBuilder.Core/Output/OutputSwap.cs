using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// Replaces out/ whole. The new tree is built in a staging folder beside out/ (same file system, so renames are
/// atomic); then two renames swap it in: out/ → .out.old-…, staging → out/. Until the first rename nothing in
/// out/ has changed, and a failure of the second renames the old tree back. A run killed between the two renames
/// leaves no out/ but an .out.old-…, which the next run renames back before it starts.
/// </summary>
internal static class OutputSwap
{
    private const string Staging = "staging";
    private const string Old = "old";

    /// <summary>Undoes what a crashed run left beside out/: restores out/ if it was mid-swap, removes the rest.</summary>
    public static void Recover(string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
            return;
        var leftovers = Directory.EnumerateDirectories(parent, $".{Path.GetFileName(target)}.*")
            .Where(d => IsLeftover(target, d, Staging) || IsLeftover(target, d, Old)).ToList();
        var olds = leftovers.Where(d => IsLeftover(target, d, Old)).OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (!Path.Exists(target) && olds.Count > 0)
        {
            Directory.Move(olds[0], target);
            leftovers.Remove(olds[0]);
        }
        foreach (var leftover in leftovers)
            Remove(leftover, "left by an earlier build");
    }

    /// <summary>Removes a leftover tree, read-only folders included; one that cannot be removed stops the build with a message.</summary>
    private static void Remove(string tree, string what)
    {
        try
        {
            Entries.RemoveTree(tree);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputRefusedException($"cannot remove {tree}, {what}: {e.Message}; remove it by hand and build again");
        }
    }

    /// <summary>A new, empty staging folder beside <paramref name="target"/>.</summary>
    public static string CreateStaging(string target)
    {
        var staging = StagingName(target);
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>A new name for a staging tree beside <paramref name="target"/>, which <see cref="Recover"/> removes when a run leaves it.</summary>
    public static string StagingName(string target) => Sibling(target, Staging);

    /// <summary>Writes one built file into the staging tree of <paramref name="target"/> (which a message names).</summary>
    public static void Write(string target, string staging, OutputFile file) =>
        NewFile.Write(Prepare(staging, file.Path), file.Bytes, Path.Combine(target, file.Path));

    /// <summary>A file of the new tree written into the staging tree of <paramref name="target"/> as <paramref name="write"/> makes it; its length.</summary>
    public static long Write(string target, string staging, string path, Action<Stream> write) =>
        NewFile.Write(Prepare(staging, path), write, Path.Combine(target, path));

    /// <summary>Gives an entry of the old tree its place in the staging tree, as it is.</summary>
    public static void Carry(string staging, string path, FileSystemInfo entry) => Carry(entry, Prepare(staging, path));

    /// <summary>The trees of one write: out/, its staging tree, where the replaced tree is kept (or null), and the spare taken as the staging tree (or null).</summary>
    /// <param name="Made">The mode the write's new folders get.</param>
    public sealed record Trees(string Target, string Staging, string? SpareAt, UnixFileMode Made, SpareTree? Spare);

    /// <summary>Completes the staging tree with the plan's carried entries and manifest, and swaps it in; on failure out/ is as it was.</summary>
    /// <param name="built">Every path the build made (already in the staging tree).</param>
    public static void Finish(Trees trees, OutputPlan plan, IReadOnlySet<string> built)
    {
        var (target, staging, spare) = (trees.Target, trees.Staging, trees.Spare);
        if (plan.Manifest is { } manifest)
        {
            spare?.Holds(manifest.Path, null);
            Write(target, staging, manifest);
        }
        foreach (var (path, entry) in plan.Carry)
        {
            if (spare?.Holds(path, entry) != true)
                Carry(staging, path, entry);
        }
        spare?.Prune(built.Concat(plan.Carry.Select(c => c.Path)).Append(OutputManifest.Name).ToHashSet(StringComparer.Ordinal));
        KeepFolderModes(trees, [.. plan.Carry.Select(c => c.Path), .. built], plan.Carry.Where(c => c.Entry is DirectoryInfo { LinkTarget: null }).Select(c => c.Path));
        if (Swap(target, staging, trees.Made) is { } old)
            Retire(old, trees.SpareAt);
    }

    /// <summary>
    /// A tree that will not be out/ (the one a swap replaced, or a staging tree not swapped in): kept as the next
    /// write's spare at <paramref name="spareAt"/> when there is one and its folder is a real folder, else removed.
    /// One that can be neither is removed (or reported) by the next run's <see cref="Recover"/>.
    /// </summary>
    public static void Retire(string tree, string? spareAt)
    {
        if (Entries.KindOf(tree) != EntryKind.Directory)
            return;
        try
        {
            if (spareAt is not null && OperatingSystem.IsLinux() && Entries.KindOf(Path.GetDirectoryName(spareAt)!) == EntryKind.Directory)
            {
                Entries.Remove(spareAt); // whatever is in the way; a link is removed, never followed
                Directory.Move(tree, spareAt);
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        try
        {
            Entries.RemoveTree(tree);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Swaps the staging tree in; returns the tree it replaced, or null when there was no out/.</summary>
    /// <param name="made">The mode a new out/ gets (out/ keeps its own).</param>
    private static string? Swap(string target, string staging, UnixFileMode made)
    {
        var exists = Directory.Exists(target);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(staging, exists ? File.GetUnixFileMode(target) : made);
        if (!exists)
        {
            Directory.Move(staging, target);
            return null;
        }
        var old = Sibling(target, Old);
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        return old;
    }

    /// <summary>
    /// An entry of the old tree, as it was: a file or link gets a second name in the new tree (a hard link: same
    /// bytes, modes, timestamp and other links, nothing read or copied, FIFOs never opened); an empty folder is made anew.
    /// </summary>
    private static void Carry(FileSystemInfo entry, string destination)
    {
        if (entry is DirectoryInfo && entry.LinkTarget is null)
            Directory.CreateDirectory(destination);
        else if (entry.LinkTarget is { } link && !OperatingSystem.IsLinux())
            File.CreateSymbolicLink(destination, link);
        else
            Entries.LinkOrCopy(entry.FullName, destination);
    }

    /// <summary>Folders of the new tree that were in the old one keep their permissions; the others have those new folders get.</summary>
    /// <param name="paths">The path of every entry of the new tree.</param>
    /// <param name="folders">Those of them that are (empty) folders themselves.</param>
    private static void KeepFolderModes(Trees trees, IReadOnlyList<string> paths, IEnumerable<string> folders)
    {
        if (OperatingSystem.IsWindows())
            return;
        // Each folder's real mode is read (a folder made in a setgid folder is setgid too), a stat for each folder of
        // the new tree; only a folder whose mode is not the one it should have gets it set (a change of mode is a
        // write to the disk, for each of thousands of folders).
        var all = paths.SelectMany(OutputPlan.Folders).Concat(folders).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in all.Order(StringComparer.Ordinal))
        {
            var old = Path.Combine(trees.Target, folder);
            var wanted = Entries.KindOf(old) == EntryKind.Directory ? File.GetUnixFileMode(old) : trees.Made;
            var mine = Path.Combine(trees.Staging, folder);
            if (File.GetUnixFileMode(mine) != wanted)
                File.SetUnixFileMode(mine, wanted);
        }
    }

    /// <summary>The full path of <paramref name="path"/> under <paramref name="root"/>, its folder created.</summary>
    private static string Prepare(string root, string path)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    private static string Sibling(string target, string kind) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{kind}-{Guid.NewGuid():N}");

    /// <summary>Only folders (not links) with names this class makes (a 32-digit hex suffix): anything else is left alone.</summary>
    private static bool IsLeftover(string target, string dir, string kind)
    {
        var prefix = $".{Path.GetFileName(target)}.{kind}-";
        var name = Path.GetFileName(dir);
        return Entries.KindOf(dir) == EntryKind.Directory && name.Length == prefix.Length + 32 && name.StartsWith(prefix, StringComparison.Ordinal)
            && name[prefix.Length..].All(char.IsAsciiHexDigitLower);
    }
}
