using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Layout;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// RB3002 where the character is written: every value in <c>data/**.yaml</c> is checked against the briefing
/// fonts, so `check` reports a character no shipped font can show at its file:line:col, before any PDF is made.
/// (A character a template writes is still caught while typesetting, at the briefing template.)
/// </summary>
internal static class GlyphCoverage
{
    /// <param name="files">The project's files, for the fonts.</param>
    /// <param name="values">Every value of the data (<see cref="ProjectDocuments.Values"/>), in file and document order.</param>
    internal static IReadOnlyList<Diagnostic> Check(ProjectFiles files, IReadOnlyList<DataValue> values)
    {
        // A project without fonts (data checked alone) has nothing to check against; a build reports them missing.
        if (!files.Under(BriefingPdf.FontFolder).Any())
            return [];
        var diagnostics = new DiagnosticBag();
        using var fonts = BriefingPdf.LoadFonts(files, diagnostics);
        if (fonts is null)
            return diagnostics.ToSortedList();
        foreach (var value in values)
        {
            SortedSet<string>? missing = null;
            foreach (var rune in value.Text.EnumerateRunes())
            {
                // The fonts remember each character's answer (a few hundred distinct ones in millions of places).
                if (!fonts.Covers(rune.Value))
                    (missing ??= new SortedSet<string>(StringComparer.Ordinal)).Add(rune.ToString());
            }
            if (missing is not null)
                diagnostics.Add(Codes.MissingGlyphs, value.Span, $"the briefing fonts have no glyph for {BriefingPdf.Describe([.. missing])}",
                    BriefingPdf.MissingGlyphsHint);
        }
        return diagnostics.ToSortedList();
    }
}
