using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>The ToUnicode CMap of an Identity-H font: each glyph id to the text it stands for, so search and copy work.</summary>
internal static class ToUnicodeCMap
{
    /// <summary>Entries per bfchar block; the format allows at most 100.</summary>
    private const int BlockSize = 100;

    public static string Create(IEnumerable<(int Glyph, string Text)> glyphs)
    {
        var entries = glyphs.Where(g => g.Text.Length > 0).ToList();
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int start = 0; start < entries.Count; start += BlockSize)
        {
            var block = entries.Skip(start).Take(BlockSize).ToList();
            cmap.Append(CultureInfo.InvariantCulture, $"{block.Count} beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                cmap.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <");
                foreach (byte b in Encoding.BigEndianUnicode.GetBytes(text))
                    cmap.Append(b.ToString("X2", CultureInfo.InvariantCulture));
                cmap.Append(">\n");
            }
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }
}
