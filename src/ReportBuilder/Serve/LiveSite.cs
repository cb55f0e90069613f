using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Commands;
using ReportBuilder.Core;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;

namespace ReportBuilder.Serve;

/// <summary>
/// The site as <c>serve</c> keeps it: built in memory (nothing is written to disk), rebuilt when a file under
/// data/ or templates/ changes. A failed rebuild keeps the last good files and records its diagnostics, which
/// also go to the terminal. Waiters on <see cref="Changed"/> wake after every rebuild.
/// </summary>
internal sealed class LiveSite(string projectDirectory, TextWriter log)
{
    private readonly Lock _gate = new();
    private ServedSite _current = ServedSite.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServedSite Current { get { lock (_gate) return _current; } }

    /// <summary>Completes at the next rebuild. Take it before reading <see cref="Current"/>, so no rebuild is missed.</summary>
    public Task Changed { get { lock (_gate) return _changed.Task; } }

    public void Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var files = ProjectFiles.FromDirectory(projectDirectory);
        var build = Pipeline.Build(files, new BuildOptions { Pdf = false });
        ServedSite next;
        lock (_gate)
        {
            next = build.Succeeded
                ? new ServedSite(_current.State + 1, build.Files.ToDictionary(f => f.Path, StringComparer.Ordinal), [],
                    new Lazy<BuildResult>(() => Pipeline.Build(files, new BuildOptions { Site = false })), new Uri(build.Model!.Site.BaseUrl).AbsolutePath)
                : _current with { State = _current.State + 1, Diagnostics = build.Diagnostics };
            _current = next;
            var waiters = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.SetResult();
        }
        if (build.Succeeded)
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve: built {build.Pages} pages in {clock.ElapsedMilliseconds} ms"));
        else
            Report(build.Diagnostics);
    }

    /// <summary>Polls the project every <paramref name="interval"/> and rebuilds when it changed, until cancelled.</summary>
    public async Task WatchAsync(TimeSpan interval, CancellationToken token)
    {
        var seen = ProjectSignature.Of(projectDirectory);
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
            var now = ProjectSignature.Of(projectDirectory);
            if (string.Equals(now, seen, StringComparison.Ordinal))
                continue;
            seen = now;
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

    private void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        DiagnosticPrinter.Text(diagnostics, log, colour: false);
        log.WriteLine($"serve: {diagnostics.Count} error{(diagnostics.Count == 1 ? "" : "s")}; still serving the last good build");
    }
}
