using System.Globalization;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.FileSystem;

/// <summary>
/// A file the file system would not let grow any larger (EFBIG): a limit on file size (<c>ulimit -f</c>, with SIGXFSZ
/// ignored so the write fails instead of killing the run) or the file system's own largest file. A machine problem,
/// like a full disk: the command line reports it as one (exit 2), never as a bug.
/// </summary>
/// <param name="path">The file as the user knows it (out/'s file, not the staging tree's), full path.</param>
/// <param name="reached">How many bytes the file held when the file system refused more; null when that cannot be asked (standard output).</param>
/// <param name="outcome">What became of the file: a new file is removed, standard output is left cut short.</param>
internal sealed class FileTooLargeException(string path, long? reached, string outcome, Exception inner)
    : IOException($"{path}: the file system refused to let it {Grow(reached)} (EFBIG)", inner)
{
    public string Path { get; } = path;

    /// <summary>What became of a file <see cref="NewFile"/> made: removed, and nothing else touched.</summary>
    public const string NotWritten = "it was not written; the files already there were left as they were";

    /// <summary>What became of standard output redirected to a file: what was written stays, cut short.</summary>
    public const string CutShort = "what it holds is cut short there";

    /// <summary>What the command line prints: the file, the code, what happened and what to do.</summary>
    public Diagnostic Diagnostic => new(Codes.OutputTooLarge, SourceSpan.File(Path),
        $"the file system refused to let this file {Grow(reached)} (EFBIG), so {outcome}",
        "the file system or a limit (ulimit -f) refuses a file this large; raise the limit (ulimit -f unlimited) or write to a file system that takes larger files, and run again");

    /// <summary>
    /// Whether <paramref name="e"/>, thrown by a write to a file, is EFBIG. .NET has no IOException for it: it maps the
    /// errno to an ArgumentOutOfRangeException for a parameter named "value", with no errno kept
    /// (<c>Interop.GetExceptionForIoErrno</c>). Asked only of exceptions from a write call whose own arguments cannot be
    /// out of range, so a bug elsewhere is never taken for the machine.
    /// </summary>
    internal static bool IsEfbig(ArgumentOutOfRangeException e) => e.ParamName == "value";

    private static string Grow(long? reached) =>
        reached is { } bytes ? string.Create(CultureInfo.InvariantCulture, $"grow past {bytes:N0} bytes") : "grow any larger";
}
