using System.Security.Cryptography;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;

namespace ReportBuilder.Core.Caching;

/// <summary>
/// The cache as a render step uses it: <see cref="GetOrRender"/> returns what an earlier build rendered from the same
/// inputs, or renders and keeps it. A render's key is the digest of the engine, every file under templates/, the kind of
/// output and the inputs the step names; what the render looks up on the way (a measure's chart) it records in its
/// <see cref="Lookups"/>, and a later hit requires each of those to have the same digest still. A render that reports
/// any diagnostic is never kept, so a cached build reports what a clean one would. Without a cache
/// (<see cref="None"/>) it only renders.
/// </summary>
internal sealed class CachedRender
{
    private readonly RenderCache? _cache;
    private readonly string _templates;
    private readonly Func<string, string?> _current;
    private readonly ViewFingerprint _fingerprint;

    private CachedRender(RenderCache? cache, string templates, Func<string, string?> current, ViewFingerprint fingerprint)
    {
        _cache = cache;
        _templates = templates;
        _current = current;
        _fingerprint = fingerprint;
    }

    /// <summary>Renders every time: for builds in memory (diff, serve, tests).</summary>
    public static CachedRender None { get; } = new(null, "", _ => null, new ViewFingerprint());

    /// <param name="lookups">What each lookup a render may make reads, by name (see <see cref="ChartLookup"/>).</param>
    public static CachedRender Over(RenderCache cache, ProjectFiles files, IReadOnlyDictionary<string, object> lookups)
    {
        var fingerprint = new ViewFingerprint();
        return new CachedRender(cache, TemplatesDigest(files), name => lookups.TryGetValue(name, out var value) ? RenderCache.Hex(fingerprint.Of(value)) : null, fingerprint);
    }

    /// <summary>The lookup of a measure's chart: a render that charts it depends on the measure's view.</summary>
    public static string ChartLookup(string measure) => "chart:" + measure;

    public byte[]? GetOrRender(string kind, object?[] inputs, Func<Lookups, DiagnosticBag, byte[]?> render, DiagnosticBag diagnostics) =>
        GetOrRender(kind, inputs, render, diagnostics, null);

    /// <summary>
    /// As <see cref="GetOrRender(string, object?[], Func{Lookups, DiagnosticBag, byte[]?}, DiagnosticBag)"/>, and hands the
    /// bytes to <paramref name="sink"/> as <paramref name="path"/>; a new render kept for later is then a second name of
    /// the file the sink made (<see cref="IOutputSink.Location"/>), not a second copy of its bytes.
    /// </summary>
    public void RenderInto(IOutputSink sink, string path, string kind, object?[] inputs, Func<Lookups, DiagnosticBag, byte[]?> render, DiagnosticBag diagnostics) =>
        GetOrRender(kind, inputs, render, diagnostics, new OutputAt(sink, path));

    private byte[]? GetOrRender(string kind, object?[] inputs, Func<Lookups, DiagnosticBag, byte[]?> render, DiagnosticBag diagnostics, OutputAt? output)
    {
        if (_cache is null)
            return Emit(output, render(new Lookups(), diagnostics));
        var key = RenderCache.Hex(_fingerprint.Of([RenderCache.Engine, _templates, kind, .. inputs]));
        if (_cache.Get(key, kind, _current) is { } cached)
            return Emit(output, cached);
        var lookups = new Lookups();
        var own = new DiagnosticBag();
        var bytes = Emit(output, render(lookups, own));
        if (own.Count > 0)
            diagnostics.AddRange(own.ToSortedList());
        var dependencies = lookups.Names.Order(StringComparer.Ordinal).Select(name => new RenderCache.Dependency(name, _current(name) ?? "")).ToList();
        if (own.Count == 0 && bytes is not null && dependencies.All(d => d.Digest.Length > 0))
            _cache.Put(key, kind, bytes, dependencies, output?.Sink.Location(output.Path));
        return bytes;
    }

    /// <summary>Where a render's bytes go as they are made.</summary>
    private sealed record OutputAt(IOutputSink Sink, string Path);

    private static byte[]? Emit(OutputAt? output, byte[]? bytes)
    {
        if (output is not null && bytes is not null)
            output.Sink.Add(new OutputFile(output.Path, bytes));
        return bytes;
    }

    /// <summary>What one render looked up beyond its inputs, by name (<c>chart:troops-in-russia</c>).</summary>
    public sealed class Lookups
    {
        internal HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public void Add(string name) => Names.Add(name);
    }

    private static string TemplatesDigest(ProjectFiles files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        BuildStamp.AddFiles(hash, files.All.Where(f => f.Path.StartsWith(TemplateSet.Folder, StringComparison.Ordinal)));
        return RenderCache.Hex(hash.GetHashAndReset());
    }
}
