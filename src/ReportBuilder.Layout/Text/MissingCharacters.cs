using System.Text;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Text;

/// <summary>
/// The characters a render drew as the empty .notdef box because no face of the chain has them.
/// The shaper notes each cluster that came out as glyph 0; collected here, distinct.
/// </summary>
internal sealed class MissingCharacters
{
    private readonly HashSet<int> _codepoints = [];

    /// <summary>
    /// Notes the characters of the cluster text[start..end) that <paramref name="face"/> (the last resort of its chain)
    /// lacks, leaving out the invisible ones HarfBuzz hides; the cluster's first character when none is left.
    /// </summary>
    public void Note(FontFace face, ReadOnlySpan<char> text, int start, int end)
    {
        bool noted = false;
        for (int i = start; i < end;)
        {
            Rune.DecodeFromUtf16(text[i..end], out var rune, out int used);
            if (!face.HasGlyph(rune.Value) && !IsDefaultIgnorable(rune.Value))
            {
                _codepoints.Add(rune.Value);
                noted = true;
            }
            i += used;
        }
        if (!noted)
        {
            Rune.DecodeFromUtf16(text[start..end], out var first, out _);
            _codepoints.Add(first.Value);
        }
    }

    /// <summary>One string a character, in ordinal order.</summary>
    public IReadOnlyList<string> ToList() =>
        [.. _codepoints.Select(char.ConvertFromUtf32).Order(StringComparer.Ordinal)];

    /// <summary>Joiners, variation selectors, format and tag characters: invisible when a font lacks them.</summary>
    internal static bool IsDefaultIgnorable(int c) =>
        c is 0x00AD or 0x034F or 0x061C or (>= 0x180B and <= 0x180F) or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E)
            or (>= 0x2060 and <= 0x206F) or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or (>= 0xE0000 and <= 0xE0FFF);
}
