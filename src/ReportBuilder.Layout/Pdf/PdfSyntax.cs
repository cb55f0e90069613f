using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>Writing PDF text strings.</summary>
internal static class PdfSyntax
{
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
