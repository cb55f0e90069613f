using System.Security.Cryptography;
using ReportBuilder.Core.Caching;

namespace ReportBuilder.Tests.Caching;

/// <summary>A buffered digest is the SHA-256 of what was appended, however the pieces fell.</summary>
public sealed class DigestWriterTests
{
    [Fact]
    public void The_digest_is_sha256_of_the_bytes_in_order_whatever_their_pieces()
    {
        var random = new Random(20241229);
        var all = new List<byte>();
        using var writer = new DigestWriter();
        // Single bytes, small pieces, and pieces larger than the buffer, so every path (fill, flush, bypass) runs.
        foreach (var size in new[] { 1, 1, 7, 4000, 1, 4096, 3, 20000, 1, 0, 4095, 2 })
        {
            var piece = new byte[size];
            random.NextBytes(piece);
            if (size == 1)
                writer.Append(piece[0]);
            else
                writer.Append(piece);
            all.AddRange(piece);
        }
        Assert.Equal(SHA256.HashData(all.ToArray()), writer.Finish());
        // Finished, it starts again empty; less than a block is hashed in one go.
        writer.Append([1, 2, 3]);
        Assert.Equal(SHA256.HashData([1, 2, 3]), writer.Finish());
        Assert.Equal(SHA256.HashData([]), writer.Finish());
    }
}
