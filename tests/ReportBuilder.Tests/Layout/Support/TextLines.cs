using UglyToad.PdfPig.Content;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>A page's letters grouped into lines by baseline, left to right.</summary>
internal sealed record TextLine(double Baseline, string Text, IReadOnlyList<Letter> Letters);

internal static class TextLines
{
    public static List<TextLine> Of(Page page) =>
        page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var letters = g.OrderBy(l => l.StartBaseLine.X).ToArray();
                return new TextLine(g.Key, string.Concat(letters.Select(l => l.Value)).Trim(), letters);
            })
            .ToList();
}
