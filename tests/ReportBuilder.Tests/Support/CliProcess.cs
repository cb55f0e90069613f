using System.Diagnostics;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// The command line in a child process of its own (a limit or a time zone is the process's), on the dotnet host and
/// with the build of the tool this test runs.
/// </summary>
internal static class CliProcess
{
    /// <summary>The dotnet host this test runs on, so the child uses the same runtime.</summary>
    public static string Dotnet() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    public static string Tool => Path.Combine(AppContext.BaseDirectory, "reportbuilder.dll");

    /// <summary>
    /// Runs the command line where no file may grow past <paramref name="blocks"/> KiB (<c>ulimit -f</c>), with SIGXFSZ
    /// ignored, so that a write past it fails with EFBIG instead of the signal killing the process. The runtime's
    /// W^X double mapping is turned off: it backs executable memory with a file of its own, far larger than such a limit,
    /// and the runtime could not start at all.
    /// </summary>
    public static (int Exit, string Out, string Err) UnderFileSizeLimit(long blocks, params string[] args)
    {
        using var process = StartUnderFileSizeLimit(blocks, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>
    /// Runs the command line with its standard output redirected to <paramref name="stdout"/> (a file, or /dev/full)
    /// where no file may grow past <paramref name="limit"/> KiB (<c>ulimit -f</c>: a limit applies to a file, not to a
    /// pipe), SIGXFSZ ignored as in <see cref="UnderFileSizeLimit"/>; its exit code and standard error.
    /// </summary>
    public static (int Exit, string Err) WritingStandardOutputTo(string stdout, string limit, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true };
        foreach (var argument in (string[])["-c", $"trap '' XFSZ; ulimit -f {limit}; exec \"$0\" \"$@\" > \"$RB_STDOUT\"", Dotnet(), Tool, .. args])
            start.ArgumentList.Add(argument);
        start.Environment["RB_STDOUT"] = stdout;
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr);
    }

    /// <summary>As <see cref="UnderFileSizeLimit"/>, started and left running (serve), its output redirected.</summary>
    public static Process StartUnderFileSizeLimit(long blocks, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", $"trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\"", Dotnet(), Tool, .. args])
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return Process.Start(start)!;
    }
}
