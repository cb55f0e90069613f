using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// Verify's conventions for a whole output tree: each file <c>dir/name.ext</c> is locked as
/// <c>Snapshots/&lt;name&gt;/dir/name.verified.ext</c> (committed). On a mismatch the test writes
/// <c>name.received.ext</c> beside it (git-ignored) and fails with a unified diff of the first differences.
/// Accept with <c>ACCEPT_SNAPSHOTS=1 dotnet test --filter Snapshot</c> (rewrites the verified tree, deletions
/// included), or <c>tests/accept-snapshots.sh</c> (moves every received file over its verified one).
/// A PDF is locked as its text dump (<see cref="PdfTextDump"/>: metadata, bookmarks, positioned lines, links, SHA-256) in
/// <c>name.verified.pdf.txt</c>; other binary files by their SHA-256, in <c>name.verified.ext.sha256</c>.
/// </summary>
internal static class SnapshotFolder
{
    private const int MaxDiffs = 5;

    public static void Verify(string name, IReadOnlyList<OutputFile> files)
    {
        var root = Repo.Path(Path.Combine("tests", "ReportBuilder.Tests", "Snapshots", name));
        var expected = files.ToDictionary(f => Verified(f.Path), Content, StringComparer.Ordinal);
        if (Snapshot.Accepting && Directory.Exists(root))
            Directory.Delete(root, recursive: true);
        var existing = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.verified*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
            : [];
        var problems = expected.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => Snapshot.Compare(Path.Combine(root, e.Key), e.Value, e.Key))
            .OfType<string>().ToList();
        problems.AddRange(existing.Where(p => !expected.ContainsKey(p)).Order(StringComparer.Ordinal).Select(p => $"no longer produced: {p}"));
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} snapshot difference(s) under {root}\n" +
                string.Join("\n", problems.Take(MaxDiffs)) + (problems.Count > MaxDiffs ? $"\n… and {problems.Count - MaxDiffs} more" : "") +
                "\n" + Snapshot.AcceptHint);
        }
    }

    /// <summary><c>weeks/2024-W52/index.html</c> → <c>weeks/2024-W52/index.verified.html</c>; binary files get <c>.sha256</c>.</summary>
    private static string Verified(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        var verified = dot > slash + 1 ? $"{path[..dot]}.verified{path[dot..]}" : path + ".verified";
        return IsText(path) ? verified : IsPdf(path) ? verified + ".txt" : verified + ".sha256";
    }

    /// <summary>Text as it is; a PDF as its readable dump (which starts with its SHA-256); other binaries by hash.</summary>
    private static string Content(OutputFile file) =>
        IsText(file.Path) ? Encoding.UTF8.GetString(file.Bytes)
        : IsPdf(file.Path) ? PdfTextDump.Of(file.Bytes)
        : $"{Convert.ToHexStringLower(SHA256.HashData(file.Bytes))}  {file.Bytes.Length} bytes\n";

    private static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.Ordinal);

    private static bool IsText(string path) =>
        Path.GetExtension(path) is ".html" or ".xml" or ".json" or ".css" or ".md" or ".txt" or ".svg" or ".js";
}
