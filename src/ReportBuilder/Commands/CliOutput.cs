namespace ReportBuilder.Commands;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
internal sealed record CliOutput(TextWriter Out, TextWriter Error, bool Colour)
{
    /// <summary>The real console: colour only when stdout is a terminal and NO_COLOR is unset.</summary>
    public static CliOutput FromConsole() => new(Console.Out, Console.Error,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>Says why a command will not run, and gives the exit code for bad usage.</summary>
    public int Refuse(string message)
    {
        Error.WriteLine($"reportbuilder: {message}");
        return Cli.BadUsage;
    }
}
