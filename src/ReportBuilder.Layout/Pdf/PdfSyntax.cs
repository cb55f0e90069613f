using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>Writing PDF names and text strings.</summary>
internal static class PdfSyntax
{
    /// <summary>
    /// A name object, escaped as Skia escapes the keys of its /Dests dictionary: every byte of the
    /// UTF-8 form outside '!'..'~', and the delimiters, as #XX.
    /// </summary>
    public static string Name(string value)
    {
        var builder = new StringBuilder("/");
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            if (b < '!' || b > '~' || "#/%()<>[]{}".Contains((char)b, StringComparison.Ordinal))
                builder.Append('#').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                builder.Append((char)b);
        }
        return builder.ToString();
    }

    /// <summary>A text string: a literal for printable ASCII, else UTF-16BE with a byte order mark, in hex.</summary>
    public static string Text(string value)
    {
        bool ascii = true;
        foreach (char c in value)
            ascii &= c is >= ' ' and <= '~';
        if (ascii)
            return "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        var builder = new StringBuilder("<FEFF");
        foreach (byte b in Encoding.BigEndianUnicode.GetBytes(value))
            builder.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        return builder.Append('>').ToString();
    }
}
