using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>Writing PDF text strings.</summary>
internal static class PdfSyntax
{
    /// <summary>A text string: a literal for printable ASCII, else UTF-16BE with a byte order mark, in hex.</summary>
    public static string Text(string value) => Text(new ByteBuffer(value.Length + 2), value).ToString();

    /// <summary>
    /// <see cref="Text(string)"/> written straight into <paramref name="target"/>: a chart's text alternative
    /// runs to kilobytes, and a string per hex byte made it most of the drawing pass's allocation.
    /// </summary>
    public static ByteBuffer Text(ByteBuffer target, string value)
    {
        bool ascii = true;
        foreach (char c in value)
            ascii &= c is >= ' ' and <= '~';
        if (ascii)
        {
            target.Byte((byte)'(');
            foreach (char c in value)
            {
                if (c is '\\' or '(' or ')')
                    target.Byte((byte)'\\');
                target.Byte((byte)c);
            }
            return target.Byte((byte)')');
        }
        // Through the encoder, so an unpaired surrogate becomes U+FFFD as before; its bytes come in pairs.
        var bytes = Encoding.BigEndianUnicode.GetBytes(value);
        target.Ascii("<FEFF");
        for (int i = 0; i < bytes.Length; i += 2)
            target.Hex4((ushort)((bytes[i] << 8) | bytes[i + 1]));
        return target.Byte((byte)'>');
    }
}
