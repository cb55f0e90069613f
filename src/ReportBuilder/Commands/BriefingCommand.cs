using System.CommandLine;
using ReportBuilder.Core;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Commands;

/// <summary><c>reportbuilder briefing --week 2024-W52</c>: one week's PDF briefing, written to a file of your choice.</summary>
internal static class BriefingCommand
{
    public static Command Create(CliOutput output)
    {
        var project = ProjectOption.Create();
        var week = new Option<string>("--week") { Description = "The ISO week, such as 2024-W52", Required = true, HelpName = "YYYY-Www" };
        var outFile = new Option<string?>("--out")
        {
            Description = "The PDF to write, or a folder to write <week>.pdf into (default: out/briefings/<week>.pdf in the project)",
            HelpName = "FILE",
        };
        var command = new Command("briefing", "Write one week's PDF briefing") { week, project, outFile };
        command.SetAction(parse => Run(parse.GetValue(project)!, parse.GetValue(week)!, parse.GetValue(outFile), output));
        return command;
    }

    private static int Run(string projectDirectory, string weekText, string? outFile, CliOutput output)
    {
        if (!IsoWeek.TryParse(weekText, out var week))
        {
            output.Error.WriteLine($"reportbuilder: '{weekText}' is not an ISO week; write it as 2024-W52");
            return Cli.BadUsage;
        }
        var files = ProjectOption.Files(projectDirectory, output);
        if (files is null)
            return Cli.BadUsage;
        var build = Pipeline.Build(files, new BuildOptions { Site = false, Week = week });
        if (!build.Succeeded)
        {
            DiagnosticPrinter.Text(build.Diagnostics, output.Error, colour: false);
            return Cli.InvalidInput;
        }
        var path = $"briefings/{week}.pdf";
        if (build.Files.FirstOrDefault(f => f.Path == path) is not { } pdf)
        {
            var weeks = string.Join(", ", build.Model!.Claims.Select(c => c.Week.ToString()).Distinct());
            output.Error.WriteLine($"reportbuilder: no claims fall in {week}, so it has no briefing; weeks with claims: {weeks}");
            return Cli.BadUsage;
        }
        var target = outFile is null ? WriteIntoOut(projectDirectory, pdf, output) : WriteFile(outFile, week, pdf);
        if (target is null)
            return Cli.BadUsage;
        output.Out.WriteLine($"wrote {target} ({pdf.Bytes.Length / 1024} KB)");
        return Cli.Success;
    }

    /// <summary>
    /// out/ belongs to `build`, which removes only the files its manifest lists and refuses a folder without one:
    /// so the PDF goes in through the same writer, joining the manifest, every other file kept as it is.
    /// </summary>
    /// <returns>The PDF's path, or null (after saying why) when out/ is not a build's to write.</returns>
    private static string? WriteIntoOut(string projectDirectory, OutputFile pdf, CliOutput output)
    {
        var outDirectory = Path.GetFullPath(Path.Combine(projectDirectory, "out"));
        try
        {
            OutputWriter.Write(outDirectory, [pdf], keep: _ => true);
            return Path.Combine(outDirectory, pdf.Path);
        }
        catch (OutputRefusedException e)
        {
            output.Error.WriteLine($"reportbuilder: {e.Message}");
            return null;
        }
    }

    /// <summary>Writes the PDF where --out says: a file, or <c>&lt;week&gt;.pdf</c> inside a folder.</summary>
    private static string WriteFile(string outFile, IsoWeek week, OutputFile pdf)
    {
        var target = Path.GetFullPath(outFile);
        // A folder (existing, or written with a trailing '/') gets the week's file inside it, as `cp` would do.
        if (Directory.Exists(target) || Path.EndsInDirectorySeparator(outFile))
            target = Path.Combine(target, week + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target and moved over it: a reader never sees half a PDF.
        var temporary = target + ".tmp";
        File.WriteAllBytes(temporary, pdf.Bytes);
        File.Move(temporary, target, overwrite: true);
        return target;
    }
}
