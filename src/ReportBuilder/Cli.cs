using System.CommandLine;

namespace ReportBuilder;

/// <summary>The command line: parses arguments, calls Core, prints, returns the exit code. Nothing else.</summary>
internal static class Cli
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ReportBuilder: curated YAML fact sheets to an HTML site and weekly PDF briefings.");
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                stderr.WriteLine(error.Message);
            return BadUsage;
        }
        return result.Invoke(config);
    }
}
