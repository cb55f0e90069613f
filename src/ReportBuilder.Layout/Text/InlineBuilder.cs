using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Text;

/// <summary>Turns styled runs into atoms: segments at break opportunities, pieces at style changes, shaped.</summary>
internal static class InlineBuilder
{
    public static void Build(TextShaper shaper, string text, ReadOnlySpan<int> runStarts, ResolvedStyle[] styles, List<Atom> atoms)
    {
        int pos = 0;
        while (pos < text.Length && BreakRules.IsBreakSpace(text[pos]))
            pos++;
        int run = 0;
        while (pos < text.Length)
        {
            var segment = BreakRules.Next(text, pos);
            int firstAtom = atoms.Count;
            for (int a = segment.Start; a < segment.ContentEnd;)
            {
                while (run + 1 < runStarts.Length && runStarts[run + 1] <= a)
                    run++;
                int b = run + 1 < runStarts.Length ? Math.Min(segment.ContentEnd, runStarts[run + 1]) : segment.ContentEnd;
                var style = styles[run];
                var runs = shaper.Shape(style.Face, text.AsSpan(a, b - a)).Runs;
                for (int r = 0; r < runs.Length; r++)
                {
                    var shaped = runs[r];
                    atoms.Add(new Atom
                    {
                        Run = shaped,
                        GlyphStart = 0,
                        GlyphEnd = shaped.Glyphs.Length,
                        Style = run,
                        Width = shaped.Width(0, shaped.Glyphs.Length, style.Size),
                        TextStart = a + shaped.Clusters[0],
                        TextEnd = r + 1 < runs.Length ? a + runs[r + 1].Clusters[0] : b,
                    });
                }
                a = b;
            }
            if (atoms.Count > firstAtom || (segment.Forced && atoms.Count > 0))
            {
                ref var last = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(atoms)[^1];
                last.Break = segment.Forced ? AtomBreak.Forced : AtomBreak.Allowed;
                last.SpaceAfter = SpaceWidth(text, segment, styles[last.Style].Face, styles[last.Style].Size);
            }
            pos = segment.End;
        }
    }

    private static float SpaceWidth(string text, BreakRules.Segment segment, FontFace face, float size)
    {
        int spaces = 0;
        for (int i = segment.ContentEnd; i < segment.End; i++)
        {
            if (BreakRules.IsBreakSpace(text[i]))
                spaces++;
        }
        return spaces * face.SpaceUnits * size / face.UnitsPerEm;
    }
}
