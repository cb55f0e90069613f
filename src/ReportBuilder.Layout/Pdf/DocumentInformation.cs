using System.Globalization;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The document information dictionary that the trailer names as /Info. The dates are the caller's,
/// written in UTC, so the same input gives the same bytes on every machine.
/// </summary>
internal static class DocumentInformation
{
    /// <summary>Writes the dictionary and returns its object number.</summary>
    public static int Write(PdfWriter writer, DocumentMetadata metadata)
    {
        var entries = new List<string>();
        void Text(string key, string value)
        {
            // An empty value is left out rather than written as ().
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

        int number = writer.Allocate();
        // Outside the object streams, so the dates can be read in the file as it is.
        writer.Object(number, "<<" + string.Join("\n", entries) + ">>", packed: false);
        return number;
    }

    /// <summary>A date string in UTC, in the form readers parse: (D:YYYYMMDDHHmmSS+00'00').</summary>
    public static string Date(DateTimeOffset value) =>
        "(D:" + value.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
}
