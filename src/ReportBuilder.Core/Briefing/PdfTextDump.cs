using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// A PDF as reviewable text, read back with an independent reader (PdfPig): metadata, bookmarks, and per
/// page each line of text with its rounded position and font, and each link with its target. The snapshot
/// tests lock this; `reportbuilder pdf-text` prints it and `diff` compares briefings by it, so a briefing
/// reviews as text.
/// </summary>
internal static class PdfTextDump
{
    public static string Of(byte[] pdf)
    {
        var text = new StringBuilder();
        text.Append("sha256: ").Append(Convert.ToHexStringLower(SHA256.HashData(pdf))).Append('\n');
        using var document = PdfDocument.Open(pdf);
        var info = document.Information;
        text.Append(Inv($"pages: {document.NumberOfPages}\n"));
        text.Append("title: ").Append(info.Title).Append('\n');
        text.Append("author: ").Append(info.Author).Append('\n');
        text.Append("subject: ").Append(info.Subject).Append('\n');
        text.Append("keywords: ").Append(info.Keywords).Append('\n');
        text.Append("creator: ").Append(info.Creator).Append('\n');
        text.Append("created: ").Append(info.CreationDate).Append('\n');
        text.Append("bookmarks:\n");
        if (document.TryGetBookmarks(out var bookmarks))
        {
            foreach (var node in bookmarks.Roots)
                AppendBookmark(text, node, 1);
        }
        foreach (var page in document.GetPages())
            AppendPage(text, page);
        return text.ToString();
    }

    private static void AppendBookmark(StringBuilder text, BookmarkNode node, int depth)
    {
        var target = node switch
        {
            DocumentBookmarkNode d => Inv($"page {d.PageNumber}"),
            UriBookmarkNode u => u.Uri,
            _ => "?",
        };
        text.Append(' ', depth * 2).Append(node.Title).Append(" → ").Append(target).Append('\n');
        foreach (var child in node.Children)
            AppendBookmark(text, child, depth + 1);
    }

    private static void AppendPage(StringBuilder text, Page page)
    {
        var height = page.Height;
        text.Append(Inv($"\npage {page.Number} ({Round(page.Width)} x {Round(height)})\n"));
        var lines = page.GetWords()
            .Where(w => w.Letters.Count > 0)
            .GroupBy(w => Round(height - w.Letters[0].StartBaseLine.Y))
            .OrderBy(g => g.Key);
        foreach (var line in lines)
        {
            foreach (var segment in Segments(line.OrderBy(w => w.BoundingBox.Left).ToList()))
            {
                var first = segment[0].Letters[0];
                text.Append(Inv($"  {line.Key,4} {Round(segment[0].BoundingBox.Left),4} {FontName(first.FontName)} {first.PointSize:0.#}: "));
                text.AppendJoin(' ', segment.Select(w => w.Text)).Append('\n');
            }
        }
        foreach (var annotation in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link))
        {
            var r = annotation.Rectangle;
            var target = annotation.Action switch
            {
                UriAction uri => uri.Uri,
                AbstractGoToAction goTo => Inv($"page {goTo.Destination.PageNumber}"),
                { } other => other.Type.ToString(),
                null => "(no action)",
            };
            text.Append(Inv($"  link [{Round(r.Left)} {Round(height - r.Top)} {Round(r.Right)} {Round(height - r.Bottom)}] → {target}\n"));
        }
    }

    /// <summary>Words on one baseline, split where a wide gap shows two separate pieces (a header's left and right).</summary>
    private static IEnumerable<List<Word>> Segments(List<Word> words)
    {
        var current = new List<Word> { words[0] };
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right;
            if (gap > 3 * Math.Max(words[i].Letters[0].PointSize, 1))
            {
                yield return current;
                current = [];
            }
            current.Add(words[i]);
        }
        yield return current;
    }

    /// <summary>Font names without the six-letter subset tag ("ABCDEF+NotoSerif-Regular").</summary>
    private static string FontName(string? name) =>
        name is { Length: > 7 } && name[6] == '+' ? name[7..] : name ?? "?";

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
