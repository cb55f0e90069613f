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
        output.Error.WriteLine($"reportbuilder: project folder '{directory}' does not exist");
        return null;
    }

}
