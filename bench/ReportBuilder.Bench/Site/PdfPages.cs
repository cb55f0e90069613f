namespace ReportBuilder.Bench.Site;

/// <summary>Pages of every briefing PDF in an output folder, read back with PdfPig.</summary>
internal static class PdfPages
{
    public static int Count(string outDir) =>
        Directory.EnumerateFiles(outDir, "*.pdf", SearchOption.AllDirectories).Sum(path => Count(File.ReadAllBytes(path)));

    public static int Count(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
