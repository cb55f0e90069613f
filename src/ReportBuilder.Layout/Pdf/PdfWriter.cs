using System.IO.Compression;
using System.Security.Cryptography;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Writes a PDF file front to back: numbered objects (allocated in any order, written once) and
/// streams deflated at <see cref="CompressionLevel.Fastest"/>. Objects other than streams are
/// gathered into compressed object streams of <see cref="ObjectsPerStream"/>, so the many small
/// dictionaries of annotations and structure elements cost little; the file ends with a
/// cross-reference stream that holds the trailer. Only each object's location is kept. The file
/// identifier is a hash of every byte before the cross-reference stream, so it is the same for the
/// same document and differs for any other.
/// </summary>
internal sealed class PdfWriter
{
    private readonly Stream _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly ByteBuffer _scratch = new();
    private readonly ByteBuffer _header = new(32);
    private readonly MemoryStream _deflated = new();
    private const int ObjectsPerStream = 200;

    private readonly ByteBuffer _packedIndex = new();
    private readonly ByteBuffer _packedBodies = new(64 * 1024);
    private readonly List<int> _packed = [];

    /// <summary>Per object: its offset in the file, or (in an object stream) −(stream number × 2¹⁶ + index).</summary>
    private long[] _locations = new long[256];
    private long _position;

    public PdfWriter(Stream output)
    {
        _output = output;
        // The binary comment marks the file as binary for transfer programs.
        Write(new ByteBuffer(32).Ascii("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Line().Span);
    }

    public int Count { get; private set; } = 1;

    /// <summary>A new object number; its object may be written later.</summary>
    public int Allocate()
    {
        if (Count == _locations.Length)
            Array.Resize(ref _locations, _locations.Length * 2);
        return Count++;
    }

    /// <summary>
    /// Writes object <paramref name="number"/> whose body is <paramref name="body"/>: into the current
    /// object stream, or when <paramref name="packed"/> is false as a plain object anyone can read in the file.
    /// </summary>
    public void Object(int number, ByteBuffer body, bool packed = true)
    {
        if (!packed)
        {
            Begin(number, located: false);
            Write(body.Span);
            End();
            return;
        }
        if (_locations[number] != 0 || _packed.Contains(number))
            throw new InvalidOperationException($"PDF object {number} was written twice.");
        _packedIndex.Integer(number).Space().Integer(_packedBodies.Length).Space();
        _packedBodies.Bytes(body.Span).Line();
        _packed.Add(number);
        if (_packed.Count == ObjectsPerStream)
            FlushObjectStream();
    }

    public void Object(int number, string body, bool packed = true)
    {
        _scratch.Clear();
        Object(number, _scratch.Ascii(body), packed);
    }


    /// <summary>
    /// Writes a stream object: <paramref name="dictionary"/> holds the entries other than /Length and
    /// /Filter (such as "/Type /XObject"), or is empty.
    /// </summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true) =>
        Stream(number, dictionary, data, compress, located: false);

    private void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress, bool located)
    {
        if (compress)
        {
            _deflated.SetLength(0);
            using (var zlib = new ZLibStream(_deflated, CompressionLevel.Fastest, leaveOpen: true))
                zlib.Write(data);
            data = _deflated.GetBuffer().AsSpan(0, (int)_deflated.Length);
        }
        Begin(number, located);
        _scratch.Clear();
        _scratch.Ascii("<<").Ascii(dictionary).Ascii(compress ? "/Filter /FlateDecode /Length " : "/Length ")
            .Integer(data.Length).Ascii(">>\nstream\n");
        Write(_scratch.Span);
        Write(data);
        Write("\nendstream"u8);
        End();
    }

    /// <summary>Writes the cross-reference stream, whose dictionary is the trailer naming the catalog and the information dictionary.</summary>
    public void Finish(int root, int info)
    {
        FlushObjectStream();
        int xref = Allocate();
        long xrefAt = _position;
        _locations[xref] = xrefAt;
        var id = Convert.ToHexString(_hash.GetHashAndReset().AsSpan(0, 16));
        // Each entry: type (1 byte), offset or object stream (4 bytes), generation or index (2 bytes).
        var rows = new byte[Count * 7];
        rows[5] = rows[6] = 0xFF;
        for (int n = 1; n < Count; n++)
        {
            long at = _locations[n];
            if (at == 0)
                throw new InvalidOperationException($"PDF object {n} was allocated but never written.");
            var row = rows.AsSpan(n * 7, 7);
            row[0] = (byte)(at > 0 ? 1 : 2);
            long value = at > 0 ? at : -at >> 16;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(row[1..], (uint)value);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(row[5..], (ushort)(at > 0 ? 0 : -at & 0xFFFF));
        }
        var trailer = new ByteBuffer(256).Ascii("/Type /XRef /Size ").Integer(Count).Ascii(" /W [1 4 2] /Root ").Integer(root)
            .Ascii(" 0 R /Info ").Integer(info).Ascii(" 0 R /ID [<").Ascii(id).Ascii("> <").Ascii(id).Ascii(">] ");
        Stream(xref, trailer.ToString(), rows, compress: true, located: true);
        Write(new ByteBuffer(64).Ascii("startxref\n").Integer(xrefAt).Ascii("\n%%EOF\n").Span);
        _output.Flush();
    }

    /// <summary>Writes the objects gathered so far as one object stream.</summary>
    private void FlushObjectStream()
    {
        if (_packed.Count == 0)
            return;
        int number = Allocate();
        for (int i = 0; i < _packed.Count; i++)
            _locations[_packed[i]] = -(((long)number << 16) | (uint)i);
        var data = new ByteBuffer(_packedIndex.Length + _packedBodies.Length).Bytes(_packedIndex.Span).Bytes(_packedBodies.Span);
        Stream(number, new ByteBuffer(64).Ascii("/Type /ObjStm /N ").Integer(_packed.Count).Ascii(" /First ").Integer(_packedIndex.Length).Ascii(" ").ToString(),
            data.Span);
        _packed.Clear();
        _packedIndex.Clear();
        _packedBodies.Clear();
    }

    private void Begin(int number, bool located)
    {
        if (!located && _locations[number] != 0)
            throw new InvalidOperationException($"PDF object {number} was written twice.");
        _locations[number] = _position;
        _header.Clear();
        Write(_header.Integer(number).Ascii(" 0 obj\n").Span);
    }

    private void End() => Write("\nendobj\n"u8);

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
    }
}
