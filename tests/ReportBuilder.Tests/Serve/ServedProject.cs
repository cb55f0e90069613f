using System.Net;
using ReportBuilder.Serve;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Serve;

/// <summary>
/// The small fixture project (tests/fixtures/base data with the real templates) in a temporary folder, served on
/// 127.0.0.1 at a free port, with an open event stream to wait for rebuilds. Every wait is bounded.
/// </summary>
internal sealed class ServedProject : IAsyncDisposable
{
    /// <summary>Generous, for a machine shared with other builds; tests never assert on time, only wait at most this long.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;
    private readonly StreamReader _events;

    private ServedProject(string directory, StringWriter log, LiveSite site, SiteServer server, HttpClient http, StreamReader events)
    {
        Directory_ = directory;
        Log = log;
        Server = server;
        Http = http;
        _events = events;
        _watch = site.WatchAsync(TimeSpan.FromMilliseconds(50), _stop.Token);
    }

    public string Directory_ { get; }
    public StringWriter Log { get; }
    public SiteServer Server { get; }
    public HttpClient Http { get; }

    public static async Task<ServedProject> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("rb-serve-").FullName;
        CliRunner.CopyTree(Repo.Path("tests/fixtures/base/data"), Path.Combine(directory, "data"));
        CliRunner.CopyTree(Repo.Path("templates"), Path.Combine(directory, "templates"));
        var log = new StringWriter { NewLine = "\n" };
        var site = new LiveSite(directory, TextWriter.Synchronized(log));
        site.Rebuild();
        var server = await SiteServer.StartAsync(site, IPAddress.Loopback, 0, CancellationToken.None);
        // The fixture's base_url is https://example.org/fixture/: the site is served under /fixture/, as it will be published.
        var http = new HttpClient { BaseAddress = new Uri(server.Address, "fixture/"), Timeout = Patience };
        var stream = await http.GetStreamAsync(new Uri(server.Address, LiveReload.EventsPath.TrimStart('/')));
        var events = new StreamReader(stream);
        var served = new ServedProject(directory, log, site, server, http, events);
        Assert.Equal("1", await served.NextStateAsync());
        return served;
    }

    /// <summary>The next state the event stream reports (one per rebuild).</summary>
    public async Task<string> NextStateAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        for (var i = 0; i < 100; i++)
        {
            var line = await _events.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the event stream ended");
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                return line["data: ".Length..];
        }
        throw new InvalidOperationException("no state in the first 100 lines of the event stream");
    }

    /// <summary>
    /// Waits, state by state, until the terminal's last "serve: built" line ends with <paramref name="ending"/>, and
    /// returns it; throws, with the terminal's log, when ten rebuilds or the patience pass without one. For a change
    /// made in more than one write (`new source` writes a text, then its sheet), where a poll may see the first write
    /// alone and rebuild once before the change is whole.
    /// </summary>
    public Task<string> BuiltLineAsync(string ending) => BuiltLineAsync(line => line.EndsWith(ending, StringComparison.Ordinal), $"ending in '{ending}'");

    /// <summary>As <see cref="BuiltLineAsync(string)"/>, until the last "serve: built" line is one <paramref name="wanted"/> accepts.</summary>
    public async Task<string> BuiltLineAsync(Func<string, bool> wanted, string what)
    {
        for (var states = 0; states < 10; states++)
        {
            var last = Log.ToString().Split('\n').LastOrDefault(l => l.StartsWith("serve: built", StringComparison.Ordinal));
            if (last is not null && wanted(last))
                return last;
            await NextStateAsync();
        }
        throw new InvalidOperationException($"no build {what} in 10 rebuilds:\n{Log}");
    }

    /// <summary>Replaces <paramref name="from"/> by <paramref name="to"/> in a project file and waits for the rebuild it causes.</summary>
    public async Task EditAsync(string path, string from, string to)
    {
        var full = Path.Combine(Directory_, path);
        var text = await File.ReadAllTextAsync(full);
        Assert.Contains(from, text, StringComparison.Ordinal);
        // Saved as many editors save, whole and in one rename, so no poll can see a half-written file.
        var temporary = Path.Combine(Directory_, "edit.tmp");
        await File.WriteAllTextAsync(temporary, text.Replace(from, to, StringComparison.Ordinal));
        File.Move(temporary, full, overwrite: true);
        await NextStateAsync();
    }

    /// <summary>Every file and folder in the project but the render cache's own, in ordinal order.</summary>
    public List<string> ProjectEntries() =>
        [.. Directory.EnumerateFileSystemEntries(Directory_, "*", SearchOption.AllDirectories)
            .Where(e => !e.StartsWith(Path.Combine(Directory_, ".out.cache") + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public async Task<string> PageAsync(string path) => await Http.GetStringAsync(path);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch;
        _events.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
        _stop.Dispose();
        Directory.Delete(Directory_, recursive: true);
    }
}
