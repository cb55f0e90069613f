namespace ReportBuilder.Core.Output;

/// <summary>What a write did: files written (new or changed), left as they were, removed; bytes of the whole tree.</summary>
public sealed record OutputResult(int Written, int Unchanged, int Removed, long Bytes);

/// <summary>
/// Writes a build's files into out/ so that readers and failures see either the previous out/ or the new one,
/// never a mix: the new tree is built beside out/ and swapped in (<see cref="OutputSwap"/>). A file whose bytes
/// did not change keeps its timestamp (incremental tools build on this), and when nothing changed out/ is not
/// touched at all. The writer owns only what it wrote, as listed in out/'s <see cref="OutputManifest"/>: it
/// removes only listed files, carries any other entry into the new tree, and refuses a folder it does not own
/// (<see cref="OutputPaths.Refusal"/>).
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
        OutputSwap.Recover(target);
        if (OutputPaths.Refusal(target) is { } refusal)
            throw new OutputRefusedException($"will not write {target}: {refusal}");
        var plan = OutputPlan.Make(target, files, keep);
        if (!plan.Idle)
            OutputSwap.Replace(target, plan);
        return new OutputResult(files.Count - plan.Unchanged, plan.Unchanged, plan.Removed, files.Sum(f => (long)f.Bytes.Length));
    }
}
