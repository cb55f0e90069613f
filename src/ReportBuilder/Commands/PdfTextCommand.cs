using System.CommandLine;
using ReportBuilder.Core.Diff;

namespace ReportBuilder.Commands;

/// <summary>
/// <c>reportbuilder pdf-text FILE</c>: the PDF as reviewable text (the dump the snapshots lock). Made to be
/// git's textconv for PDFs, so that <c>git diff</c> on a briefing shows what changed in words.
/// </summary>
internal static class PdfTextCommand
{
    public static Command Create(CliOutput output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The PDF to dump" };
        var command = new Command("pdf-text", "Print a PDF as text: metadata, bookmarks, lines with positions and fonts, links") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!, output));
        return command;
    }

    private static int Run(FileInfo file, CliOutput output)
    {
        if (!file.Exists)
        {
            output.Error.WriteLine($"reportbuilder: '{file.FullName}' does not exist");
            return Cli.BadUsage;
        }
        try
        {
            output.Out.Write(PdfText.Dump(File.ReadAllBytes(file.FullName)));
            return Cli.Success;
        }
        catch (Exception e) when (e is UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException or ArgumentException)
        {
            output.Error.WriteLine($"{file.Name}: error: not a readable PDF ({e.Message})");
            return Cli.InvalidInput;
        }
    }
}
