namespace ReportBuilder.Core.Output;

/// <summary>What a write did: files written (new or changed), left as they were, removed; bytes of the whole tree.</summary>
public sealed record OutputResult(int Written, int Unchanged, int Removed, long Bytes);

/// <summary>
/// Writes a build's files into out/ so that a failure leaves the previous out/ as it was, and a file whose
/// bytes did not change is not touched (same file, same timestamp: incremental tools build on this).
/// Every new or changed file is first written into a staging folder beside out/; only when all of them are
/// written does anything in out/ change: a first build renames the staging folder into place whole; a later
/// one moves each changed file over its old version (each move atomic) and removes files no longer built.
/// The writer owns only what it wrote, as listed in out/'s <see cref="OutputManifest"/>: it removes only listed
/// files, leaves any other file alone, and refuses a folder it does not own (<see cref="OutputPaths.Refusal"/>).
/// </summary>
public static class OutputWriter
{
    /// <param name="keep">Files of the previous build not in <paramref name="files"/> to leave in place and listed (another stage's output).</param>
    /// <exception cref="OutputRefusedException">out/ is not the writer's to write; nothing was written.</exception>
    public static OutputResult Write(string outDir, IReadOnlyList<OutputFile> files, Func<string, bool>? keep = null)
    {
        foreach (var file in files)
            OutputPaths.Check(file.Path);
        var duplicate = files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"two outputs for {duplicate.Key}", nameof(files));

        var target = Path.GetFullPath(outDir);
        if (OutputPaths.Refusal(target) is { } refusal)
            throw new OutputRefusedException($"will not write {target}: {refusal}");
        // Only files the previous build listed are ours to replace or remove; anything else in out/ stays.
        var owned = OutputManifest.Read(target);
        var changed = files.Where(f => !SameBytes(Path.Combine(target, f.Path), f.Bytes)).ToList();
        var built = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var left = owned.Where(p => !built.Contains(p) && File.Exists(Path.Combine(target, p))).ToList();
        var kept = left.Where(p => keep?.Invoke(p) ?? false).ToList();
        var stale = left.Except(kept, StringComparer.Ordinal).ToList();
        var bytes = files.Sum(f => (long)f.Bytes.Length);
        // Kept files stay listed: they are still ours, and a later full build removes them when stale.
        var manifest = OutputManifest.For(built.Concat(kept));
        List<OutputFile> staged = SameBytes(Path.Combine(target, manifest.Path), manifest.Bytes) ? changed : [.. changed, manifest];
        if (staged.Count == 0 && stale.Count == 0)
            return new OutputResult(0, files.Count, 0, bytes);

        var staging = Stage(target, staged);
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return new OutputResult(files.Count, 0, 0, bytes);
        }
        try
        {
            foreach (var file in staged)
            {
                var destination = Path.Combine(target, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(staging, file.Path), destination, overwrite: true);
            }
            foreach (var path in stale)
            {
                File.Delete(Path.Combine(target, path));
                OutputPaths.RemoveEmptyParents(target, path);
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
        return new OutputResult(changed.Count, files.Count - changed.Count, stale.Count, bytes);
    }

    /// <summary>Writes the files into a fresh folder beside <paramref name="target"/>; on any failure removes it and rethrows.</summary>
    private static string Stage(string target, IReadOnlyList<OutputFile> files)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("out/ cannot be a file system root");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        try
        {
            // Created even with no file to stage: the caller's cleanup (and a first build's rename) expect it.
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
            return staging;
        }
        catch
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
