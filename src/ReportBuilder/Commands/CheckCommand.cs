using System.CommandLine;
using ReportBuilder.Core;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Commands;

/// <summary><c>reportbuilder check</c>: validate data/ and report every problem, or the summary.</summary>
internal static class CheckCommand
{
    public static Command Create(CliOutput output)
    {
        var project = ProjectOption.Create();
        var format = new Option<string>("--format")
        {
            Description = "text for people, json for tools, github for workflow annotations",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var command = new Command("check", "Validate the data and the templates: every rule, every file, all problems in one run") { project, format };
        command.SetAction(parse => Run(parse.GetValue(project)!, parse.GetValue(format)!, output));
        return command;
    }

    private static int Run(string projectDirectory, string format, CliOutput output)
    {
        var files = ProjectOption.Files(projectDirectory, output);
        if (files is null)
            return Cli.BadUsage;
        // Data and templates (a template that does not parse fails every build), and characters no briefing font has.
        var result = Pipeline.Check(files);
        var valid = result.IsValid && result.Diagnostics.Count == 0;
        var summary = result.Model is null ? null : ModelSummary.Of(result.Model);
        switch (format)
        {
            case "json":
                DiagnosticPrinter.Json(result.Diagnostics, valid, summary, output.Out);
                break;
            case "github":
                DiagnosticPrinter.GitHub(result.Diagnostics, output.Out);
                break;
            default:
                DiagnosticPrinter.Text(result.Diagnostics, output.Out, output.Colour);
                break;
        }
        if (format != "json")
            output.Out.WriteLine(valid ? $"check: data is valid: {summary}" : Failure(result.Diagnostics));
        return valid ? Cli.Success : Cli.InvalidInput;
    }

    private static string Failure(IReadOnlyList<Core.Diagnostics.Diagnostic> diagnostics)
    {
        var fileCount = diagnostics.Select(d => d.Span.Path).Distinct(StringComparer.Ordinal).Count();
        return $"check: {Counted.Of(diagnostics.Count, "error")} in {Counted.Of(fileCount, "file")}";
    }
}
