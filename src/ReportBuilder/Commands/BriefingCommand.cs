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
            output.Error.WriteLine($"reportbuilder: '{Terminal.Safe(weekText)}' is not an ISO week; write it as 2024-W52");
            return Cli.BadUsage;
        }
        if (ProjectOption.IsEmpty(outFile, output))
            return Cli.BadUsage;
        var file = outFile is null ? null : Pipeline.BriefingFile(outFile, week);
        // Judged before the (slow) build so a mistyped --out fails at once; the writer judges again as it writes.
        if (file is not null && OutputPaths.FileRefusal(file, projectDirectory) is { } refusal)
        {
            output.Error.WriteLine($"reportbuilder: will not write {Terminal.Safe(file)}: {refusal}");
            return Cli.BadUsage;
        }
        var files = ProjectOption.Files(projectDirectory, output);
        if (files is null)
            return Cli.BadUsage;
        BriefingWrite written;
        try
        {
            written = Pipeline.BuildBriefing(files, week, projectDirectory, file);
        }
        catch (OutputRefusedException e)
        {
            output.Error.WriteLine($"reportbuilder: {Terminal.Safe(e.Message)}");
            return Cli.BadUsage;
        }
        if (!written.Build.Succeeded)
        {
            DiagnosticPrinter.Text(written.Build.Diagnostics, output.Error, colour: false);
            return Cli.InvalidInput;
        }
        if (written.Path is null)
        {
            var weeks = string.Join(", ", written.Build.Model!.Claims.Select(c => c.Week.ToString()).Distinct());
            output.Error.WriteLine($"reportbuilder: no claims fall in {week}, so it has no briefing; weeks with claims: {weeks}");
            return Cli.BadUsage;
        }
        output.Out.WriteLine($"wrote {written.Path} ({written.Bytes / 1024} KB)");
        return Cli.Success;
    }
}
