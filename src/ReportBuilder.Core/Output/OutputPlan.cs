using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// What a write does with each entry: write a file anew, carry an entry of the old out/ into the new tree as it
/// is (same bytes, same timestamp), or leave it behind. Only files the previous manifest lists are ours to
/// leave behind; every other entry in out/ is someone else's and is carried.
/// </summary>
internal sealed record OutputPlan(IReadOnlyList<OutputFile> Write, IReadOnlyList<(string Path, FileSystemInfo Entry)> Carry, int Unchanged, int Removed)
{
    /// <summary>Nothing would change in out/: no file to write, none to remove.</summary>
    public bool Idle => Write.Count == 0 && Removed == 0;

    public static OutputPlan Make(string target, IReadOnlyList<OutputFile> files, Func<string, bool>? keep)
    {
        var owned = OutputManifest.Read(target);
        var built = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var carry = new List<(string, FileSystemInfo)>();
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        var removed = 0;
        foreach (var (path, entry) in Walk(new DirectoryInfo(target), ""))
        {
            if (path == OutputManifest.Name)
                continue; // rewritten below when its list changed
            if (built.TryGetValue(path, out var file))
            {
                if (IsPlainFile(entry) && SameBytes(entry, file.Bytes) && unchanged.Add(path))
                    carry.Add((path, entry));
            }
            else if (!owned.Contains(path) || (IsPlainFile(entry) && (keep?.Invoke(path) ?? false)))
            {
                // Someone else's entry, or (with --only) the other stage's file: still ours, so still listed.
                if (owned.Contains(path))
                    kept.Add(path);
                carry.Add((path, entry));
            }
            else
            {
                removed++;
            }
        }
        var write = files.Where(f => !unchanged.Contains(f.Path)).ToList();
        var manifest = OutputManifest.For(built.Keys.Concat(kept));
        var oldManifest = new FileInfo(Path.Combine(target, OutputManifest.Name));
        if (IsPlainFile(oldManifest) && SameBytes(oldManifest, manifest.Bytes))
            carry.Add((OutputManifest.Name, oldManifest));
        else
            write.Add(manifest);
        if (Conflict(write, carry) is ({ } theirs, { } ours))
            throw new OutputRefusedException($"{Path.Combine(target, theirs)} was not written by a build and is in the way of {Path.Combine(target, ours)}, which this build writes; move it out of {target}");
        return new OutputPlan(write, carry, unchanged.Count, removed);
    }

    /// <summary>
    /// A carried entry and a written file that cannot both be in the new tree, one a folder of the other: say
    /// out/feed.xml became a folder holding someone's file. Found here, so the user reads which entry is in the way.
    /// </summary>
    private static (string? Carried, string? Written) Conflict(IReadOnlyList<OutputFile> write, IReadOnlyList<(string Path, FileSystemInfo Entry)> carry)
    {
        var written = write.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var carried = carry.Where(c => c.Entry is FileInfo || c.Entry.LinkTarget is not null).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, _) in carry)
        {
            if (Folders(path).FirstOrDefault(written.Contains) is { } file)
                return (path, file);
        }
        foreach (var path in written)
        {
            if (Folders(path).FirstOrDefault(carried.Contains) is { } entry)
                return (entry, path);
        }
        return (null, null);
    }

    /// <summary>The folders a '/' path lies in: "a/b/c" → "a", "a/b".</summary>
    internal static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }

    /// <summary>
    /// Every file, link and empty folder under <paramref name="dir"/>, by '/' path. Links are entries, never
    /// followed: a link in out/ to a folder elsewhere is carried as a link, and nothing behind it is read.
    /// </summary>
    private static IEnumerable<(string Path, FileSystemInfo Entry)> Walk(DirectoryInfo dir, string prefix)
    {
        if (!dir.Exists)
            yield break;
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            var path = prefix + entry.Name;
            if (entry is DirectoryInfo folder && entry.LinkTarget is null)
            {
                var any = false;
                foreach (var inner in Walk(folder, path + "/"))
                {
                    any = true;
                    yield return inner;
                }
                if (!any)
                    yield return (path, entry);
            }
            else
            {
                yield return (path, entry);
            }
        }
    }

    /// <summary>A regular file: not a link, and not a FIFO or device, which reading could block on or never end.</summary>
    private static bool IsPlainFile(FileSystemInfo entry) => entry is FileInfo && Entries.KindOf(entry.FullName) == EntryKind.Regular;

    private static bool SameBytes(FileSystemInfo entry, byte[] bytes) =>
        Entries.ReadRegular(entry.FullName, bytes.Length).Bytes is { } old && old.AsSpan().SequenceEqual(bytes);
}
