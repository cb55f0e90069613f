using System.CommandLine;
using System.Globalization;
using ReportBuilder.Core;
using ReportBuilder.Core.Authoring;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.FileSystem;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Validation;

namespace ReportBuilder.Commands;

/// <summary>
/// <c>reportbuilder new source FILE --id ID --published DATE</c>: copies a document into data/sources/ and writes
/// its YAML with every line still to curate. The project's own rules judge the new files before anything is written.
/// </summary>
internal static class NewSourceCommand
{
    public static Command Create(CliOutput output)
    {
        var project = ProjectOption.Create();
        var file = new Argument<string>("FILE") { Description = "The document, as text (UTF-8); it is copied byte for byte" };
        var id = new Option<string>("--id") { Description = "The source's id, a lowercase slug such as 'taipei-2024-12-23'", Required = true, HelpName = "ID" };
        var published = new Option<string>("--published") { Description = "When it was published: 2024-12-23, 2024-W52, 2024-12 or 2024", Required = true, HelpName = "DATE" };
        var title = new Option<string?>("--title") { Description = "Its title (default: its first non-blank line)" };
        var outlet = new Option<string?>("--outlet") { Description = "Who published it" };
        var url = new Option<string?>("--url") { Description = "Where it was published" };
        var source = new Command("source", "Add a document to data/sources/, every line listed as not yet curated") { file, project, id, published, title, outlet, url };
        source.SetAction(parse => Run(parse.GetValue(project)!, parse.GetValue(file)!,
            new SourceFacts(parse.GetValue(id)!, parse.GetValue(published)!, parse.GetValue(title), parse.GetValue(outlet), parse.GetValue(url)), output));
        return new Command("new", "Start something new in the project") { source };
    }

    private static int Run(string projectDirectory, string documentPath, SourceFacts facts, CliOutput output)
    {
        if (ProjectOption.Files(projectDirectory, output) is not { } existing)
            return Cli.BadUsage;
        if (!Fields.IsSlug(facts.Id))
            return output.Refuse($"--id '{facts.Id}' is not a lowercase slug (a-z, digits, single hyphens), such as 'taipei-2024-12-23'");
        // Only a regular file, never followed through a link or opened in a way that can block, and never read whole
        // past the size a source text may have.
        byte[] text;
        try
        {
            var (bytes, length) = Entries.ReadRegular(documentPath, ProjectFiles.MaxFileBytes);
            if (bytes is null)
                return output.Refuse(string.Create(CultureInfo.InvariantCulture, $"'{documentPath}' holds {length:N0} bytes; a source text may hold at most {ProjectFiles.MaxFileBytes:N0}"));
            text = bytes;
        }
        catch (NotRegularFileException e)
        {
            return output.Refuse($"'{documentPath}' is {Entries.Describe(e.Kind)}, not a regular file: give the document itself");
        }
        var draft = SourceDraft.Files(facts, text);
        if (draft.FirstOrDefault(f => existing.Exists(f.Path)) is { } taken)
            return output.Refuse($"{taken.Path} already exists; choose another --id");

        // The new files are judged by the same rules as the rest, in the project they join; nothing is written if they fail.
        var read = Pipeline.Read(new ProjectFiles(existing.Origin, [.. existing.All, .. draft]));
        var paths = draft.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // The new files' own problems, and any entry the project may not hold (a link, a FIFO): a folder reached
        // through a link would take the new files outside the project.
        var own = read.Diagnostics.Where(d => paths.Contains(d.Span.Path) || d.Code is Codes.NotRegularFile or Codes.FolderOrFile).ToList();
        if (own.Count > 0)
        {
            DiagnosticPrinter.Text(own, output.Error, colour: false);
            output.Error.WriteLine("new source: nothing written");
            return Cli.InvalidInput;
        }
        try
        {
            ProjectAdditions.Write(existing.Origin, [.. draft.Select(f => new OutputFile(f.Path, f.Bytes!))]);
        }
        catch (OutputRefusedException e)
        {
            return output.Refuse(e.Message);
        }
        var uncurated = read.Model?.Sources.First(s => s.Id == facts.Id).NotUsed.Count(u => u.Uncurated);
        output.Out.WriteLine($"new source: wrote {draft[0].Path} and {draft[1].Path}" +
            (uncurated is null ? "" : $"; {Counted.Of(uncurated.Value, "line")} {UnusedLine.NotYetCurated}"));
        return Cli.Success;
    }
}
