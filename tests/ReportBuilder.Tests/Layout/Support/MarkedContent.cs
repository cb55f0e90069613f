using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>
/// Reads a page's content stream operation by operation and lists what breaks the tagging rules: text
/// shown or a path painted outside marked content, an artifact inside tagged content or tagged content
/// inside tagged content, tagged content without a marked-content id or with one used twice, and
/// marked content left open or closed twice.
/// </summary>
internal static class MarkedContent
{
    private static readonly HashSet<string> Marks = new(StringComparer.Ordinal)
    {
        "Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do",
    };

    public static IReadOnlyList<string> Problems(Page page)
    {
        var problems = new List<string>();
        var open = new Stack<bool>();
        var ids = new HashSet<double>();
        int tagged = 0;
        foreach (var operation in page.Operations)
        {
            switch (operation)
            {
                case BeginMarkedContent begin:
                    Open(begin.Name.Data == "Artifact", null);
                    break;
                case BeginMarkedContentWithProperties begin:
                    double? mcid = begin.Properties?.Data.TryGetValue("MCID", out var token) == true && token is NumericToken number ? number.Double : null;
                    Open(begin.Name.Data == "Artifact", mcid);
                    break;
                case EndMarkedContent:
                    if (open.Count == 0)
                        problems.Add($"page {page.Number}: EMC without marked content");
                    else if (!open.Pop())
                        tagged--;
                    break;
                default:
                    if (open.Count == 0 && Marks.Contains(operation.Operator))
                        problems.Add($"page {page.Number}: '{operation.Operator}' outside marked content");
                    break;
            }
        }
        if (open.Count > 0)
            problems.Add($"page {page.Number}: {open.Count} marked content sequences left open");
        return problems;

        void Open(bool artifact, double? mcid)
        {
            if (tagged > 0)
                problems.Add($"page {page.Number}: {(artifact ? "an artifact" : "tagged content")} inside tagged content");
            if (!artifact && mcid is null)
                problems.Add($"page {page.Number}: tagged content without an MCID");
            if (!artifact && mcid is { } id && !ids.Add(id))
                problems.Add($"page {page.Number}: MCID {id} used twice");
            if (!artifact)
                tagged++;
            open.Push(artifact);
        }
    }
}
