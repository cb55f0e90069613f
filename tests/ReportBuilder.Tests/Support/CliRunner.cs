using ReportBuilder.Commands;

namespace ReportBuilder.Tests.Support;

/// <summary>Runs the command line in process, as a user would type it, capturing stdout and stderr.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = ReportBuilder.Cli.Run(args, new CliOutput(stdout, stderr, Colour: false));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Copies a folder tree, for tests that change a project in a temporary place.</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
