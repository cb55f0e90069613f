using System.Globalization;

namespace ReportBuilder.Layout;

/// <summary>An sRGB colour with alpha.</summary>
public readonly record struct Color(byte R, byte G, byte B, byte A = 255)
{
    public static Color Black { get; } = new(0, 0, 0);
    public static Color Transparent { get; } = new(0, 0, 0, 0);

    /// <summary>Parses <c>#rrggbb</c> or <c>#rrggbbaa</c>.</summary>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length is not (6 or 8) || !uint.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"'{hex}' is not a colour of the form #rrggbb or #rrggbbaa.");
        if (digits.Length == 6)
            value = (value << 8) | 0xFF;
        return new Color((byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public bool IsVisible => A != 0;

}
