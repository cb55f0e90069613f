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
    internal static IReadOnlyList<Diagnostic> Check(ProjectDocuments documents)
    {
        // A project without fonts (data checked alone) has nothing to check against; a build reports them missing.
        var files = documents.Files;
        if (!files.Under(BriefingPdf.FontFolder).Any())
            return [];
        var diagnostics = new DiagnosticBag();
        using var fonts = BriefingPdf.LoadFonts(files, diagnostics);
        if (fonts is null)
            return diagnostics.ToSortedList();
        foreach (var (_, document) in documents.All)
        {
            // Syntax errors were Validate's to report; a file that does not parse has no values to check.
            foreach (var scalar in Scalars(document.Root))
            {
                if (CoversAll(fonts, scalar.Value))
                    continue;
                var missing = scalar.Value.EnumerateRunes().Where(r => !fonts.Covers(r.Value)).Select(r => r.ToString())
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                    diagnostics.Add(Codes.MissingGlyphs, scalar.Span, $"the briefing fonts have no glyph for {BriefingPdf.Describe(missing)}",
                        BriefingPdf.MissingGlyphsHint);
            }
        }
        return diagnostics.ToSortedList();
    }

    /// <summary>Whether the fonts show every character of <paramref name="value"/>: the common case, asked without allocating.</summary>
    private static bool CoversAll(FontSet fonts, string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (!fonts.Covers(rune.Value))
                return false;
        }
        return true;
    }

    /// <summary>Every value of a YAML tree (not the keys, which are field names), in document order.</summary>
    private static IEnumerable<YScalar> Scalars(YNode? node) => node switch
    {
        YScalar scalar => [scalar],
        YSequence sequence => sequence.Items.SelectMany(Scalars),
        YMapping mapping => mapping.Entries.SelectMany(e => Scalars(e.Value)),
        _ => [],
    };
}
