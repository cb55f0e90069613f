using System.Runtime.ExceptionServices;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// A write of out/ in progress, as a sink: each file goes into the staging tree beside out/ the moment the build
/// makes it, so no build holds all its outputs at once; a file whose bytes did not change is linked from the old
/// tree instead, keeping its timestamp. <see cref="Commit"/> carries what else out/ holds, writes the manifest and
/// swaps the tree in (<see cref="OutputSwap"/>); disposed without a commit, the staging tree is removed (or kept as
/// the spare) and out/ is as it was. Given a spare (<see cref="SpareTree"/>), the staging tree is the tree an
/// earlier swap replaced, brought up to date, and the tree this swap replaces becomes the next spare. Files may be
/// added from several threads; a failure while adding (a full disk, a bad path) is kept and thrown by
/// <see cref="Commit"/>, on the caller's thread. Every file is still tried, and of several failures the one at the
/// first path (ordinal) is thrown: which file a message names does not hang on the threads' timing (a limit on file
/// size refuses the same files every time).
/// </summary>
public sealed class OutputStaging : IOutputSink, IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly OutputLock _lock;
    private readonly IReadOnlySet<string> _owned;
    private readonly Func<string, bool>? _keep;
    private readonly string? _spareAt;
    private readonly Lazy<SpareTree?>? _spare;
    private readonly UnixFileMode _made;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _built = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unchanged = new(StringComparer.Ordinal);
    private long _bytes;
    private (string Path, ExceptionDispatchInfo Error)? _failure;
    private bool _committed;

    private OutputStaging(string target, string staging, OutputLock writing, IReadOnlySet<string> owned, Func<string, bool>? keep, string? spareAt)
    {
        (_target, _staging, _lock, _owned, _keep, _spareAt) = (target, staging, writing, owned, keep, spareAt);
        // Every folder the build makes gets the mode the staging folder got when it was made, empty.
        _made = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(staging);
        // The spare's folders must have the owner, group and mode of the folder just made (Linux only, as the spare).
        if (spareAt is not null && OperatingSystem.IsLinux() && LinuxFiles.LinkStatus(staging) is { } made && SpareTree.Take(spareAt, staging))
        {
            var aside = OutputSwap.StagingName(target);
            _spare = new Lazy<SpareTree?>(() => SpareTree.Open(staging, made, aside)); // read at the first file: a build with nothing to do never reads it
        }
    }

    /// <summary>Takes out/'s lock, repairs what a crashed run left, and opens a staging tree beside it.</summary>
    /// <param name="keep">Files of the previous build the new one does not make, to leave in place and listed (another stage's output).</param>
    /// <param name="spare">
    /// Where the tree a swap replaces is kept for the next write, which takes it as its staging tree (<see cref="SpareTree"/>);
    /// null to remove it. A folder that is not a real folder is never used.
    /// </param>
    /// <exception cref="OutputRefusedException">out/ is not the writer's to write, or another writer kept it; nothing was written.</exception>
    public static OutputStaging Open(string outDir, Func<string, bool>? keep = null, TimeSpan? wait = null, string? spare = null)
    {
        var target = OutputPaths.FullFolderPath(outDir);
        // Judged before the lock too: the lock file goes beside out/, which must not be somewhere refused. What out/
        // holds is judged under the lock only, where no other build swaps it.
        if (OutputPaths.Refusal(target, judgeContents: false) is { } early)
            throw new OutputRefusedException($"will not write {target}: {early}");
        var writing = OutputLock.Acquire(target, wait ?? OutputLock.DefaultWait);
        try
        {
            OutputSwap.Recover(target);
            if (OutputPaths.Refusal(target) is { } refusal)
                throw new OutputRefusedException($"will not write {target}: {refusal}");
            var owned = OutputManifest.Read(target);
            return new OutputStaging(target, OutputSwap.CreateStaging(target), writing, owned, keep, spare);
        }
        catch
        {
            writing.Dispose();
            throw;
        }
    }

    public void Add(OutputFile file) => Adding(file.Path, file.Bytes.Length, () =>
    {
        var old = OutputPlan.SameFile(_target, file);
        if (_spare?.Value?.Holds(file.Path, old) != true)
        {
            if (old is null)
                OutputSwap.Write(_target, _staging, file);
            else
                OutputSwap.Carry(_staging, file.Path, old);
        }
        return old is not null;
    });

    /// <summary>
    /// A large file written straight into the staging tree, never whole in memory; when it came out as out/'s file
    /// at that path, that file is carried instead, as <see cref="Add(OutputFile)"/> does.
    /// </summary>
    public void Add(string path, Action<Stream> write) => Adding(path, 0, () =>
    {
        // Whatever a spare holds there goes: the file is written anew, then compared.
        _spare?.Value?.Holds(path, null);
        var length = OutputSwap.Write(_target, _staging, path, write);
        lock (_gate)
            _bytes += length;
        var staged = Path.Combine(_staging, path);
        if (OutputPlan.SameFile(_target, path, staged) is not { } old)
            return false;
        File.Delete(staged);
        OutputSwap.Carry(_staging, path, old);
        return true;
    });

    /// <summary>
    /// One file of the build, once: its path checked and counted, then <paramref name="place"/> puts it into the
    /// staging tree and says whether it is out/'s file carried unchanged. A failure is kept for <see cref="Commit"/>.
    /// </summary>
    private void Adding(string path, long bytes, Func<bool> place)
    {
        try
        {
            OutputPaths.Check(path);
            lock (_gate)
            {
                if (!_built.Add(path))
                    throw new ArgumentException($"two outputs for {path}", nameof(path));
                _bytes += bytes;
            }
            if (place())
            {
                lock (_gate)
                    _unchanged.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or OutputRefusedException)
        {
            lock (_gate)
            {
                if (_failure is not { } kept || string.CompareOrdinal(path, kept.Path) < 0)
                    _failure = (path, ExceptionDispatchInfo.Capture(e));
            }
        }
    }

    /// <summary>The file added as <paramref name="path"/> in the staging tree; null once an add has failed (the build will not commit).</summary>
    public string? Location(string path)
    {
        lock (_gate)
            return _failure is null && _built.Contains(path) ? Path.Combine(_staging, path) : null;
    }

    /// <summary>
    /// Completes the new tree and swaps it in; when nothing changed (no file written, none removed) out/ is not
    /// touched at all and the staging tree is removed.
    /// </summary>
    /// <exception cref="OutputRefusedException">Someone else's entry is in the way of a built file; out/ is as it was.</exception>
    public OutputResult Commit()
    {
        _failure?.Error.Throw();
        var plan = OutputPlan.Make(_target, _built, _unchanged, _owned, _keep);
        var written = _built.Count - _unchanged.Count;
        if (written == 0 && plan.Manifest is null && plan.Removed == 0)
            OutputSwap.Retire(_staging, _spareAt);
        else
            OutputSwap.Finish(new OutputSwap.Trees(_target, _staging, _spareAt, _made, _spare?.Value), plan, _built);
        _committed = true;
        return new OutputResult(written, _unchanged.Count, plan.Removed, _bytes);
    }

    public void Dispose()
    {
        try
        {
            if (!_committed)
                OutputSwap.Retire(_staging, _spareAt);
        }
        finally
        {
            _lock.Dispose();
        }
    }
}
