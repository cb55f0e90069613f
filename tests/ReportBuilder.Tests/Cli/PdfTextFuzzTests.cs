using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>
/// pdf-text on damaged PDFs: the real briefings with random bytes flipped, ranges zeroed or the tail cut, from a
/// fixed seed. Every case is read (exit 0) or refused as no readable PDF (exit 1), never exit 3, never a hang.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PdfTextFuzzTests(SiteFixture site) : IDisposable
{
    private const int Cases = 300;

    private readonly string _temp = Directory.CreateTempSubdirectory("rb-pdf-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Damaged_briefings_exit_0_or_1_with_a_message()
    {
        var pdfs = site.Build.Files.Where(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal)).Select(f => f.Bytes).ToList();
        var random = new Random(9);
        var exits = new int[4];
        for (var i = 0; i < Cases; i++)
        {
            var bytes = Damage(pdfs[random.Next(pdfs.Count)], random);
            var path = Path.Combine(_temp, $"case-{i}.pdf");
            await File.WriteAllBytesAsync(path, bytes);

            var (exit, _, stderr) = await Task.Run(() => CliRunner.Run("pdf-text", path)).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.True(exit is 0 or 1, $"case {i}: exit {exit}: {stderr}");
            if (exit == 1)
                Assert.StartsWith($"case-{i}.pdf: error: not a readable PDF (", stderr, StringComparison.Ordinal);
            exits[exit]++;
            File.Delete(path);
        }
        // The damage must break some files, or the test proves nothing about damaged ones.
        Assert.True(exits[1] > 0, $"no damaged case was refused: {exits[0]} read");
    }

    /// <summary>One of: up to 16 bytes flipped, a range of up to 256 bytes zeroed, or the file cut short.</summary>
    private static byte[] Damage(byte[] pdf, Random random)
    {
        var bytes = (byte[])pdf.Clone();
        switch (random.Next(3))
        {
            case 0:
                for (var n = random.Next(1, 17); n > 0; n--)
                    bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                return bytes;
            case 1:
                var start = random.Next(bytes.Length);
                Array.Clear(bytes, start, Math.Min(random.Next(1, 257), bytes.Length - start));
                return bytes;
            default:
                return bytes[..random.Next(bytes.Length)];
        }
    }
}
