using System.Text;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Core.Diff;

/// <summary>Which output files differ between two builds (added, removed or changed, by bytes), and how their text differs.</summary>
internal static class OutputComparer
{
    private static readonly string[] TextExtensions = [".html", ".xml", ".json", ".md", ".css", ".txt", ".svg", ".js"];

    public static IReadOnlyList<OutputChange> Compare(IReadOnlyList<OutputFile> before, IReadOnlyList<OutputFile> after, string baseName, string headName)
    {
        var old = before.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var @new = after.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var changes = new List<OutputChange>();
        foreach (var path in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            if (!old.TryGetValue(path, out var o))
                changes.Add(new OutputChange(ChangeKind.Added, path));
            else if (!@new.TryGetValue(path, out var n))
                changes.Add(new OutputChange(ChangeKind.Removed, path));
            else if (!o.Bytes.AsSpan().SequenceEqual(n.Bytes))
                changes.Add(new OutputChange(ChangeKind.Changed, path, TextDiff(path, o.Bytes, n.Bytes, baseName, headName)));
        }
        return changes;
    }

    /// <summary>A unified diff of a changed file's text: a PDF as its <see cref="PdfTextDump"/> dump; null for other binary files.</summary>
    private static string? TextDiff(string path, byte[] before, byte[] after, string baseName, string headName)
    {
        var extension = Path.GetExtension(path);
        Func<byte[], string>? read = extension == ".pdf" ? PdfTextDump.Of
            : TextExtensions.Contains(extension, StringComparer.Ordinal) ? Encoding.UTF8.GetString : null;
        return read is null ? null : UnifiedDiff.Of(read(before), read(after), $"{path} ({baseName})", $"{path} ({headName})");
    }
}
