using System.Text.Json;
using System.Text.Json.Nodes;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>
/// JSON-LD (schema.org) for the pages that have it: the home page is the <c>WebSite</c>; a week page is a
/// <c>NewsArticle</c> with its briefing as the associated PDF. Written with every character outside ASCII and
/// every &lt; &gt; &amp; escaped, so it can never close its &lt;script&gt; element.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string WebSite(SiteView site) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = site.Title,
        ["url"] = SitePaths.Absolute(site.BaseUrl, SitePaths.Home),
        ["description"] = site.Description,
        ["inLanguage"] = site.Language,
        ["publisher"] = Publisher(site),
    });

    public static string NewsArticle(SiteView site, WeekView week, string description, string updated, string briefingName) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = $"{week.Title}: {week.Range}",
        ["description"] = description,
        ["url"] = SitePaths.Absolute(site.BaseUrl, week.Url),
        ["mainEntityOfPage"] = SitePaths.Absolute(site.BaseUrl, week.Url),
        ["datePublished"] = week.UpdatedIso,
        ["dateModified"] = string.CompareOrdinal(updated, week.UpdatedIso) > 0 ? updated : week.UpdatedIso,
        ["inLanguage"] = site.Language,
        ["author"] = Publisher(site),
        ["publisher"] = Publisher(site),
        ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = site.Title, ["url"] = SitePaths.Absolute(site.BaseUrl, SitePaths.Home) },
        ["associatedMedia"] = new JsonObject
        {
            ["@type"] = "MediaObject",
            ["name"] = briefingName,
            ["contentUrl"] = SitePaths.Absolute(site.BaseUrl, week.PdfUrl),
            ["encodingFormat"] = "application/pdf",
        },
    });

    private static JsonObject Publisher(SiteView site) => new() { ["@type"] = "Organization", ["name"] = site.Publisher };

    private static string Write(JsonObject json) => json.ToJsonString(Options);
}
