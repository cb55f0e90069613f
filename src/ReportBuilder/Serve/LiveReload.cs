using System.Net;
using System.Text;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Serve;

/// <summary>
/// What <c>serve</c> adds to each HTML page, and only there: a small script that listens for rebuilds
/// (Server-Sent Events) and reloads the page, and, while the latest build fails, an overlay listing every
/// diagnostic over the last good page. A built site never holds either.
/// </summary>
internal static class LiveReload
{
    public const string Prefix = "/__reportbuilder/";
    public const string ScriptPath = Prefix + "live.js";
    public const string EventsPath = Prefix + "events";
    public const string OverlayId = "reportbuilder-overlay";

    /// <summary>Reloads when the server reports a state other than the one the page was served in.</summary>
    public const string Script = """
        (function () {
          var me = document.currentScript;
          var state = new URL(me.src).searchParams.get("state");
          var events = new EventSource(new URL("events", me.src));
          events.onmessage = function (e) { if (e.data !== state) { events.close(); location.reload(); } };
        })();
        """;

    public static byte[] Inject(byte[] html, ServedSite site) =>
        Inject(html, site, site.Failing ? Overlay($"The latest build failed ({Errors(site.Diagnostics)}); under this layer is the last good build's page, if there was one. Fix the files and it reloads.", site.Diagnostics) : null);

    /// <summary>What serve shows for a briefing whose PDF could not be typeset: a page with its diagnostics, which reloads on the next build.</summary>
    public static byte[] BriefingFailed(string path, IReadOnlyList<Diagnostic> diagnostics, ServedSite site)
    {
        var title = WebUtility.HtmlEncode($"{path} could not be typeset");
        var page = $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n</body>\n</html>\n";
        return Inject(Encoding.UTF8.GetBytes(page), site,
            Overlay($"{path} could not be typeset ({Errors(diagnostics)}); the pages are fine. Fix the files and it reloads.", diagnostics));
    }

    private static byte[] Inject(byte[] html, ServedSite site, string? overlay)
    {
        var text = Encoding.UTF8.GetString(html);
        var addition = new StringBuilder();
        addition.Append(overlay);
        addition.Append("<script src=\"").Append(ScriptPath).Append("?state=")
            .Append(site.State.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\"></script>\n");
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var result = end < 0 ? text + addition : text.Insert(end, addition.ToString());
        return Encoding.UTF8.GetBytes(result);
    }

    /// <summary>Every diagnostic, as the terminal prints it, on an opaque layer over the page, so no page text runs through it.</summary>
    private static string Overlay(string heading, IReadOnlyList<Diagnostic> diagnostics)
    {
        var html = new StringBuilder();
        html.Append("<div id=\"").Append(OverlayId).Append("\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;")
            .Append("margin:0;background:#141414;color:#fff;font:14px/1.5 monospace;padding:2rem;overflow-wrap:anywhere\">\n")
            .Append("<p style=\"font-weight:bold;color:#ff8a80\">").Append(WebUtility.HtmlEncode(heading)).Append("</p>\n<ul>\n");
        foreach (var d in diagnostics)
        {
            html.Append("<li style=\"margin-bottom:1em\">").Append(WebUtility.HtmlEncode(d.ToString()));
            if (d.Hint is not null)
                html.Append("<br>hint: ").Append(WebUtility.HtmlEncode(d.Hint));
            html.Append("</li>\n");
        }
        return html.Append("</ul>\n</div>\n").ToString();
    }

    private static string Errors(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 1 ? "1 error" : $"{diagnostics.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} errors";
}
