using System.Globalization;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// One writer per out/ at a time: an exclusive lock on <c>.&lt;out&gt;.lock</c> beside out/ (an advisory
/// <c>flock</c> on Unix, held by the open file, so a killed writer never leaves it held). A second writer waits up
/// to a bounded time, then gives up with a message naming the lock. The lock file stays; it holds nothing.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    /// <summary>How long a writer waits for another to finish before it gives up.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    public static string PathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.lock");

    /// <exception cref="OutputRefusedException">Another writer held the lock for all of <paramref name="wait"/>, or the lock file is not a regular file.</exception>
    public static OutputLock Acquire(string target, TimeSpan wait)
    {
        var path = PathFor(target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (Entries.KindOf(path) is var kind and not (EntryKind.Regular or EntryKind.Missing))
                throw new OutputRefusedException($"will not write {target}: its lock {path} is {Entries.Describe(kind)}; remove it");
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                if (clock.Elapsed >= wait)
                    throw new OutputRefusedException(
                        string.Create(CultureInfo.InvariantCulture, $"another build is writing {target} (it holds {path}); waited {wait.TotalSeconds:0} s: try again when it has finished"));
                Thread.Sleep(Poll);
            }
        }
    }

    public void Dispose() => _file.Dispose();

    // EWOULDBLOCK from flock on Unix; ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION on Windows.
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or unchecked((int)0x80070020) or unchecked((int)0x80070021);
}
