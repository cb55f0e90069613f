using System.CommandLine;
using ReportBuilder.Commands;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder;

/// <summary>The command line: parses arguments, calls Core, prints, returns the exit code. Nothing else.</summary>
internal static class Cli
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int BadUsage = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, CliOutput output)
    {
        var root = new RootCommand("ReportBuilder: curated YAML fact sheets to an HTML site and weekly PDF briefings.")
        {
            CheckCommand.Create(output),
            BuildCommand.Create(output),
            BriefingCommand.Create(output),
            DiffCommand.Create(output),
            PdfTextCommand.Create(output),
            ServeCommand.Create(output),
            InitCommand.Create(output),
            NewSourceCommand.Create(output),
        };
        // "@file" is an argument like any other: a title or a revision, never a file of arguments to read.
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.Describe(result))
                output.Error.WriteLine($"reportbuilder: {message}");
            output.Error.WriteLine("Run 'reportbuilder --help' for usage.");
            return BadUsage;
        }
        try
        {
            // Other exceptions reach Program, which prints one line instead of a stack trace.
            return result.Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Error, EnableDefaultExceptionHandler = false });
        }
        catch (FileTooLargeException e)
        {
            // The machine too, and a limit the user can raise: the file, the code and what to do.
            DiagnosticPrinter.Text([e.Diagnostic], output.Error, colour: false);
            return BadUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The machine, not the data nor our code: a full disk, a permission denied, a path too long.
            output.Error.WriteLine($"reportbuilder: {Terminal.Safe(e.Message)}");
            output.Error.WriteLine("This is the machine, not the data: free space, grant the permission or shorten the path, and run again.");
            return BadUsage;
        }
    }
}
