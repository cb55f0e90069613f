using System.CommandLine;
using ReportBuilder.Core;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Templates;

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
        // Data and templates: a template that does not parse fails every build, so check says so too.
        var read = ModelReader.Read(files);
        var templates = TemplateSet.Parse(files).Diagnostics;
        // A character no briefing font has, at the value that holds it (the fonts live in templates/).
        var glyphs = read.IsValid && templates.Count == 0 ? GlyphCoverage.Check(files) : [];
        var result = read with { Diagnostics = [.. read.Diagnostics, .. templates, .. glyphs] };
        var valid = read.IsValid && templates.Count == 0 && glyphs.Count == 0;
        var summary = read.Model is null ? null : ModelSummary.Of(read.Model);
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
        return $"check: {diagnostics.Count} error{(diagnostics.Count == 1 ? "" : "s")} in {fileCount} file{(fileCount == 1 ? "" : "s")}";
    }
}
