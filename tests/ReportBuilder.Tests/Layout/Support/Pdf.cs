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

    /// <summary>The file as qpdf rewrites it for reading: every object outside object streams, every stream uncompressed.</summary>
    public string Uncompressed()
    {
        var input = Path.Combine(Path.GetTempPath(), $"rb-layout-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(input, Bytes);
        try
        {
            return Uncompressed(input);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The file at <paramref name="path"/> as <see cref="Uncompressed()"/> reads it.</summary>
    public static string Uncompressed(string path)
    {
        var output = Path.Combine(Path.GetTempPath(), $"rb-layout-{Guid.NewGuid():N}.qdf.pdf");
        try
        {
            var (exit, message) = ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", "--stream-data=uncompress", path, output);
            if (exit != 0)
                throw new InvalidOperationException("qpdf could not rewrite the PDF: " + message);
            return System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    public void Dispose() => Document.Dispose();
}
