using System.CommandLine;
using ReportBuilder.Core.Loading;

namespace ReportBuilder.Commands;

/// <summary>The <c>--project DIR</c> option every command shares, and reading the project it names.</summary>
internal static class ProjectOption
{
    public static Option<string> Create() => new("--project")
    {
        Description = "The project folder, holding data/ and templates/ (default: the current folder)",
        DefaultValueFactory = _ => ".",
        HelpName = "DIR",
    };

    /// <summary>The project's files, or null (after saying why) when the folder does not exist: that is bad usage.</summary>
    public static ProjectFiles? Files(string directory, CliOutput output)
    {
        if (Directory.Exists(directory))
            return ProjectFiles.FromDirectory(directory);
        output.Error.WriteLine($"reportbuilder: project folder '{Terminal.Safe(directory)}' does not exist");
        return null;
    }

    /// <summary>An empty <c>--out ''</c> names no place: bad usage, said before anything is built.</summary>
    public static bool IsEmpty(string? path, CliOutput output)
    {
        if (path is null || path.Length > 0)
            return false;
        output.Error.WriteLine("reportbuilder: --out is empty; give a path, or leave --out out for the default");
        return true;
    }

}
