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

    public static byte[] Inject(byte[] html, ServedSite site)
    {
        var text = Encoding.UTF8.GetString(html);
        var addition = new StringBuilder();
        if (site.Failing)
            addition.Append(Overlay(site.Diagnostics));
        addition.Append("<script src=\"").Append(ScriptPath).Append("?state=")
            .Append(site.State.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\"></script>\n");
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var result = end < 0 ? text + addition : text.Insert(end, addition.ToString());
        return Encoding.UTF8.GetBytes(result);
    }

    /// <summary>Every diagnostic, as the terminal prints it, in a dialog over the page.</summary>
    public static string Overlay(IReadOnlyList<Diagnostic> diagnostics)
    {
        var html = new StringBuilder();
        html.Append("<div id=\"").Append(OverlayId).Append("\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;")
            .Append("background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 monospace;padding:2rem\">\n")
            .Append("<p style=\"font-weight:bold;color:#ff8a80\">The latest build failed (").Append(diagnostics.Count)
            .Append(diagnostics.Count == 1 ? " error" : " errors").Append("); this is the last good page. Fix the files and it reloads.</p>\n<ul>\n");
        foreach (var d in diagnostics)
        {
            html.Append("<li style=\"margin-bottom:1em\">").Append(WebUtility.HtmlEncode(d.ToString()));
            if (d.Hint is not null)
                html.Append("<br>hint: ").Append(WebUtility.HtmlEncode(d.Hint));
            html.Append("</li>\n");
        }
        return html.Append("</ul>\n</div>\n").ToString();
    }
}
