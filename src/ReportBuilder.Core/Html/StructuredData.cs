using System.Text.Json;
using System.Text.Json.Nodes;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>
/// JSON-LD (schema.org) for the pages that have it: the home page is the <c>WebSite</c>; a week page is a
/// <c>NewsArticle</c> with its briefing as the associated PDF; a claim page is a <c>Claim</c>. Written with every character outside ASCII and
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

    /// <summary>
    /// A claim: its claimant as <c>author</c>; <c>dateCreated</c> when the data says when it was said, and <c>datePublished</c>, when it was first reported, each as the
    /// calendar date that holds it (<see cref="Model.PartialDate.CalendarIso"/>: a week becomes its month or year);
    /// the source that first reported it as <c>firstAppearance</c> and
    /// every source as an <c>appearance</c> (each a <c>CreativeWork</c> with its address, date and outlet); each quote
    /// as a <c>Quotation</c> that is part of its source (not said to be the claimant's words: a source may report them). The desk's paraphrase is the <c>description</c>.
    /// </summary>
    public static string Claim(SiteView site, ClaimPageView page, string canonical)
    {
        var claim = page.Claim;
        var sources = page.Sources.ToDictionary(s => s.Id, s => s, StringComparer.Ordinal);
        JsonObject Author() => new()
        {
            ["@type"] = string.Equals(page.Claimant.Kind, "person", StringComparison.Ordinal) ? "Person" : "Organization",
            ["name"] = page.Claimant.Name,
            ["url"] = SitePaths.Absolute(site.BaseUrl, claim.Claimant.Url),
        };
        JsonObject Work(Model.Source source)
        {
            var work = new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["name"] = Format.SourceTitle(source),
                ["url"] = source.Url ?? SitePaths.Absolute(site.BaseUrl, SitePaths.Source(source.Id)),
            };
            if (source.Published.CalendarIso is { } published)
                work["datePublished"] = published;
            if (source.Outlet is { } outlet)
                work["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = outlet };
            return work;
        }
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Claim",
            ["@id"] = canonical,
            ["url"] = canonical,
            ["description"] = claim.Statement,
            ["author"] = Author(),
        };
        if (page.SaidOn?.CalendarIso is { } said)
            json["dateCreated"] = said;
        if (page.Sources[0].Published.CalendarIso is { } firstReported)
            json["datePublished"] = firstReported;
        json["firstAppearance"] = Work(page.Sources[0]);
        json["appearance"] = new JsonArray([.. page.Sources.Select(s => (JsonNode)Work(s))]);
        json["citation"] = new JsonArray([.. claim.Evidence.Select(e => (JsonNode)new JsonObject
        {
            ["@type"] = "Quotation",
            ["text"] = e.Quote,
            ["isPartOf"] = Work(sources[e.Source.Id]),
        })]);
        json["inLanguage"] = site.Language;
        json["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = site.Title, ["url"] = SitePaths.Absolute(site.BaseUrl, SitePaths.Home) };
        return Write(json);
    }

    private static JsonObject Publisher(SiteView site) => new() { ["@type"] = "Organization", ["name"] = site.Publisher };

    private static string Write(JsonObject json) => json.ToJsonString(Options);
}
