using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>What a write did: files written (new or changed), left as they were, removed; bytes of the whole tree.</summary>
public sealed record OutputResult(int Written, int Unchanged, int Removed, long Bytes);

/// <summary>
/// Writes a build's files into out/ so that readers and failures see either the previous out/ or the new one,
/// never a mix: the new tree is built beside out/ and swapped in (<see cref="OutputSwap"/>). A file whose bytes
/// did not change keeps its timestamp (incremental tools build on this), and when nothing changed out/ is not
/// touched at all. The writer owns only what it wrote, as listed in out/'s <see cref="OutputManifest"/>: it
/// removes only listed files, carries any other entry into the new tree, and refuses a folder it does not own
/// (<see cref="OutputPaths.Refusal"/>). A build streams its files through <see cref="OutputStaging"/>; this writes a list.
/// </summary>
public static class OutputWriter
{
    /// <param name="keep">Files of the previous build not in <paramref name="files"/> to leave in place and listed (another stage's output).</param>
    /// <param name="wait">How long to wait for another writer of the same out/ to finish (default <see cref="OutputLock.DefaultWait"/>).</param>
    /// <exception cref="OutputRefusedException">out/ is not the writer's to write, or another writer kept it; nothing was written.</exception>
    public static OutputResult Write(string outDir, IReadOnlyList<OutputFile> files, Func<string, bool>? keep = null, TimeSpan? wait = null)
    {
        foreach (var file in files)
            OutputPaths.Check(file.Path);
        var duplicate = files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"two outputs for {duplicate.Key}", nameof(files));

        using var staging = OutputStaging.Open(outDir, keep, wait);
        foreach (var file in files)
            staging.Add(file);
        return staging.Commit();
    }

    /// <summary>
    /// Writes one file outside out/ (<c>briefing --out FILE</c>) with the same care: refused where a build would
    /// refuse (see <see cref="OutputPaths.FileRefusal"/>), written to a new temporary file beside it (created
    /// exclusively, never through an existing entry) and renamed over it, so a reader never sees half a file.
    /// </summary>
    /// <exception cref="OutputRefusedException">The path is not one to write; nothing was written.</exception>
    public static void WriteFile(string file, byte[] bytes, string project)
    {
        var target = Path.GetFullPath(file);
        if (OutputPaths.FileRefusal(target, project) is { } refusal)
            throw new OutputRefusedException($"will not write {target}: {refusal}");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Entries.Replace(target, bytes);
    }
}
