using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// What an incremental update needs from the end of Skia's PDF: where its cross-reference table
/// is, the trailer's /Size and /Root, and the catalog's dictionary. Skia writes a classic
/// xref table with one subsection starting at object 0, which is all this reads.
/// </summary>
internal sealed partial record PdfTail(long StartXref, int Size, int RootObject, string Catalog, long End)
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static PdfTail Read(Stream pdf, long start)
    {
        long end = pdf.Length;
        string tail = ReadString(pdf, Math.Max(start, end - 2048), (int)Math.Min(2048, end - start));
        var startXref = StartXrefPattern().Matches(tail);
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        if (startXref.Count == 0 || trailerAt < 0)
            throw new InvalidDataException("The PDF has no classic trailer to update.");
        long xref = long.Parse(startXref[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        string trailer = tail[trailerAt..];
        int size = int.Parse(Required(SizePattern().Match(trailer)), CultureInfo.InvariantCulture);
        int root = int.Parse(Required(RootPattern().Match(trailer)), CultureInfo.InvariantCulture);

        // The entry for the root object: after "xref\n0 <count>\n", twenty bytes per object.
        string header = ReadString(pdf, start + xref, 64);
        var subsection = SubsectionPattern().Match(header);
        if (!subsection.Success || subsection.Groups[1].Value != "0")
            throw new InvalidDataException("The PDF's cross-reference table is not the single classic table Skia writes.");
        string entry = ReadString(pdf, start + xref + subsection.Length + (root * 20L), 20);
        long catalogAt = long.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture);
        string catalog = Dictionary(ReadString(pdf, start + catalogAt, 4096));
        return new PdfTail(xref, size, root, catalog, end);
    }

    private static string Required(Match match) =>
        match.Success ? match.Groups[1].Value : throw new InvalidDataException("The PDF trailer lacks /Size or /Root.");

    /// <summary>The first dictionary in an object, up to its matching "&gt;&gt;".</summary>
    private static string Dictionary(string obj)
    {
        int open = obj.IndexOf("<<", StringComparison.Ordinal);
        int depth = 0;
        for (int i = Math.Max(open, 0); open >= 0 && i < obj.Length - 1; i++)
        {
            if (obj[i] == '<' && obj[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (obj[i] == '>' && obj[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                    return obj[open..(i + 1)];
            }
        }
        throw new InvalidDataException("The PDF catalog could not be read.");
    }

    private static string ReadString(Stream pdf, long at, int length)
    {
        var buffer = new byte[length];
        pdf.Position = at;
        pdf.ReadExactly(buffer, 0, (int)Math.Min(length, pdf.Length - at));
        return Latin1.GetString(buffer, 0, (int)Math.Min(length, pdf.Length - at));
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"^xref\s*\n(\d+) (\d+)\s*\n")]
    private static partial Regex SubsectionPattern();
}
