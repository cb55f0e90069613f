using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Core.FileSystem;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Core.Caching;

/// <summary>
/// What the last successful build into out/ read and wrote, kept in its cache folder (<c>stamp</c>): the digest of
/// every project file, the engine and the build's options, and each file it left in out/ with its size and time. A
/// build whose inputs have the same digest, into an out/ whose files all still have those sizes and times, would
/// write the same bytes again: it has nothing to do (like make, the times are trusted to show an edit of out/ by hand).
/// Anything unexpected in the stamp makes it no stamp.
/// </summary>
internal static class BuildStamp
{
    private const string Format = "reportbuilder-build-stamp 1";

    /// <summary>What a build that had nothing to do reports: the previous build's counts.</summary>
    public sealed record Previous(int Pages, int Briefings, int Files, long Bytes);

    /// <param name="outputs">Which outputs the build makes (its options that change what it writes), in words.</param>
    public static string Inputs(ProjectFiles files, string outputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Text(RenderCache.Engine);
        Text(outputs);
        foreach (var folder in files.Folders)
            Text("folder " + folder);
        AddFiles(hash, files.All);
        foreach (var problem in files.Problems)
            Text("problem " + problem);
        return RenderCache.Hex(hash.GetHashAndReset());
    }

    /// <summary>Files into a digest: each one's path, length and bytes, in path order.</summary>
    public static void AddFiles(IncrementalHash hash, IEnumerable<ProjectFile> files)
    {
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"file {file.Path} {file.Length}\n")));
            hash.AppendData(file.Bytes ?? []);
        }
    }

    /// <summary>The previous build, when it read the same inputs and out/ still holds what it wrote; otherwise null.</summary>
    public static Previous? Unchanged(string cacheFolder, string target, string inputs)
    {
        try
        {
            var path = Path.Combine(cacheFolder, "stamp");
            if (Entries.KindOf(cacheFolder) != EntryKind.Directory || Entries.KindOf(path) != EntryKind.Regular
                || Entries.ReadRegular(path, 64L * 1024 * 1024).Bytes is not { } bytes)
                return null;
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            var head = lines[0].Split(' ');
            if (lines[^1].Length != 0 || head.Length != 7 || $"{head[0]} {head[1]}" != Format || head[2] != inputs
                || !int.TryParse(head[3], CultureInfo.InvariantCulture, out var pages) || !int.TryParse(head[4], CultureInfo.InvariantCulture, out var briefings)
                || !long.TryParse(head[5], CultureInfo.InvariantCulture, out var total) || !int.TryParse(head[6], CultureInfo.InvariantCulture, out var count)
                || count != lines.Length - 2)
                return null;
            foreach (var line in lines.AsSpan(1, lines.Length - 2))
            {
                var fields = line.Split(' ', 3);
                if (fields.Length != 3 || !RelativePath.StaysInside(fields[2]) || Describe(Path.Combine(target, fields[2])) != $"{fields[0]} {fields[1]}")
                    return null;
            }
            return new Previous(pages, briefings, count, total);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotRegularFileException)
        {
            return null;
        }
    }

    /// <summary>Records a successful build: its inputs, its counts, and every file out/'s manifest now lists.</summary>
    public static void Record(string cacheFolder, string target, string inputs, int pages, int briefings, long bytes)
    {
        try
        {
            if (Entries.KindOf(cacheFolder) != EntryKind.Directory)
                return;
            var paths = OutputManifest.Read(target).Append(OutputManifest.Name).Order(StringComparer.Ordinal).ToList();
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Format} {inputs} {pages} {briefings} {bytes} {paths.Count}\n");
            foreach (var path in paths)
            {
                if (Describe(Path.Combine(target, path)) is not { } described)
                    return;
                text.Append(described).Append(' ').Append(path).Append('\n');
            }
            Entries.Replace(Path.Combine(cacheFolder, "stamp"), Encoding.UTF8.GetBytes(text.ToString()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputRefusedException)
        {
            // Without a stamp the next build only does its work again.
        }
    }

    /// <summary>A regular file's size and last write time, or null for anything else.</summary>
    private static string? Describe(string path)
    {
        if (Entries.KindOf(path) != EntryKind.Regular)
            return null;
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{info.Length} {info.LastWriteTimeUtc.Ticks}");
    }
}
