using ReportBuilder;
using ReportBuilder.Commands;

try
{
    return Cli.Run(args, CliOutput.FromConsole());
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A bug of ours, never the user's data: say so in one line; the data gets diagnostics, not traces.
    Console.Error.WriteLine($"reportbuilder: internal error: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine("This is a bug in ReportBuilder, not in your data; please report it with the command you ran.");
    return Cli.InternalError;
}
