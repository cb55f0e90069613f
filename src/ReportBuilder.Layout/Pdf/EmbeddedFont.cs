using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// One face as a document uses it: which glyphs, and the text each stands for (the first text it was
/// drawn for, which is what search and copy give back). At the end it is written as a Type0 font with
/// Identity-H encoding over a CIDFontType2 whose CIDs are the glyph ids, embedding a subset of the
/// TrueType file, with widths for the used glyphs and a ToUnicode CMap.
/// </summary>
internal sealed class EmbeddedFont(FontFace face)
{
    private readonly string?[] _text = new string?[face.Advances.Length];

    public FontFace Face { get; } = face;

    /// <summary>The glyph's width as the PDF declares it, in thousandths of an em.</summary>
    public double Width(ushort glyph) => Face.Advances[glyph] * 1000.0 / Face.UnitsPerEm;

    public bool IsKnown(ushort glyph) => _text[glyph] is not null;

    /// <summary>Notes that <paramref name="glyph"/> is drawn for <paramref name="text"/>; the first text wins.</summary>
    public void Use(ushort glyph, ReadOnlySpan<char> text) => _text[glyph] ??= text.ToString();

    /// <summary>Writes the font's objects; <paramref name="type0"/> is the number the pages' resources refer to.</summary>
    public void Write(PdfWriter writer, int type0)
    {
        var used = new SortedSet<int>();
        for (int g = 0; g < _text.Length; g++)
        {
            if (_text[g] is not null)
                used.Add(g);
        }
        string name = Tag(used) + "+" + PdfName(PostScriptName() ?? Face.Name);
        int cidFont = writer.Allocate(), descriptor = writer.Allocate(), file = writer.Allocate(), toUnicode = writer.Allocate();

        var subset = TrueTypeSubset.Create(Face.Data, used);
        writer.Stream(file, "/Length1 " + subset.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ", subset);
        writer.Object(descriptor, Descriptor(name, file));
        writer.Object(cidFont, new ByteBuffer()
            .Ascii("<</Type /Font /Subtype /CIDFontType2 /BaseFont /").Ascii(name)
            .Ascii(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Integer(descriptor)
            .Ascii(" 0 R /CIDToGIDMap /Identity /DW 0 /W ").Bytes(Widths(used).Span).Ascii(">>"));
        writer.Stream(toUnicode, "", Encoding.ASCII.GetBytes(ToUnicodeCMap.Create(used.Select(g => (g, _text[g]!)))));
        writer.Object(type0, new ByteBuffer()
            .Ascii("<</Type /Font /Subtype /Type0 /BaseFont /").Ascii(name).Ascii(" /Encoding /Identity-H /DescendantFonts [")
            .Integer(cidFont).Ascii(" 0 R] /ToUnicode ").Integer(toUnicode).Ascii(" 0 R>>"));
    }

    /// <summary>Runs of consecutive glyphs with their widths: [3 [500 520] 9 [610]].</summary>
    private ByteBuffer Widths(SortedSet<int> used)
    {
        var w = new ByteBuffer().Ascii("[");
        int previous = -2;
        foreach (int g in used)
        {
            if (g != previous + 1)
            {
                if (previous >= 0)
                    w.Ascii("] ");
                w.Integer(g).Ascii(" [");
            }
            else
            {
                w.Space();
            }
            w.Number(Width((ushort)g));
            previous = g;
        }
        if (previous >= 0)
            w.Ascii("]");
        return w.Ascii("]");
    }

    private ByteBuffer Descriptor(string name, int file)
    {
        var data = Face.Data.AsSpan();
        var head = TableAt(data, "head");
        double Em(int units) => units * 1000.0 / Face.UnitsPerEm;
        short xMin = BinaryPrimitives.ReadInt16BigEndian(head[36..]), yMin = BinaryPrimitives.ReadInt16BigEndian(head[38..]);
        short xMax = BinaryPrimitives.ReadInt16BigEndian(head[40..]), yMax = BinaryPrimitives.ReadInt16BigEndian(head[42..]);
        var post = TableAt(data, "post");
        double italicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        bool symbolic = Face.SpaceGlyph == 0;
        // Flags: 4 symbolic or 32 non-symbolic, 64 italic.
        int flags = (symbolic ? 4 : 32) | (italicAngle != 0 ? 64 : 0);
        return new ByteBuffer()
            .Ascii("<</Type /FontDescriptor /FontName /").Ascii(name).Ascii(" /Flags ").Integer(flags)
            .Ascii(" /FontBBox [").Number(Em(xMin)).Space().Number(Em(yMin)).Space().Number(Em(xMax)).Space().Number(Em(yMax))
            .Ascii("] /ItalicAngle ").Number(italicAngle)
            .Ascii(" /Ascent ").Number(Face.Ascent * 1000).Ascii(" /Descent ").Number(-Face.Descent * 1000)
            .Ascii(" /CapHeight ").Number(Face.Ascent * 1000).Ascii(" /StemV 80 /FontFile2 ").Integer(file).Ascii(" 0 R>>");
    }

    private static ReadOnlySpan<byte> TableAt(ReadOnlySpan<byte> font, string tag)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (int i = 0; i < count; i++)
        {
            var entry = font.Slice(12 + (16 * i), 16);
            if (entry[0] == tag[0] && entry[1] == tag[1] && entry[2] == tag[2] && entry[3] == tag[3])
                return font.Slice((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }
        return [];
    }

    /// <summary>The font's PostScript name (name id 6) from its name table, Windows or Mac entry; null when it has none.</summary>
    private string? PostScriptName()
    {
        var table = TableAt(Face.Data, "name");
        if (table.Length < 6)
            return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]), strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        for (int i = 0; i < count && 6 + (12 * (i + 1)) <= table.Length; i++)
        {
            var record = table.Slice(6 + (12 * i), 12);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record), id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]), offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id != 6 || platform is not (1 or 3) || strings + offset + length > table.Length)
                continue;
            var bytes = table.Slice(strings + offset, length);
            return platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
        }
        return null;
    }

    /// <summary>Six capital letters from a hash of the face and its glyph set: the same subset always gets the same tag.</summary>
    private string Tag(SortedSet<int> used)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Face.Name));
        foreach (int g in used)
        {
            bytes.Add((byte)(g >> 8));
            bytes.Add((byte)g);
        }
        var hash = SHA256.HashData(bytes.ToArray());
        var tag = new char[6];
        for (int i = 0; i < 6; i++)
            tag[i] = (char)('A' + (hash[i] % 26));
        return new string(tag);
    }

    /// <summary>The font's name as a PDF name may hold it: letters, digits and hyphens.</summary>
    private static string PdfName(string name) =>
        string.Concat(name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
}
