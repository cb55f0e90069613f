using System.CommandLine;
using ReportBuilder.Core.FileSystem;
using ReportBuilder.Core.Output;
using ReportBuilder.Starter;

namespace ReportBuilder.Commands;

/// <summary>
/// <c>reportbuilder init DIR</c>: a small working project (it passes check and builds) in a new or empty folder.
/// The files are written into a hidden folder beside DIR and moved into place in one step.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliOutput output)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to create the project in: new, or empty" };
        var command = new Command("init", "Create a small working project: data/ to start from and the templates") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder)!, output));
        return command;
    }

    private static int Run(string folder, CliOutput output)
    {
        if (folder.Trim().Length == 0)
            return output.Refuse("DIR is empty; give the folder to create the project in");
        var target = OutputPaths.FullFolderPath(folder);
        // Judged without following a link: a link to an empty folder is not a new or empty folder, and would be replaced.
        var kind = Entries.KindOf(target);
        if (kind is not (EntryKind.Missing or EntryKind.Directory))
            return output.Refuse($"{folder} is {Entries.Describe(kind)}; init writes only into a new or empty folder");
        if (kind == EntryKind.Directory && Directory.EnumerateFileSystemEntries(target).Any())
            return output.Refuse($"{folder} is not empty; init writes only into a new or empty folder");
        var parent = Path.GetDirectoryName(target)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.init-{Guid.NewGuid():N}");
        var files = StarterProject.Files();
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                NewFile.Write(full, bytes, Path.Combine(target, path));
            }
            if (kind == EntryKind.Directory)
                Directory.Delete(target);
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
            if (e is FileTooLargeException)
                throw; // reported with its code and hint, as by every command
            return output.Refuse($"cannot create the project in {folder}: {e.Message}");
        }
        output.Out.WriteLine($"init: wrote {files.Count} files into {target}");
        output.Out.WriteLine($"next: reportbuilder serve --project {folder}    (then edit data/sheets/casualties.yaml and watch the page)");
        return Cli.Success;
    }
}
