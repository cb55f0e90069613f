using System.Globalization;
using System.Security;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The document's XMP metadata packet: the same title, author, subject, keywords, tools and dates as
/// the information dictionary, and the language. It claims PDF/UA-1 (<c>pdfuaid:part 1</c>) when the document
/// has a title and a language, the two requirements the writer cannot meet by itself: every file it writes is
/// tagged, with its fonts embedded, figures with Alt, header cells with scope, notes with IDs, link annotations
/// tagged and described, /Tabs /S on each page and the title displayed. It claims no PDF/A level: the file has
/// no output intent.
/// </summary>
internal static class XmpMetadata
{
    public static string Create(DocumentMetadata metadata)
    {
        string Escape(string value) => SecurityElement.Escape(value);
        string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xmp = new StringBuilder();
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
            .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append(CultureInfo.InvariantCulture, $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(metadata.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        if (metadata.Author.Length > 0)
            xmp.Append(CultureInfo.InvariantCulture, $"<dc:creator><rdf:Seq><rdf:li>{Escape(metadata.Author)}</rdf:li></rdf:Seq></dc:creator>\n");
        if (metadata.Subject.Length > 0)
            xmp.Append(CultureInfo.InvariantCulture, $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(metadata.Subject)}</rdf:li></rdf:Alt></dc:description>\n");
        if (metadata.Language.Length > 0)
            xmp.Append(CultureInfo.InvariantCulture, $"<dc:language><rdf:Bag><rdf:li>{Escape(metadata.Language)}</rdf:li></rdf:Bag></dc:language>\n");
        if (metadata.Keywords.Length > 0)
            xmp.Append(CultureInfo.InvariantCulture, $"<pdf:Keywords>{Escape(metadata.Keywords)}</pdf:Keywords>\n");
        xmp.Append(CultureInfo.InvariantCulture, $"<pdf:Producer>{Escape(metadata.Producer)}</pdf:Producer>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:CreatorTool>{Escape(metadata.Creator)}</xmp:CreatorTool>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:CreateDate>{Date(metadata.Created)}</xmp:CreateDate>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:ModifyDate>{Date(metadata.Modified ?? metadata.Created)}</xmp:ModifyDate>\n")
            .Append(ClaimsPdfUa(metadata) ? "<pdfuaid:part>1</pdfuaid:part>\n" : "")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return xmp.ToString();
    }

    /// <summary>PDF/UA-1 asks for a title to display and a natural language; the rest every file of ours has.</summary>
    private static bool ClaimsPdfUa(DocumentMetadata metadata) => metadata.Title.Length > 0 && metadata.Language.Length > 0;
}
