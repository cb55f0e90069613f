using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The document information dictionary, as a new object in the incremental update that the trailer
/// names as /Info. Skia gets no dates: SkiaSharp stamps them with the machine's UTC offset, so the
/// same input gave different bytes on different machines. Here they are the caller's, in UTC.
/// </summary>
internal static class DocumentInformation
{
    /// <summary>Adds the dictionary to the update and returns its reference, such as "233 0 R".</summary>
    public static string Write(IncrementalUpdate update, DocumentMetadata metadata)
    {
        var entries = new List<string>();
        void Text(string key, string value)
        {
            // As Skia does, an empty value is left out rather than written as ().
            if (value.Length > 0)
                entries.Add($"/{key} {PdfSyntax.Text(value)}");
        }

        Text("Title", metadata.Title);
        Text("Author", metadata.Author);
        Text("Subject", metadata.Subject);
        Text("Keywords", metadata.Keywords);
        Text("Creator", metadata.Creator);
        Text("Producer", metadata.Producer);
        entries.Add("/CreationDate " + Date(metadata.Created));
        entries.Add("/ModDate " + Date(metadata.Modified ?? metadata.Created));

        int number = update.Allocate();
        update.Object(number, "<<" + string.Join("\n", entries) + ">>");
        return string.Create(CultureInfo.InvariantCulture, $"{number} 0 R");
    }

    /// <summary>A date string in UTC, in the form Skia writes and readers parse: (D:YYYYMMDDHHmmSS+00'00').</summary>
    public static string Date(DateTimeOffset value) =>
        "(D:" + value.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
}
