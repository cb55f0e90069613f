using System.CommandLine;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.FileSystem;

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

    /// <summary>No briefing comes near this; a larger file is refused rather than read into memory.</summary>
    private const long MaxPdfBytes = 256 * 1024 * 1024;

    private static int Run(FileInfo file, CliOutput output)
    {
        var name = Terminal.Safe(file.FullName);
        byte[]? bytes;
        try
        {
            bytes = Entries.ReadRegular(file.FullName, MaxPdfBytes).Bytes;
        }
        catch (NotRegularFileException e) when (e.Kind == EntryKind.Missing)
        {
            output.Error.WriteLine($"reportbuilder: '{name}' does not exist");
            return Cli.BadUsage;
        }
        catch (NotRegularFileException e)
        {
            output.Error.WriteLine($"reportbuilder: '{name}' is {Entries.Describe(e.Kind)}, not a PDF file");
            return Cli.BadUsage;
        }
        if (bytes is null)
        {
            output.Error.WriteLine($"reportbuilder: '{name}' is larger than {MaxPdfBytes / 1024 / 1024} MB; no briefing is");
            return Cli.BadUsage;
        }
        string text;
        try
        {
            text = PdfTextDump.Of(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged PDF can break the reader anywhere; that is the file's fault, not a bug of ours.
            output.Error.WriteLine($"{Terminal.Safe(file.Name)}: error: not a readable PDF ({e.GetType().Name}: {Terminal.Safe(e.Message)})");
            return Cli.InvalidInput;
        }
        // Outside the reader's try: a full disk under the output is the machine's (exit 2), not the PDF's fault.
        output.Out.Write(text);
        return Cli.Success;
    }
}
