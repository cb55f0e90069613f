using System.Buffers.Binary;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// A TrueType font cut down to the glyphs a document uses, for embedding as a CIDFontType2 with an
/// identity CIDToGIDMap: glyph ids stay as they are, unused glyphs become empty, and the glyphs after the
/// last used one are dropped. Composite glyphs bring their components along. Only the tables a PDF
/// reader needs to draw glyphs are kept (head, hhea, maxp, hmtx, loca, glyf and any hinting tables);
/// cmap, names and layout tables are left out, since the PDF maps glyphs to text itself.
/// </summary>
internal static class TrueTypeSubset
{
    private static readonly string[] KeptTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    public static byte[] Create(byte[] font, IReadOnlySet<int> used)
    {
        var tables = ReadDirectory(font);
        var head = Table(font, tables, "head");
        var maxp = Table(font, tables, "maxp");
        var hhea = Table(font, tables, "hhea");
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var loca = Offsets(Table(font, tables, "loca"), glyphCount, longOffsets);
        var glyf = Table(font, tables, "glyf");

        var keep = Closure(used, glyf, loca, glyphCount);
        int count = keep.Max + 1;
        var newGlyf = new MemoryStream();
        var newLoca = new byte[(count + 1) * 4];
        for (int g = 0; g < count; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Length);
            if (!keep.Contains(g))
                continue;
            newGlyf.Write(glyf[(int)loca[g]..(int)loca[g + 1]]);
            while (newGlyf.Length % 4 != 0)
                newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(count * 4), (uint)newGlyf.Length);

        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        int newMetrics = Math.Min(metrics, count);
        var hmtx = Table(font, tables, "hmtx");
        var newHmtx = new byte[(newMetrics * 4) + ((count - newMetrics) * 2)];
        hmtx[..(newMetrics * 4)].CopyTo(newHmtx);
        for (int g = newMetrics; g < count; g++)
        {
            // A glyph past the long metrics keeps only its left side bearing.
            int from = g < metrics ? (g * 4) + 2 : (metrics * 4) + ((g - metrics) * 2);
            hmtx.Slice(from, 2).CopyTo(newHmtx.AsSpan((newMetrics * 4) + ((g - newMetrics) * 2)));
        }

        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        var newMaxp = maxp.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)count);
        var newHhea = hhea.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)newMetrics);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf.ToArray(), ["head"] = newHead, ["hhea"] = newHhea,
            ["hmtx"] = newHmtx, ["loca"] = newLoca, ["maxp"] = newMaxp,
        };
        foreach (var tag in KeptTables)
        {
            if (!output.ContainsKey(tag) && tables.ContainsKey(tag))
                output[tag] = Table(font, tables, tag).ToArray();
        }
        return Assemble(output);
    }

    /// <summary>The glyphs to keep: .notdef, the used ones, and every component of a composite, recursively.</summary>
    private static SortedSet<int> Closure(IReadOnlySet<int> used, ReadOnlySpan<byte> glyf, long[] loca, int glyphCount)
    {
        var keep = new SortedSet<int>();
        var pending = new Stack<int>(used.Where(g => g < glyphCount).Append(0));
        while (pending.TryPop(out int g))
        {
            if (!keep.Add(g))
                continue;
            var glyph = glyf[(int)loca[g]..(int)loca[g + 1]];
            if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
                continue;
            int at = 10;
            while (true)
            {
                ushort flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
                int component = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
                if (component < glyphCount && !keep.Contains(component))
                    pending.Push(component);
                at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
                if ((flags & 0x0020) == 0)
                    break;
            }
        }
        return keep;
    }

    private static Dictionary<string, (int Offset, int Length)> ReadDirectory(byte[] font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + (16 * i), 16);
            string tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }
        return tables;
    }

    private static ReadOnlySpan<byte> Table(byte[] font, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t) ? font.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static long[] Offsets(ReadOnlySpan<byte> loca, int glyphCount, bool longOffsets)
    {
        var offsets = new long[glyphCount + 1];
        for (int g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longOffsets
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(g * 4)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(g * 2)..]) * 2L;
        }
        return offsets;
    }

    /// <summary>The table directory, then the tables in tag order, each padded to four bytes and checksummed.</summary>
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int power = 1, log = 0;
        while (power * 2 <= count)
            (power, log) = (power * 2, log + 1);
        int offset = 12 + (16 * count);
        var output = new MemoryStream();
        var header = new byte[offset];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((count - power) * 16));
        int i = 0;
        foreach (var (tag, data) in tables)
        {
            var entry = header.AsSpan(12 + (16 * i++), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            offset += (data.Length + 3) & ~3;
        }
        output.Write(header);
        foreach (var data in tables.Values)
        {
            output.Write(data);
            output.Write(new byte[((data.Length + 3) & ~3) - data.Length]);
        }
        var bytes = output.ToArray();
        // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
        int headAt = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12 + (16 * tables.Keys.ToList().IndexOf("head")) + 8));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(bytes)));
        return bytes;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (int i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (int b = 0; b < 4; b++)
                word = (word << 8) | (i + b < data.Length ? data[i + b] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }
}
