namespace ReportBuilder.Bench.Site;

/// <summary>What a build left in its output folder: HTML pages and PDFs, total bytes, the largest page, files written since a time.</summary>
internal sealed record OutputStats(int HtmlPages, int Pdfs, long Bytes, long LargestPageBytes, string LargestPage, int WrittenSince)
{
    public static OutputStats Of(string outDir, DateTime since)
    {
        int html = 0, pdfs = 0, written = 0;
        long bytes = 0, largest = 0;
        string largestPath = "";
        foreach (var file in new DirectoryInfo(outDir).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            bytes += file.Length;
            if (file.LastWriteTimeUtc >= since)
                written++;
            if (file.Extension == ".pdf")
                pdfs++;
            if (file.Extension != ".html")
                continue;
            html++;
            if (file.Length > largest)
                (largest, largestPath) = (file.Length, Path.GetRelativePath(outDir, file.FullName));
        }
        return new OutputStats(html, pdfs, bytes, largest, largestPath, written);
    }
}
