using System.Text.RegularExpressions;
using ReportBuilder.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>
/// The machine-checkable requirements of PDF/UA-1 that our files can break, in the spirit of the Matterhorn
/// Protocol's failure conditions (no veraPDF here): the claim and the title in the XMP, the catalog's marks
/// (tagged, language, title displayed, not suspect), /Tabs /S and a parent-tree key on every page, only
/// standard structure types, Alt on every Figure, Scope on every TH, a unique ID on every Note, every font
/// embedded, every link annotation tagged and described, headings in reading order that never skip a level
/// going down, and every mark tagged or an artifact.
/// </summary>
internal static class PdfUaChecks
{
    private static readonly HashSet<string> StandardTypes = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula", "Form",
    };

    /// <summary>What breaks PDF/UA-1 in the file at <paramref name="path"/>; empty when nothing does.</summary>
    public static List<string> Problems(string path)
    {
        var problems = new List<string>();
        var text = Pdf.Uncompressed(path);
        var objects = text.Split("endobj", StringSplitOptions.None);
        void Require(bool condition, string problem)
        {
            if (!condition)
                problems.Add(problem);
        }

        Require(text.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal), "the XMP does not claim PDF/UA-1 (pdfuaid:part)");
        Require(Regex.IsMatch(text, @"<dc:title><rdf:Alt><rdf:li xml:lang=""x-default"">[^<]+</rdf:li>"), "the XMP has no dc:title");
        var catalog = objects.Single(o => Regex.IsMatch(o, @"/Type /Catalog\b"));
        Require(Regex.IsMatch(catalog, @"/MarkInfo\s*<<\s*/Marked true\s*>>"), "the catalog does not mark the file tagged");
        Require(Regex.IsMatch(catalog, @"/Lang (\([^)]+\)|<[0-9A-Fa-f]+>)"), "the catalog has no /Lang");
        Require(Regex.IsMatch(catalog, @"/DisplayDocTitle true"), "the viewer is not asked to display the title");
        Require(Regex.IsMatch(catalog, @"/StructTreeRoot \d+ 0 R"), "the catalog has no structure tree");
        Require(!Regex.IsMatch(text, @"/Suspects true"), "the file marks itself suspect");

        foreach (var page in objects.Where(o => Regex.IsMatch(o, @"/Type /Page\b")))
        {
            Require(Regex.IsMatch(page, @"/Tabs /S\b"), "a page without /Tabs /S");
            Require(Regex.IsMatch(page, @"/StructParents \d+"), "a page without a parent-tree key");
        }
        foreach (var font in objects.Where(o => o.Contains("/Type /FontDescriptor", StringComparison.Ordinal)))
            Require(Regex.IsMatch(font, @"/FontFile[23]? \d+ 0 R"), "a font that is not embedded: " + Regex.Match(font, @"/FontName /\S+").Value);

        var elements = objects.Where(o => o.Contains("/Type /StructElem", StringComparison.Ordinal)).ToList();
        Require(elements.Count > 0, "no structure elements");
        var noteIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            var role = Regex.Match(element, @"/S /([A-Za-z0-9]+)").Groups[1].Value;
            Require(StandardTypes.Contains(role), $"a structure element of the non-standard type '{role}' with no role map");
            if (role == "Figure")
                Require(Regex.IsMatch(element, @"/Alt (\([^)]+\)|<[0-9A-Fa-f]+>)"), "a Figure without Alt");
            if (role == "TH")
                Require(Regex.IsMatch(element, @"/Scope /(Column|Row|Both)"), "a TH without Scope");
            if (role == "Note")
            {
                var id = Regex.Match(element, @"/ID (\([^)]+\)|<[0-9A-Fa-f]+>)");
                Require(id.Success && noteIds.Add(id.Groups[1].Value), "a Note without an ID unique in the file");
            }
        }
        foreach (var annotation in objects.Where(o => o.Contains("/Subtype /Link", StringComparison.Ordinal)))
        {
            Require(Regex.IsMatch(annotation, @"/Contents (\([^)]+\)|<[0-9A-Fa-f]+>)"), "a link annotation without Contents");
            Require(Regex.IsMatch(annotation, @"/StructParent \d+"), "a link annotation outside the structure");
        }

        var (exit, structure) = ExternalTool.Run("pdfinfo", "-struct-text", path);
        Require(exit == 0, "pdfinfo could not read the structure: " + structure);
        int level = 0;
        foreach (Match heading in Regex.Matches(structure, @"^\s*H([1-6])\b", RegexOptions.Multiline))
        {
            int next = heading.Groups[1].Value[0] - '0';
            Require(next <= level + 1, $"an H{next} follows an H{level} in reading order");
            level = next;
        }
        Require(level > 0, "no headings");

        using var document = PdfDocument.Open(path);
        problems.AddRange(document.GetPages().SelectMany(MarkedContent.Problems));
        return problems;
    }
}
