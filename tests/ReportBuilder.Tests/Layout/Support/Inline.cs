using ReportBuilder.Layout;
using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>Lays out a single paragraph for line-breaking tests.</summary>
internal static class Inline
{
    public static InlineLayout Layout(string text, float width, TextAlign align = TextAlign.Left, TextStyle? style = null) =>
        Layout([new Run(text)], width, align, style);

    public static InlineLayout Layout(IReadOnlyList<Run> runs, float width, TextAlign align = TextAlign.Left, TextStyle? style = null)
    {
        var spec = new PdfDocumentSpec();
        using var shaper = new TextShaper(TestFonts.Set.Count, ligatures: false);
        var context = new LayoutContext(TestFonts.Set, shaper, spec, DocumentIndex.Build([]));
        return context.Layout(runs, style ?? spec.Theme.Body.Text, width, align, 1.4f);
    }

    public static string[] Lines(InlineLayout layout) =>
        Enumerable.Range(0, layout.Lines.Length).Select(i => layout.LineText(i).TrimEnd()).ToArray();

    /// <summary>Where a line's last glyph ends, after alignment and justification.</summary>
    public static float RightEdge(InlineLayout layout, int index)
    {
        var line = layout.Lines[index];
        int gaps = 0;
        for (int a = line.Start; a < line.End - 1; a++)
            gaps += layout.Atoms[a].SpaceAfter > 0 ? 1 : 0;
        return line.Offset + line.Width + (line.GapExtra * gaps);
    }
}
