using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Output;

/// <summary>
/// The list of files a build wrote into out/, kept in out/ itself: one '/' path a line, ordinal, LF. It is how
/// the writer knows which files it owns; files it does not list are someone else's and are never removed.
/// </summary>
internal static class OutputManifest
{
    /// <summary>A dotfile, so a site served from out/ does not list it among its pages.</summary>
    public const string Name = ".reportbuilder-manifest";

    /// <summary>No build lists more paths than this holds; a larger manifest is not one we wrote.</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    public static bool ExistsIn(string target) => Entries.KindOf(Path.Combine(target, Name)) == EntryKind.Regular;

    /// <summary>The paths the previous build listed; none when out/ has no manifest (a first build).</summary>
    internal static SortedSet<string> Read(string target)
    {
        var owned = new SortedSet<string>(StringComparer.Ordinal);
        var path = Path.Combine(target, Name);
        if (Entries.KindOf(path) == EntryKind.Missing)
            return owned;
        byte[]? bytes;
        try
        {
            bytes = Entries.ReadRegular(path, MaxBytes).Bytes;
        }
        catch (NotRegularFileException e)
        {
            throw new OutputRefusedException($"{e.Message}; remove it and build again");
        }
        if (bytes is null)
            throw new OutputRefusedException($"{path} is larger than any manifest a build writes; remove {target} and build again");
        foreach (var line in System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // An edited manifest must not make a build remove or carry files outside out/.
            if (!RelativePath.StaysInside(line))
                throw new OutputRefusedException($"{path} lists '{line}', which is not a path inside {target}; remove {target} and build again");
            owned.Add(line);
        }
        return owned;
    }

    internal static OutputFile For(IEnumerable<string> paths) =>
        OutputFile.Text(Name, string.Concat(paths.Order(StringComparer.Ordinal).Select(p => p + "\n")));
}
