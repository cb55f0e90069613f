using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// Where every page lives in out/, as a site-relative path. Views hold these paths; each page turns them into
/// links relative to itself (<see cref="Relative"/>), so the site works from any base path and from disk.
/// Directories are linked as <c>…/index.html</c> because a browser opening file:// does not add it.
/// </summary>
internal static class SitePaths
{
    public const string Home = "index.html";
    public const string Weeks = "weeks/index.html";
    public const string Topics = "topics/index.html";
    public const string Actors = "actors/index.html";
    public const string Measures = "measures/index.html";
    public const string Sources = "sources/index.html";
    public const string Timeline = "timeline/index.html";
    public const string Search = "search/index.html";
    public const string SearchIndex = "search/index.js";
    public const string NotFound = "404.html";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";

    /// <summary>Part <paramref name="number"/> of a sitemap too long for one file (see <c>SitePages.Sitemaps</c>).</summary>
    public static string SitemapPart(int number) => $"sitemaps/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.xml";
    public const string Robots = "robots.txt";
    public const string Data = "data.json";
    public const string DataSchema = "data.schema.json";
    public const string Stylesheet = "assets/site.css";

    public static string Week(IsoWeek week) => $"weeks/{week}/index.html";
    public static string Topic(string id) => $"topics/{id}/index.html";
    public static string Actor(string id) => $"actors/{id}/index.html";
    public static string Measure(string id) => $"measures/{id}/index.html";
    public static string Source(string id) => $"sources/{id}/index.html";
    public static string Briefing(IsoWeek week) => $"briefings/{week}.pdf";
    public static string BriefingMarkdown(IsoWeek week) => $"briefings/{week}.md";

    /// <summary>The anchor of a source line: <c>L3</c> for line 3 (1-based, as in the data).</summary>
    public static string LineAnchor(int line) => "L" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string SourceLine(string sourceId, int line) => Source(sourceId) + "#" + LineAnchor(line);

    /// <summary>The anchor of a claim on any page that shows it.</summary>
    public static string ClaimAnchor(string claimId) => "claim-" + claimId;

    /// <summary>A claim's own page: the citable unit every list links to.</summary>
    public static string Claim(string id) => $"claims/{id}/index.html";

    /// <summary>A month of the timeline (<c>2024-10</c>), a year whose month is not given, or <c>date-not-given</c>.</summary>
    public static string TimelinePart(string id) => $"timeline/{id}/index.html";

    /// <summary>
    /// Page <paramref name="number"/> of a list whose first page is <paramref name="firstPage"/>: the first page keeps its
    /// address, later ones go under it (<c>topics/casualties/page/2/index.html</c>).
    /// </summary>
    public static string ListPage(string firstPage, int number) =>
        number == 1 ? firstPage : $"{firstPage[..^"index.html".Length]}page/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/index.html";

    /// <summary>
    /// A page's public address, the one canonical links, the sitemap and the feed all give: base_url joined with its
    /// path, a folder's index.html dropped (<c>https://example.org/site/weeks/2024-W52/</c>).
    /// </summary>
    public static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + "/" + WithoutIndex(path);

    /// <summary>
    /// A link from base_url's path (<c>/site/assets/site.css</c>), for the 404 page: a server shows it at any
    /// missing address, at any depth, where relative links would lead nowhere.
    /// </summary>
    public static string FromSiteRoot(string baseUrl, string target) =>
        IsExternal(target) ? target : new Uri(baseUrl).AbsolutePath.TrimEnd('/') + "/" + WithoutIndex(target);

    private static string WithoutIndex(string path)
    {
        const string index = "index.html";
        return path.EndsWith(index, StringComparison.Ordinal) && (path.Length == index.Length || path[^(index.Length + 1)] == '/')
            ? path[..^index.Length]
            : path;
    }

    private static bool IsExternal(string target) =>
        target.Length == 0 || target[0] == '#' || target.Contains("://", StringComparison.Ordinal) ||
        target.StartsWith("mailto:", StringComparison.Ordinal);

    /// <summary>"../../" for <c>weeks/2024-W52/index.html</c>; "" for <c>index.html</c>.</summary>
    public static string RootFrom(string pagePath)
    {
        var depth = pagePath.AsSpan().Count('/');
        return depth < Ups.Length ? Ups[depth] : string.Concat(Enumerable.Repeat("../", depth));
    }

    // Every page's links start with one of these: made once, not once a link.
    private static readonly string[] Ups = [.. Enumerable.Range(0, 8).Select(depth => string.Concat(Enumerable.Repeat("../", depth)))];

    /// <summary>A site-relative path as seen from <paramref name="pagePath"/>; absolute URLs and bare anchors pass through.</summary>
    public static string Relative(string pagePath, string target)
    {
        if (IsExternal(target))
            return target;
        // A link to the page itself keeps only its anchor, so in-page links never reload.
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0 && string.Equals(target[..hash], pagePath, StringComparison.Ordinal))
            return target[hash..];
        return RootFrom(pagePath) + target;
    }

    /// <summary>The folder of out/ that holds the briefings, their PDFs and Markdown.</summary>
    public const string BriefingsFolder = "briefings";

    /// <summary>Whether a path in out/ is a briefing's PDF: what `build --only pdf` makes and `build --only site` leaves in place.</summary>
    public static bool IsBriefingPdf(string path) =>
        path.StartsWith(BriefingsFolder + "/", StringComparison.Ordinal) && path.EndsWith(".pdf", StringComparison.Ordinal);
}
