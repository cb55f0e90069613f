using System.CommandLine;
using ReportBuilder.Core;
using ReportBuilder.Core.FileSystem;
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
        var file = outFile is null ? null : TargetFile(outFile, week);
        // Judged before the (slow) build so a mistyped --out fails at once; the writer judges again as it writes.
        if (file is not null && OutputPaths.FileRefusal(file, projectDirectory) is { } refusal)
        {
            output.Error.WriteLine($"reportbuilder: will not write {Terminal.Safe(file)}: {refusal}");
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
        var target = file is null ? WriteIntoOut(projectDirectory, pdf, output) : WriteFile(projectDirectory, file, pdf, output);
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
            output.Error.WriteLine($"reportbuilder: {Terminal.Safe(e.Message)}");
            return null;
        }
    }

    /// <summary>Where --out says the PDF goes: a file, or <c>&lt;week&gt;.pdf</c> inside a folder.</summary>
    private static string TargetFile(string outFile, IsoWeek week)
    {
        var target = Path.GetFullPath(outFile);
        // A folder (existing, or written with a trailing '/') gets the week's file inside it, as `cp` would do.
        return Entries.KindOf(target) == EntryKind.Directory || Path.EndsInDirectorySeparator(outFile)
            ? Path.Combine(target, week + ".pdf")
            : target;
    }

    /// <returns>The PDF's path, or null (after saying why) when that path is not one to write.</returns>
    private static string? WriteFile(string projectDirectory, string target, OutputFile pdf, CliOutput output)
    {
        try
        {
            OutputWriter.WriteFile(target, pdf.Bytes, projectDirectory);
            return target;
        }
        catch (OutputRefusedException e)
        {
            output.Error.WriteLine($"reportbuilder: {Terminal.Safe(e.Message)}");
            return null;
        }
    }
}
