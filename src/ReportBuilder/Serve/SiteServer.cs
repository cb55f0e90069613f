using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReportBuilder.Serve;

/// <summary>
/// Kestrel serving a <see cref="LiveSite"/> from memory: GET and HEAD only, the site under base_url's path as it
/// will be published (/ redirects there; a folder serves its index.html), the live-reload script and its event stream under
/// <see cref="LiveReload.Prefix"/>. Stopping ends every open event stream, so shutdown does not wait on them.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening on <paramref name="host"/>:<paramref name="port"/> (0 for any free port).</summary>
    public static async Task<SiteServer> StartAsync(LiveSite site, IPAddress host, int port, CancellationToken token)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(host, port);
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context => Handle(context, site, stopping));
        await app.StartAsync(token);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    /// <summary>Cancelled when the server begins to stop, also when the host itself saw Ctrl+C or SIGTERM.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task Handle(HttpContext context, LiveSite site, CancellationToken stopping)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        response.Headers.CacheControl = "no-store";
        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case LiveReload.ScriptPath:
                await Send(context, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            case LiveReload.EventsPath:
                await StreamEvents(context, site, stopping);
                return;
        }
        var served = site.Current;
        if (served.BasePath != "/" && (path == "/" || path + "/" == served.BasePath))
        {
            response.StatusCode = StatusCodes.Status302Found;
            response.Headers.Location = served.BasePath;
            return;
        }
        if (!path.StartsWith(served.BasePath, StringComparison.Ordinal))
        {
            await NotFound(context, served);
            return;
        }
        var relative = path[served.BasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
            relative += "index.html";
        if (served.Files.TryGetValue(relative, out var file))
        {
            await Send(context, 200, ContentType(relative), relative.EndsWith(".html", StringComparison.Ordinal) ? LiveReload.Inject(file.Bytes, served) : file.Bytes);
            return;
        }
        if (Briefing(served, relative) is { } briefing)
        {
            await (briefing.Pdf is { } pdf
                ? Send(context, 200, ContentType(relative), pdf)
                : Send(context, 500, "text/html; charset=utf-8", LiveReload.BriefingFailed(relative, briefing.Diagnostics, served)));
            return;
        }
        if (served.Files.ContainsKey(relative + "/index.html"))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
            return;
        }
        await NotFound(context, served);
    }

    /// <summary>The site's own 404 page (with the overlay while the build fails), or a bare one before any build succeeded.</summary>
    private static Task NotFound(HttpContext context, ServedSite served)
    {
        var page = served.Files.TryGetValue(Core.Views.SitePaths.NotFound, out var file)
            ? file.Bytes
            : Encoding.UTF8.GetBytes("<!DOCTYPE html><title>Not found</title><body><p>Not found</p></body>");
        return Send(context, 404, "text/html; charset=utf-8", LiveReload.Inject(page, served));
    }

    /// <summary>A week's briefing, typeset on first request: only for a week the site has (its Markdown is built with the pages).</summary>
    private static TypesetBriefing? Briefing(ServedSite served, string relative) =>
        served.Briefings is not null && served.Files.ContainsKey(Path.ChangeExtension(relative, ".md")) && served.Briefings.Get(relative) is { } briefing
        && (briefing.Pdf is not null || briefing.Diagnostics.Count > 0)
            ? briefing
            : null;

    /// <summary>One event now with the current state, then one after every rebuild, until the page or the server goes.</summary>
    private static async Task StreamEvents(HttpContext context, LiveSite site, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var sent = -1;
        try
        {
            await response.WriteAsync("retry: 500\n\n", linked.Token);
            while (!linked.IsCancellationRequested)
            {
                var changed = site.Changed;
                var state = site.Current.State;
                if (state != sent)
                {
                    await response.WriteAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"data: {state}\n\n"), linked.Token);
                    await response.Body.FlushAsync(linked.Token);
                    sent = state;
                }
                await changed.WaitAsync(linked.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping: the stream simply ends.
        }
    }

    private static async Task Send(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static string ContentType(string path)
    {
        if (!ContentTypes.TryGetContentType(path, out var type))
            return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".md"] = "text/markdown";
        return provider;
    }
}
