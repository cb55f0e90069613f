using System.Buffers;
using System.Security.Cryptography;

namespace ReportBuilder.Core.Caching;

/// <summary>
/// A SHA-256 digest fed in small pieces: the pieces are gathered in a buffer and handed to the hash in blocks, so a
/// digest of many tags and numbers (<see cref="ViewFingerprint"/>) costs one call into the hash per block rather than
/// one per byte, and a digest of less than a block (most records) is one call and no incremental hash at all. The
/// digest is the SHA-256 of the bytes appended, in order, however they were split.
/// </summary>
internal sealed class DigestWriter : IDisposable
{
    private const int BufferBytes = 4096;

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private IncrementalHash? _hash;
    private int _used;

    public void Append(byte value)
    {
        if (_used == _buffer.Length)
            Flush();
        _buffer[_used++] = value;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _hash!.AppendData(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>The digest of everything appended; the writer starts again empty.</summary>
    public byte[] Finish()
    {
        if (_hash is null)
        {
            var digest = SHA256.HashData(_buffer.AsSpan(0, _used));
            _used = 0;
            return digest;
        }
        Flush();
        return _hash.GetHashAndReset();
    }

    public void Dispose()
    {
        _hash?.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private void Flush()
    {
        _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _hash.AppendData(_buffer.AsSpan(0, _used));
        _used = 0;
    }
}
