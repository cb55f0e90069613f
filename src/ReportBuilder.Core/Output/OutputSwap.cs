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
            Directory.Delete(leftover, recursive: true);
    }

    /// <summary>Builds the new tree beside <paramref name="target"/> and swaps it in; on failure out/ is as it was.</summary>
    public static void Replace(string target, OutputPlan plan)
    {
        var staging = Sibling(target, Staging);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in plan.Write)
                File.WriteAllBytes(Prepare(staging, file.Path), file.Bytes);
            foreach (var (path, entry) in plan.Carry)
                Carry(entry, Prepare(staging, path));
            Swap(target, staging);
        }
        catch
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static void Swap(string target, string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(staging, File.GetUnixFileMode(target)); // out/ keeps its permissions
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
        // The new out/ is in place; an old tree that cannot be removed now is removed by the next run's Recover.
        try
        {
            Directory.Delete(old, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>An entry of the old tree, as it was: a file copied with its timestamp, a link as a link, an empty folder.</summary>
    private static void Carry(FileSystemInfo entry, string destination)
    {
        if (entry.LinkTarget is { } link)
        {
            if (entry is DirectoryInfo)
                Directory.CreateSymbolicLink(destination, link);
            else
                File.CreateSymbolicLink(destination, link);
        }
        else if (entry is DirectoryInfo)
        {
            Directory.CreateDirectory(destination);
        }
        else
        {
            File.Copy(entry.FullName, destination);
            File.SetLastWriteTimeUtc(destination, entry.LastWriteTimeUtc);
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

    /// <summary>Only names this class makes (a 32-digit hex suffix): a folder someone else named alike is left alone.</summary>
    private static bool IsLeftover(string target, string dir, string kind)
    {
        var prefix = $".{Path.GetFileName(target)}.{kind}-";
        var name = Path.GetFileName(dir);
        return name.Length == prefix.Length + 32 && name.StartsWith(prefix, StringComparison.Ordinal)
            && name[prefix.Length..].All(char.IsAsciiHexDigitLower);
    }
}
