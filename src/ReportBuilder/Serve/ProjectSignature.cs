namespace ReportBuilder.Serve;

/// <summary>
/// A fingerprint of everything a build reads (path, size and modification time of each file under data/ and
/// templates/), so a poll can tell that something changed without reading any file's bytes.
/// </summary>
internal static class ProjectSignature
{
    public static string Of(string projectDirectory)
    {
        var lines = new List<string>();
        foreach (var top in Core.Loading.ProjectFiles.Roots)
        {
            var folder = Path.Combine(projectDirectory, top.TrimEnd('/'));
            if (!Directory.Exists(folder))
                continue;
            try
            {
                foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
                    lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{file.FullName}\t{file.Length}\t{file.LastWriteTimeUtc.Ticks}"));
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
}
