using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// One page open in headless Chromium (installed by tools/setup.sh), driven over the DevTools protocol: for
/// tests that need a page to live on — a reload, a script reacting to the server. Every wait is bounded.
/// </summary>
internal sealed partial class ChromiumPage : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly Process _browser;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private int _lastId;

    private ChromiumPage(Process browser, string profile, ClientWebSocket socket) => (_browser, _profile, _socket) = (browser, profile, socket);

    public static async Task<ChromiumPage> OpenAsync(Uri url)
    {
        var profile = Directory.CreateTempSubdirectory("rb-chromium-").FullName;
        var browser = HeadlessChromium.Start(profile, "--remote-debugging-port=0", url.AbsoluteUri);
        using var timeout = new CancellationTokenSource(Limit);
        string? endpoint = null;
        for (var i = 0; i < 200 && endpoint is null; i++)
        {
            var line = await browser.StandardError.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("chromium ended before it listened");
            endpoint = DevToolsLine().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
        }
        // Keep draining both pipes, or Chromium may block on a full one.
        _ = browser.StandardError.ReadToEndAsync(CancellationToken.None);
        _ = browser.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var http = new HttpClient { Timeout = Limit };
        using var targets = JsonDocument.Parse(await http.GetStringAsync($"http://{endpoint ?? throw new InvalidOperationException("chromium printed no DevTools address")}/json", timeout.Token));
        var page = targets.RootElement.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), timeout.Token);
        return new ChromiumPage(browser, profile, socket);
    }

    /// <summary>The page's visible text now; empty while it is between two documents.</summary>
    public async Task<string> TextAsync()
    {
        var id = ++_lastId;
        var request = JsonSerializer.Serialize(new { id, method = "Runtime.evaluate", @params = new { expression = "document.body ? document.body.innerText : ''", returnByValue = true } });
        using var timeout = new CancellationTokenSource(Limit);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, true, timeout.Token);
        for (var i = 0; i < 1000; i++)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync(timeout.Token));
            if (!reply.RootElement.TryGetProperty("id", out var replyId) || replyId.GetInt32() != id)
                continue;
            // Mid-reload the old document's context is gone: the answer is an error, and the page has no text yet.
            return reply.RootElement.TryGetProperty("result", out var outer) && outer.TryGetProperty("result", out var inner) &&
                inner.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : "";
        }
        throw new InvalidOperationException("no answer to Runtime.evaluate among 1000 messages");
    }

    /// <summary>Polls the page's text until it holds <paramref name="text"/>; fails after the limit.</summary>
    public async Task<string> WaitForTextAsync(string text)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Limit)
        {
            var now = await TextAsync();
            if (now.Contains(text, StringComparison.Ordinal))
                return now;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the page did not show '{text}' within {Limit.TotalSeconds} s");
    }

    private async Task<string> ReceiveAsync(CancellationToken token)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _browser.Kill(entireProcessTree: true);
        await _browser.WaitForExitAsync();
        _browser.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    [GeneratedRegex(@"DevTools listening on ws://([^/]+)/")]
    private static partial Regex DevToolsLine();
}
