using System.CommandLine;
using ReportBuilder.Core;
using ReportBuilder.Core.Model;

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
        var target = Path.GetFullPath(outFile ?? Path.Combine(projectDirectory, "out", "briefings", week + ".pdf"));
        // A folder (existing, or written with a trailing '/') gets the week's file inside it, as `cp` would do.
        if (Directory.Exists(target) || Path.EndsInDirectorySeparator(outFile ?? ""))
            target = Path.Combine(target, week + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target and moved over it: a reader never sees half a PDF.
        var temporary = target + ".tmp";
        File.WriteAllBytes(temporary, pdf.Bytes);
        File.Move(temporary, target, overwrite: true);
        output.Out.WriteLine($"wrote {target} ({pdf.Bytes.Length / 1024} KB)");
        return Cli.Success;
    }
}
