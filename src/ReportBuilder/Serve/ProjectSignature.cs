using System.IO.Enumeration;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Serve;

/// <summary>
/// A fingerprint of everything a build reads (path, kind, size and modification time of each entry under data/
/// and templates/, links never followed), so a poll can tell that something changed without reading any file's bytes.
/// </summary>
internal static class ProjectSignature
{
    public static string Of(string projectDirectory)
    {
        var lines = new List<string>();
        foreach (var top in Core.Loading.ProjectFiles.Roots)
        {
            var folder = Path.Combine(projectDirectory, top.TrimEnd('/'));
            // data/ or templates/ as a link, FIFO or file is one line (the build reports it), never walked.
            if (Entries.KindOf(folder) is var kind and not EntryKind.Directory)
            {
                lines.Add($"{folder}\t{kind}");
                continue;
            }
            try
            {
                lines.AddRange(Listing(folder));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file removed mid-listing: the next poll sees the settled tree.
                lines.Add("unsettled " + e.GetType().Name);
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Every entry under <paramref name="folder"/>, links, FIFOs and all, without descending into a link or opening
    /// anything: a link to / in data/ is one entry (the build reports it), not a walk of the whole disk on every poll.
    /// </summary>
    private static FileSystemEnumerable<string> Listing(string folder) =>
        new(folder, (ref FileSystemEntry entry) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{entry.ToFullPath()}\t{entry.Attributes}\t{(entry.IsDirectory ? 0 : entry.Length)}\t{entry.LastWriteTimeUtc.Ticks}"),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
}
