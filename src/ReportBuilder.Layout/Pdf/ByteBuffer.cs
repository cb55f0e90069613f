using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// A growable byte buffer for PDF syntax: ASCII text, numbers written with at most three decimals and
/// never in exponent form, and hex. Numbers are formatted here, not by the runtime, so the bytes are the
/// same under every culture.
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes;

    // A field, not an auto-property: a PDF build is short, much of this runs unoptimized, and there every accessor is a call.
    private int _length;

    public ByteBuffer(int capacity = 4096) => _bytes = new byte[capacity];

    public int Length => _length;

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public ByteBuffer Ascii(string text)
    {
        Reserve(text.Length);
        for (int i = 0; i < text.Length; i++)
            _bytes[_length++] = (byte)text[i];
        return this;
    }

    public ByteBuffer Byte(byte value)
    {
        Reserve(1);
        _bytes[_length++] = value;
        return this;
    }

    public ByteBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    /// <summary>A number rounded to 1/1000, without trailing zeros: 12, 12.5, -0.125.</summary>
    public ByteBuffer Number(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A PDF number must be finite.");
        long thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }
        Integer(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0)
        {
            Byte((byte)'.');
            int digits = fraction % 100 == 0 ? 1 : fraction % 10 == 0 ? 2 : 3;
            long scaled = digits == 1 ? fraction / 100 : digits == 2 ? fraction / 10 : fraction;
            Reserve(digits);
            for (int d = digits - 1; d >= 0; d--)
            {
                _bytes[_length + d] = (byte)('0' + (scaled % 10));
                scaled /= 10;
            }
            _length += digits;
        }
        return this;
    }

    public ByteBuffer Integer(long value)
    {
        if (value < 0)
        {
            Byte((byte)'-');
            value = -value;
        }
        Span<byte> digits = stackalloc byte[20];
        int n = 0;
        do
        {
            digits[n++] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);
        Reserve(n);
        for (int i = n - 1; i >= 0; i--)
            _bytes[_length++] = digits[i];
        return this;
    }

    /// <summary>Four hex digits: a glyph id in an Identity-H string.</summary>
    public ByteBuffer Hex4(ushort value)
    {
        Reserve(4);
        _bytes[_length++] = HexDigit(value >> 12);
        _bytes[_length++] = HexDigit((value >> 8) & 15);
        _bytes[_length++] = HexDigit((value >> 4) & 15);
        _bytes[_length++] = HexDigit(value & 15);
        return this;
    }

    public ByteBuffer Space() => Byte((byte)' ');

    public ByteBuffer Line() => Byte((byte)'\n');

    public override string ToString() => Encoding.Latin1.GetString(Span);

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'A' + value - 10);

    private void Reserve(int extra)
    {
        if (_length + extra > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + extra));
    }
}
