using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Commands;
using ReportBuilder.Core;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Serve;

/// <summary>
/// The site as <c>serve</c> keeps it: built in memory through the render cache beside out/ (<see cref="ServeCache"/>),
/// rebuilt when a file under data/ or templates/ changes. A failed rebuild keeps the last good files and records its
/// diagnostics, which also go to the terminal. A briefing's PDF is typeset when first asked for, from the same model.
/// Waiters on <see cref="Changed"/> wake after every rebuild.
/// </summary>
internal sealed class LiveSite(string projectDirectory, TextWriter log)
{
    private readonly Lock _gate = new();
    private readonly ServeCache _cache = new(projectDirectory);
    private ServedSite _current = ServedSite.Empty;
    private string? _signature;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServedSite Current { get { lock (_gate) return _current; } }

    /// <summary>Completes at the next rebuild. Take it before reading <see cref="Current"/>, so no rebuild is missed.</summary>
    public Task Changed { get { lock (_gate) return _changed.Task; } }

    public void Rebuild()
    {
        var clock = Stopwatch.StartNew();
        // Taken before the files are read: a save made while this build runs differs from it, so the next poll rebuilds.
        _signature = ProjectSignature.Of(projectDirectory);
        var files = ProjectFiles.FromDirectory(projectDirectory);
        var sink = new MemorySink();
        var build = _cache.Use(folder => Pipeline.Build(files, new BuildOptions { Pdf = false, CacheFolder = folder }, sink));
        ServedSite next;
        lock (_gate)
        {
            next = build.Succeeded
                ? new ServedSite(_current.State + 1, sink.Files.ToDictionary(f => f.Path, StringComparer.Ordinal), [],
                    new ServedBriefings(week => Typeset(build.Prepared!, week)), new Uri(build.Model!.Site.BaseUrl).AbsolutePath)
                : _current with { State = _current.State + 1, Diagnostics = build.Diagnostics };
            _current = next;
            var waiters = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.SetResult();
        }
        if (build.Succeeded)
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve: built {build.Pages} pages in {clock.ElapsedMilliseconds} ms ({Renders(build)}){ModelSummary.Of(build.Model!).Uncurated()}"));
        else
            Report(build.Diagnostics, "still serving the last good build");
    }

    /// <summary>Polls the project every <paramref name="interval"/> and rebuilds when it changed, until cancelled.</summary>
    public async Task WatchAsync(TimeSpan interval, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (string.Equals(ProjectSignature.Of(projectDirectory), _signature, StringComparison.Ordinal))
                continue;
            try
            {
                Rebuild();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug of ours: say so in one line and keep serving the last good site.
                log.WriteLine($"serve: internal error while rebuilding: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>One week's PDF, alone, from the views, templates and files the served pages were built from.</summary>
    private TypesetBriefing Typeset(PreparedBuild prepared, IsoWeek week)
    {
        var clock = Stopwatch.StartNew();
        var sink = new MemorySink();
        var build = _cache.Use(folder => Pipeline.Render(prepared, new BuildOptions { Site = false, Week = week, CacheFolder = folder }, sink));
        if (!build.Succeeded)
        {
            Report(build.Diagnostics, $"the briefing {week} shows them instead of its PDF");
            return new TypesetBriefing(null, build.Diagnostics);
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve: typeset the briefing {week} in {clock.ElapsedMilliseconds} ms ({Renders(build)})"));
        return new TypesetBriefing(sink.Files.FirstOrDefault(f => f.Path == SitePaths.Briefing(week))?.Bytes, []);
    }

    private static string Renders(BuildResult build) => build.Cache == default
        ? "without the render cache: a build holds out/'s lock, or it cannot be taken"
        : string.Create(CultureInfo.InvariantCulture, $"{build.Cache.Misses} rendered, {build.Cache.Hits} from the cache");

    private void Report(IReadOnlyList<Diagnostic> diagnostics, string consequence)
    {
        DiagnosticPrinter.Text(diagnostics, log, colour: false);
        log.WriteLine($"serve: {Counted.Of(diagnostics.Count, "error")}; {consequence}");
    }
}
