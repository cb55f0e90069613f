using System.Buffers;
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
        // Written straight to a writer, not built as a tree first: there is one a claim page, 50,000 at 50,000 claims.
        var claim = page.Claim;
        var sources = page.Sources.ToDictionary(s => s.Id, s => s, StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Claim");
            json.WriteString("@id", canonical);
            json.WriteString("url", canonical);
            json.WriteString("description", claim.Statement);
            json.WriteStartObject("author");
            json.WriteString("@type", string.Equals(page.Claimant.Kind, "person", StringComparison.Ordinal) ? "Person" : "Organization");
            json.WriteString("name", page.Claimant.Name);
            json.WriteString("url", SitePaths.Absolute(site.BaseUrl, claim.Claimant.Url));
            json.WriteEndObject();
            if (page.SaidOn?.CalendarIso is { } said)
                json.WriteString("dateCreated", said);
            if (page.Sources[0].Published.CalendarIso is { } firstReported)
                json.WriteString("datePublished", firstReported);
            json.WritePropertyName("firstAppearance");
            Work(page.Sources[0]);
            json.WriteStartArray("appearance");
            foreach (var source in page.Sources)
                Work(source);
            json.WriteEndArray();
            json.WriteStartArray("citation");
            foreach (var evidence in claim.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Quotation");
                json.WriteString("text", evidence.Quote);
                json.WritePropertyName("isPartOf");
                Work(sources[evidence.Source.Id]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("inLanguage", site.Language);
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "WebSite");
            json.WriteString("name", site.Title);
            json.WriteString("url", SitePaths.Absolute(site.BaseUrl, SitePaths.Home));
            json.WriteEndObject();
            json.WriteEndObject();

            void Work(Model.Source source)
            {
                json.WriteStartObject();
                json.WriteString("@type", "CreativeWork");
                json.WriteString("name", Format.SourceTitle(source));
                json.WriteString("url", source.Url ?? SitePaths.Absolute(site.BaseUrl, SitePaths.Source(source.Id)));
                if (source.Published.CalendarIso is { } published)
                    json.WriteString("datePublished", published);
                if (source.Outlet is { } outlet)
                {
                    json.WriteStartObject("publisher");
                    json.WriteString("@type", "Organization");
                    json.WriteString("name", outlet);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonObject Publisher(SiteView site) => new() { ["@type"] = "Organization", ["name"] = site.Publisher };

    private static string Write(JsonObject json) => json.ToJsonString(Options);
}
