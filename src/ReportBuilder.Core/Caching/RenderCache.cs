using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Core.Caching;

/// <summary>
/// What earlier builds rendered, kept beside out/ in <c>.&lt;out&gt;.cache/</c> so an unchanged page is not rendered
/// again. Content-addressed: <c>objects/</c> holds each rendered output under the SHA-256 of its bytes, and
/// <c>index</c> maps a page's key (the digest of everything its render reads, see <see cref="ViewFingerprint"/>) to
/// that object, with the digests of what the render looked up on the side (a measure's chart). Nothing in it is
/// trusted: an index written by another engine or damaged in any way is ignored whole, an object whose bytes don't
/// hash to its name is a miss, and entries that aren't links or regular files are never followed. The build that
/// opens it is the only writer (it holds out/'s lock). Safe to share between threads.
/// </summary>
internal sealed class RenderCache
{
    private const string Format = "reportbuilder-render-cache 1";
    private const long MaxObjectBytes = 64L * 1024 * 1024;

    private readonly string _directory;
    private readonly string _engine;
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _kinds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _damaged = new(StringComparer.Ordinal);
    private int _hits, _misses;

    private RenderCache(string directory, string engine, Dictionary<string, Entry> previous)
    {
        _directory = directory;
        _engine = engine;
        _previous = previous;
    }

    /// <summary>A lookup made while rendering, and its digest then: <c>chart:troops-in-russia</c>.</summary>
    public readonly record struct Dependency(string Name, string Digest);

    private sealed record Entry(string Kind, string Object, IReadOnlyList<Dependency> Dependencies);

    /// <summary>Where out/'s cache lives: beside it, like its lock.</summary>
    public static string PathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.cache");

    /// <summary>Where in the cache at <paramref name="directory"/> the tree a build's swap replaced is kept for the next build (see <c>Output/SpareTree</c>).</summary>
    public static string SpareTreeIn(string directory) => Path.Combine(directory, "tree");

    /// <summary>Why the cache at <paramref name="directory"/> can be neither read nor written (a link, FIFO, file…), or null.</summary>
    public static string? Unusable(string directory) =>
        Entries.KindOf(directory) is var kind and not (EntryKind.Directory or EntryKind.Missing)
            ? $"{directory} is {Entries.Describe(kind)}, not a folder: the render cache was not used; remove it to use the cache again"
            : null;

    /// <summary>
    /// The cache at <paramref name="directory"/> as <paramref name="engine"/> (the code that renders) left it; empty when
    /// there is none, when another engine wrote it, or when it is damaged.
    /// </summary>
    public static RenderCache Open(string directory, string engine)
    {
        var previous = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (Entries.KindOf(directory) == EntryKind.Directory && Entries.KindOf(IndexPath(directory)) == EntryKind.Regular
                && Entries.ReadRegular(IndexPath(directory), MaxObjectBytes).Bytes is { } bytes)
                previous = Parse(Encoding.UTF8.GetString(bytes), engine) ?? previous;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotRegularFileException)
        {
            // Unreadable is as good as absent: the build renders everything and writes a new cache.
        }
        return new RenderCache(directory, engine, previous);
    }

    /// <summary>How many entries the previous build left.</summary>
    public int Count => _previous.Count;

    /// <summary>How many renders this build took from the cache, and how many it had to make.</summary>
    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>
    /// The bytes rendered for <paramref name="key"/> by an earlier build, if every lookup that render made still gives
    /// the same digest (<paramref name="current"/> gives today's digest of a dependency by name), and the object is intact.
    /// </summary>
    public byte[]? Get(string key, string kind, Func<string, string?> current)
    {
        _kinds.TryAdd(kind, 0);
        var bytes = _previous.TryGetValue(key, out var entry) && entry.Kind == kind && entry.Dependencies.All(d => current(d.Name) == d.Digest)
            ? ReadObject(entry.Object) : null;
        if (bytes is null)
        {
            Interlocked.Increment(ref _misses);
            return null;
        }
        Interlocked.Increment(ref _hits);
        _used[key] = entry!;
        return bytes;
    }

    /// <summary>Keeps what a render of <paramref name="kind"/> gave for <paramref name="key"/>, with the lookups it made.</summary>
    /// <param name="copy">
    /// A file the build just wrote with these bytes (the page in the staging tree), to give the object as a second name
    /// (a hard link) instead of writing the bytes again; null, or a file that cannot be linked, and the bytes are written.
    /// The object is still never trusted: a later read checks its bytes against its name, so an edit of the file by
    /// hand (which the object shares) is a miss, and the object is made anew.
    /// </param>
    public void Put(string key, string kind, byte[] bytes, IReadOnlyList<Dependency> dependencies, string? copy = null)
    {
        if (!IsName(kind))
            throw new ArgumentException($"a kind is a lowercase name: '{kind}'", nameof(kind));
        _kinds.TryAdd(kind, 0);
        if (dependencies.FirstOrDefault(d => d.Name.AsSpan().IndexOfAny(" =\n") >= 0) is { Name: { } bad })
            throw new ArgumentException($"a dependency name can't hold a space, '=' or a line break: '{bad}'", nameof(dependencies));
        var name = Hex(SHA256.HashData(bytes));
        _used[key] = new Entry(kind, name, dependencies);
        var path = ObjectPath(name);
        // An object found damaged is written again, so one bad file does not cost every later build its head start.
        if (!_damaged.ContainsKey(name) && Entries.KindOf(path) == EntryKind.Regular)
            return;
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            if (!TryCreateDirectory(folder))
                return;
            _folders.TryAdd(folder, 0);
        }
        if (copy is null || !TryLinkAtomically(copy, path))
            WriteAtomically(path, bytes);
    }

    /// <summary>
    /// Writes the index of what this build rendered, with what earlier builds rendered of kinds this one did not
    /// (a site-only build keeps the PDFs), and removes the objects no entry names any more. Failing to write only
    /// costs the next build its head start, so it never fails the build.
    /// </summary>
    /// <param name="partial">The build rendered only part of its kinds (one week's briefing): it keeps every earlier entry too.</param>
    public void Save(bool partial)
    {
        if (!TryCreateDirectory(_directory))
            return;
        var kept = new SortedDictionary<string, Entry>(_used, StringComparer.Ordinal);
        foreach (var (key, entry) in _previous.Where(e => partial || !_kinds.ContainsKey(e.Value.Kind)))
            kept.TryAdd(key, entry);
        var text = new StringBuilder(Format).Append(' ').Append(_engine).Append('\n');
        foreach (var (key, entry) in kept)
        {
            text.Append(key).Append(' ').Append(entry.Kind).Append(' ').Append(entry.Object);
            foreach (var dependency in entry.Dependencies)
                text.Append(' ').Append(dependency.Name).Append('=').Append(dependency.Digest);
            text.Append('\n');
        }
        WriteAtomically(IndexPath(_directory), Encoding.UTF8.GetBytes(text.ToString()));
        RemoveUnused(kept.Values.Select(e => e.Object).ToHashSet(StringComparer.Ordinal));
    }

    private static Dictionary<string, Entry>? Parse(string text, string engine)
    {
        var lines = text.Split('\n');
        if (lines[0] != $"{Format} {engine}" || lines[^1].Length != 0)
            return null;
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(1, lines.Length - 2))
        {
            var fields = line.Split(' ');
            if (fields.Length < 3 || !IsDigest(fields[0]) || !IsName(fields[1]) || !IsDigest(fields[2]))
                return null;
            var dependencies = new List<Dependency>();
            foreach (var field in fields.AsSpan(3))
            {
                var at = field.LastIndexOf('=');
                if (at <= 0 || !IsDigest(field[(at + 1)..]))
                    return null;
                dependencies.Add(new Dependency(field[..at], field[(at + 1)..]));
            }
            if (!entries.TryAdd(fields[0], new Entry(fields[1], fields[2], dependencies)))
                return null;
        }
        return entries;
    }

    private byte[]? ReadObject(string name)
    {
        try
        {
            var bytes = Entries.ReadRegular(ObjectPath(name), MaxObjectBytes).Bytes;
            if (bytes is not null && Hex(SHA256.HashData(bytes)) == name)
                return bytes;
            _damaged.TryAdd(name, 0);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotRegularFileException)
        {
            _damaged.TryAdd(name, 0);
            return null;
        }
    }

    /// <summary>Removes unused objects: only regular files in real folders of objects/, never through a link planted there.</summary>
    private void RemoveUnused(HashSet<string> used)
    {
        var objects = Path.Combine(_directory, "objects");
        try
        {
            if (Entries.KindOf(objects) != EntryKind.Directory)
                return;
            foreach (var folder in Directory.EnumerateDirectories(objects).Where(f => Entries.KindOf(f) == EntryKind.Directory))
            {
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    if (!used.Contains(Path.GetFileName(folder) + Path.GetFileName(file)))
                        TryDelete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Objects left over cost only space; the next build removes them.
        }
    }

    private string ObjectPath(string name) => Path.Combine(_directory, "objects", name[..2], name[2..]);

    private static string IndexPath(string directory) => Path.Combine(directory, "index");

    /// <summary>A real folder, made if missing: never one reached through a link.</summary>
    private bool TryCreateDirectory(string path)
    {
        try
        {
            for (var folder = path; folder.Length >= _directory.Length; folder = Path.GetDirectoryName(folder)!)
            {
                if (Entries.KindOf(folder) is not (EntryKind.Directory or EntryKind.Missing))
                    return false;
            }
            Directory.CreateDirectory(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A cache that can't be written costs only the next build's head start.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        try
        {
            Entries.Replace(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Makes <paramref name="path"/> a second name of <paramref name="existing"/> in one step: a new name beside it (a
    /// link neither follows nor replaces an entry in the way), renamed over it. False where hard links cannot be made,
    /// or the file is not the builder's own.
    /// </summary>
    private static bool TryLinkAtomically(string existing, string path)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (!LinuxFiles.TryHardLink(existing, temporary))
                return false;
            // A page carried from out/ may be another user's file: the cache keeps only files the builder owns.
            if (LinuxFiles.LinkStatus(temporary) is not { } linked || linked.Owner != LinuxFiles.EffectiveUser)
            {
                TryDelete(temporary);
                return false;
            }
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Entries.KindOf(path) == EntryKind.Regular)
                File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static bool IsDigest(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    private static bool IsName(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || c == '-');

    internal static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);

    /// <summary>The code that renders: a new build of the tool starts from an empty cache.</summary>
    public static string Engine { get; } = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ',
        typeof(RenderCache).Assembly.ManifestModule.ModuleVersionId, typeof(Layout.PdfRenderer).Assembly.ManifestModule.ModuleVersionId))));
}
