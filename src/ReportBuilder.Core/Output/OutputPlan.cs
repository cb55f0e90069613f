using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// What a write does with each entry of the old out/ that the build did not make: carry it into the new tree as it
/// is (same bytes, same timestamp), or leave it behind. Only files the previous manifest lists are ours to leave
/// behind; every other entry in out/ is someone else's and is carried. The built files are already staged by then
/// (<see cref="OutputStaging"/>), the unchanged ones as links to their old selves.
/// </summary>
internal sealed record OutputPlan(IReadOnlyList<(string Path, FileSystemInfo Entry)> Carry, OutputFile? Manifest, int Removed)
{
    /// <param name="built">Every path the build made.</param>
    /// <param name="unchanged">Those of <paramref name="built"/> whose old file had the same bytes (carried, not written).</param>
    /// <param name="owned">The paths the previous manifest lists.</param>
    public static OutputPlan Make(string target, IReadOnlySet<string> built, IReadOnlySet<string> unchanged, IReadOnlySet<string> owned, Func<string, bool>? keep)
    {
        var carry = new List<(string, FileSystemInfo)>();
        var kept = new List<string>();
        var removed = 0;
        foreach (var (path, entry) in Walk(new DirectoryInfo(target), ""))
        {
            if (path == OutputManifest.Name || built.Contains(path))
                continue; // the manifest is rewritten below when its list changed; built files are staged
            if (!owned.Contains(path) || (IsPlainFile(entry) && (keep?.Invoke(path) ?? false)))
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
        var manifest = OutputManifest.For(built.Concat(kept));
        var oldManifest = new FileInfo(Path.Combine(target, OutputManifest.Name));
        var manifestUnchanged = IsPlainFile(oldManifest) && SameBytes(oldManifest, manifest.Bytes);
        if (manifestUnchanged)
            carry.Add((OutputManifest.Name, oldManifest));
        var written = built.Where(p => !unchanged.Contains(p)).Append(manifestUnchanged ? null : OutputManifest.Name).OfType<string>();
        var carried = carry.Concat(unchanged.Select(p => (p, (FileSystemInfo)new FileInfo(Path.Combine(target, p))))).ToList();
        if (Conflict(written.ToHashSet(StringComparer.Ordinal), carried) is ({ } theirs, { } ours))
            throw new OutputRefusedException($"{Path.Combine(target, theirs)} was not written by a build and is in the way of {Path.Combine(target, ours)}, which this build writes; move it out of {target}");
        return new OutputPlan(carry, manifestUnchanged ? null : manifest, removed);
    }

    /// <summary>
    /// The old file at a built path, when it holds exactly these bytes: a regular file reached through folders only
    /// (never through a link, which would lead outside out/), to be carried rather than written, keeping its timestamp.
    /// </summary>
    public static FileInfo? SameFile(string target, OutputFile file) =>
        PlainFileAt(target, file.Path) is { } old && SameBytes(old, file.Bytes) ? old : null;

    /// <summary>As <see cref="SameFile(string, OutputFile)"/>, for a file already written at <paramref name="staged"/>, compared a block at a time.</summary>
    public static FileInfo? SameFile(string target, string path, string staged) =>
        PlainFileAt(target, path) is { } old && Entries.SameContents(old.FullName, staged) ? old : null;

    private static FileInfo? PlainFileAt(string target, string path)
    {
        if (Folders(path).Any(f => Entries.KindOf(Path.Combine(target, f)) != EntryKind.Directory))
            return null;
        var old = new FileInfo(Path.Combine(target, path));
        return IsPlainFile(old) ? old : null;
    }

    /// <summary>
    /// A carried entry and a written file that cannot both be in the new tree, one a folder of the other: say
    /// out/feed.xml became a folder holding someone's file. Found here, so the user reads which entry is in the way.
    /// </summary>
    private static (string? Carried, string? Written) Conflict(HashSet<string> written, IReadOnlyList<(string Path, FileSystemInfo Entry)> carry)
    {
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
