using System.CommandLine;
using ReportBuilder.Core;
using ReportBuilder.Core.Diff;
using ReportBuilder.Core.Loading;

namespace ReportBuilder.Commands;

/// <summary>
/// <c>reportbuilder diff</c>: what a change does to the facts and to the published output, between two git
/// revisions (or a revision and the working tree), read without touching the working tree.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliOutput output)
    {
        var project = ProjectOption.Create();
        var @base = new Option<string>("--base") { Description = "The revision to compare from (default: HEAD)", DefaultValueFactory = _ => "HEAD", HelpName = "REF" };
        var head = new Option<string?>("--head") { Description = "The revision to compare to (default: the working tree)", HelpName = "REF" };
        var format = new Option<string>("--format") { Description = "markdown for a pull-request comment, text, or json", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "text", "json");
        var limit = new Option<int?>("--limit")
        {
            Description = $"Fit the Markdown under this many characters, leaving out text diffs first (a GitHub comment holds {DiffMarkdown.GitHubCommentLimit})",
            HelpName = "CHARS",
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < MinimumLimit)
                result.AddError($"--limit must be at least {MinimumLimit} characters");
        });
        var command = new Command("diff", "Show what changed in the facts and which pages and briefings change") { project, @base, head, format, limit };
        command.SetAction(parse => Run(parse.GetValue(project)!, parse.GetValue(@base)!, parse.GetValue(head), parse.GetValue(format)!, parse.GetValue(limit), output));
        return command;
    }

    /// <summary>Room for the summary line and the note that says what was trimmed.</summary>
    private const int MinimumLimit = 1000;

    private static int Run(string projectDirectory, string baseRef, string? headRef, string format, int? limit, CliOutput output)
    {
        if (!Directory.Exists(projectDirectory))
        {
            output.Error.WriteLine($"reportbuilder: project folder '{projectDirectory}' does not exist");
            return Cli.BadUsage;
        }
        ProjectFiles before, after;
        try
        {
            before = GitSnapshot.Read(projectDirectory, baseRef);
            after = headRef is null ? ProjectFiles.FromDirectory(projectDirectory) : GitSnapshot.Read(projectDirectory, headRef);
        }
        catch (GitException e)
        {
            output.Error.WriteLine($"reportbuilder: diff: {e.Message}");
            return Cli.BadUsage;
        }
        var headName = headRef ?? "working tree";
        output.Error.WriteLine($"diff: building {baseRef} and {headName}");
        var old = Pipeline.Build(before, BuildOptions.Default);
        var @new = Pipeline.Build(after, BuildOptions.Default);
        if (!old.Succeeded || !@new.Succeeded)
        {
            foreach (var (side, build) in new[] { (baseRef, old), (headName, @new) }.Where(s => !s.Item2.Succeeded))
            {
                output.Error.WriteLine($"diff: {side} does not build:");
                DiagnosticPrinter.Text(build.Diagnostics, output.Error, colour: false);
            }
            return Cli.InvalidInput;
        }
        var diff = ModelComparer.Compare(old.Model!, @new.Model!, baseRef, headName, OutputComparer.Compare(old.Files, @new.Files, baseRef, headName));
        output.Out.Write(format switch
        {
            "json" => DiffReport.Json(diff),
            "text" => DiffReport.Text(diff),
            _ => DiffMarkdown.Write(diff, limit),
        });
        return Cli.Success;
    }
}
