using ReportBuilder.Core;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Tests.Support;
using Xunit.Abstractions;

namespace ReportBuilder.Tests.Fuzz;

/// <summary>
/// The real data/, mutated from a fixed seed — bytes flipped, ranges deleted or duplicated, files cut short,
/// lines swapped — one file per case, in memory, through check (Load and Validate) and, for mutations that still
/// validate, through the whole build. Never an exception, never a hang, and every diagnostic names its place.
/// </summary>
public sealed class DataMutationTests(ITestOutputHelper log)
{
    private const int Seed = 20241229;
    private const int Cases = 3000;

    /// <summary>Full builds (site and PDFs) are slow; this many of the mutations that validate are built.</summary>
    private const int Builds = 8;

    /// <summary>Diagnostics about a file as a whole, or about a file's absence: they name the file, with no line.</summary>
    private static readonly HashSet<string> FileLevel = new(StringComparer.Ordinal)
    {
        Codes.InvalidUtf8, Codes.FileTooLarge, Codes.MissingFile, Codes.NotRegularFile, Codes.FolderOrFile, Codes.MissingField,
        Codes.InvalidId, Codes.Unreadable, Codes.StrayFile,
    };

    /// <summary>
    /// A case takes milliseconds; one that runs this long hangs. The guard is per case, so a loaded machine that
    /// makes every case slower never trips it, where one limit on the whole run would.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Mutated_data_always_gives_a_model_or_placed_diagnostics()
    {
        var real = ProjectFiles.FromDirectory(Repo.Root);
        var targets = real.Under("data/").Select(f => f.Path).ToList();
        var random = new Random(Seed);
        var (invalid, built) = (0, 0);
        for (var i = 0; i < Cases; i++)
        {
            var path = targets[random.Next(targets.Count)];
            var (kind, bytes) = Mutate(real.Get(path)!.Bytes!, random);
            var files = new ProjectFiles("fuzz", real.All.Select(f => f.Path == path ? f with { Bytes = bytes, Length = bytes.Length } : f));
            var what = $"case {i}: {kind} in {path}";

            var read = await Task.Run(() => Pipeline.Read(files)).WaitAsync(HangGuard);
            if (!read.IsValid)
            {
                invalid++;
                Assert.NotEmpty(read.Diagnostics);
                Assert.All(read.Diagnostics, d => AssertPlaced(d, what));
                continue;
            }
            if (built == Builds)
                continue;
            built++;
            var build = await Task.Run(() => Pipeline.Build(files, BuildOptions.Default)).WaitAsync(HangGuard);
            Assert.True(build.Succeeded || build.Diagnostics.Count > 0, what);
            Assert.All(build.Diagnostics, d => AssertPlaced(d, what));
        }
        log.WriteLine($"{Cases} cases: {invalid} invalid, {Cases - invalid} still valid, {built} of those built");
        // Mutations that never break the data would test nothing.
        Assert.InRange(invalid, Cases / 4, Cases);
    }

    private static void AssertPlaced(Diagnostic d, string what)
    {
        Assert.True(d.Span.Path.StartsWith("data/", StringComparison.Ordinal) || d.Span.Path.StartsWith("templates/", StringComparison.Ordinal),
            $"{what}: {d} names no project file");
        Assert.True(d.Span.Line > 0 || FileLevel.Contains(d.Code), $"{what}: {d} has no line");
    }

    private static (string Kind, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var at = random.Next(Math.Max(1, bytes.Count));
        var length = Math.Min(random.Next(1, 65), bytes.Count - at);
        switch (random.Next(5))
        {
            case 0:
                for (var n = random.Next(1, 5); n > 0 && bytes.Count > 0; n--)
                    bytes[random.Next(bytes.Count)] ^= (byte)random.Next(1, 256);
                return ("byte flip", [.. bytes]);
            case 1:
                bytes.RemoveRange(at, Math.Max(0, length));
                return ("deletion", [.. bytes]);
            case 2:
                var copy = bytes.GetRange(at, Math.Max(0, length));
                bytes.InsertRange(random.Next(bytes.Count + 1), copy);
                return ("duplication", [.. bytes]);
            case 3:
                return ("truncation", [.. bytes.Take(at)]);
            default:
                var lines = System.Text.Encoding.UTF8.GetString(original).Split('\n');
                var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return ("line swap", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        }
    }
}
