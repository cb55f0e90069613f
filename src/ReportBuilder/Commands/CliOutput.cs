using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Commands;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
internal sealed record CliOutput(TextWriter Out, TextWriter Error, bool Colour)
{
    /// <summary>
    /// The real console: colour only when stdout is a terminal and NO_COLOR is unset. Standard output goes through
    /// <see cref="FileSizeGuard"/>: redirected to a file under a size limit, it fails as a file does (RB4001, exit 2).
    /// </summary>
    public static CliOutput FromConsole() => new(
        TextWriter.Synchronized(new StreamWriter(new FileSizeGuard(Console.OpenStandardOutput(), "standard output", FileTooLargeException.CutShort), new System.Text.UTF8Encoding(false)) { AutoFlush = true }),
        Console.Error,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>Says why a command will not run, and gives the exit code for bad usage.</summary>
    public int Refuse(string message)
    {
        Error.WriteLine($"reportbuilder: {message}");
        return Cli.BadUsage;
    }
}
