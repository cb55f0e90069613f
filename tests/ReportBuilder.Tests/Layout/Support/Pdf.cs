using ReportBuilder.Tests.Support;
using ReportBuilder.Layout;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>Renders a document to bytes and reads it back with PdfPig, an independent PDF reader.</summary>
internal sealed class Pdf : IDisposable
{
    private Pdf(byte[] bytes, RenderResult result)
    {
        Bytes = bytes;
        Result = result;
        Document = PdfDocument.Open(bytes);
    }

    public byte[] Bytes { get; }
    public RenderResult Result { get; }
    public PdfDocument Document { get; }

    public static Pdf Render(PdfDocumentSpec spec)
    {
        using var stream = new MemoryStream();
        var result = PdfRenderer.Render(spec, TestFonts.Set, stream);
        return new Pdf(stream.ToArray(), result);
    }

    public static byte[] RenderBytes(PdfDocumentSpec spec)
    {
        using var stream = new MemoryStream();
        PdfRenderer.Render(spec, TestFonts.Set, stream);
        return stream.ToArray();
    }

    /// <summary>The page's text, letter by letter as PdfPig reads it, spaces included.</summary>
    public string Text(int page) => string.Concat(Document.GetPage(page).Letters.Select(l => l.Value));

    /// <summary>Runs a command-line tool on the PDF, written to a temporary file for the purpose.</summary>
    public (int ExitCode, string Output) Check(string tool, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-layout-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, Bytes);
        try
        {
            return ExternalTool.Run(tool, [.. arguments, path]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs a tool as <c>tool arguments… input output</c>.</summary>
    private (int ExitCode, string Output) CheckWithOutput(string tool, string output, params string[] arguments)
    {
        var input = Path.Combine(Path.GetTempPath(), $"rb-layout-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(input, Bytes);
        try
        {
            return ExternalTool.Run(tool, [.. arguments, input, output]);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The file as qpdf rewrites it for reading: every object outside object streams, every stream uncompressed.</summary>
    public string Uncompressed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-layout-{Guid.NewGuid():N}.qdf.pdf");
        try
        {
            var (exit, output) = CheckWithOutput("qpdf", path, "--qdf", "--object-streams=disable", "--stream-data=uncompress");
            if (exit != 0)
                throw new InvalidOperationException("qpdf could not rewrite the PDF: " + output);
            return System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    public void Dispose() => Document.Dispose();
}
