using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>One address per page (canonical link, sitemap and feed agree), and each page's metadata.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class PublicAddressTests(SiteFixture site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private string BaseUrl => site.Build.Model!.Site.BaseUrl;

    private string Page(string path) => File.ReadAllText(Path.Combine(site.OutDir, path));

    private Dictionary<string, string> CanonicalByFile() =>
        site.Files(".html").Where(f => Path.GetFileName(f) != "404.html").ToDictionary(
            f => Path.GetRelativePath(site.OutDir, f).Replace('\\', '/'),
            f => Assert.Single(Canonical().Matches(File.ReadAllText(f))).Groups[1].Value, StringComparer.Ordinal);

    [GeneratedRegex("""<link rel="canonical" href="([^"]*)">""")]
    private static partial Regex Canonical();

    [Fact]
    public void Every_page_has_one_canonical_address_on_base_url_and_the_sitemap_lists_exactly_those()
    {
        var canonical = CanonicalByFile();
        var sitemap = XDocument.Parse(Page("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Equal(canonical.Values.Order(StringComparer.Ordinal), sitemap.Order(StringComparer.Ordinal));
        Assert.Equal(BaseUrl, canonical["index.html"]);
        Assert.Equal(BaseUrl + "weeks/2024-W52/", canonical["weeks/2024-W52/index.html"]);
        Assert.All(canonical, kv => Assert.Equal(BaseUrl + kv.Key[..^"index.html".Length], kv.Value));
        Assert.DoesNotContain("canonical", Page("404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_entries_are_the_week_pages_canonical_addresses_updated_at_their_as_of()
    {
        var canonical = CanonicalByFile();
        var feed = XDocument.Parse(Page("feed.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();

        Assert.Equal(site.Build.Model!.Claims.Select(c => c.Week).Distinct().Count(), entries.Count);
        foreach (var entry in entries)
        {
            var url = entry.Element(Atom + "id")!.Value;
            var week = url[(BaseUrl + "weeks/").Length..^1];
            Assert.Equal(canonical[$"weeks/{week}/index.html"], url);
            var asOf = Regex.Match(Page($"weeks/{week}/index.html"), "\"datePublished\":\"([0-9-]+)").Groups[1].Value;
            Assert.Equal(asOf + "T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        }
        Assert.Equal(canonical["index.html"], feed.Element(Atom + "id")!.Value);
    }

    [Fact]
    public void Lastmod_is_per_page_the_newest_date_of_the_data_it_shows()
    {
        var lastmod = XDocument.Parse(Page("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")!.Value, StringComparer.Ordinal);
        var model = site.Build.Model!;
        var asOf = model.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(asOf, lastmod[BaseUrl]);
        Assert.True(lastmod.Values.Distinct().Count() > 1, "every lastmod is the same");
        var source = model.Sources[0];
        var citing = model.Claims.Where(c => c.Evidence.Any(e => e.SourceId == source.Id)).Select(c => c.SaidOn?.End)
            .Append(source.Published.End).OfType<DateOnly>();
        Assert.True(DateOnly.Parse(lastmod[$"{BaseUrl}sources/{source.Id}/"], System.Globalization.CultureInfo.InvariantCulture) >= citing.Max());
        Assert.All(lastmod.Values, d => Assert.True(string.CompareOrdinal(d, asOf) <= 0, d));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap() =>
        Assert.Equal($"User-agent: *\nAllow: /\nSitemap: {BaseUrl}sitemap.xml\n", Page("robots.txt"));

    [Fact]
    public void Pages_carry_open_graph_and_twitter_cards_and_a_favicon()
    {
        var week = Page("weeks/2024-W52/index.html");

        Assert.Contains("""<meta property="og:type" content="article">""", week);
        Assert.Contains($"""<meta property="og:url" content="{BaseUrl}weeks/2024-W52/">""", week);
        Assert.Contains("""<meta property="og:title" content="Week 52, 2024">""", week);
        Assert.Contains("""<meta name="twitter:card" content="summary">""", week);
        Assert.Contains("""<link rel="icon" type="image/svg+xml" href="../../assets/favicon.svg">""", week);
        Assert.Contains("""<meta property="og:type" content="website">""", Page("index.html"));
        Assert.All(site.Files(".html"), f => Assert.Contains("<meta property=\"og:site_name\"", File.ReadAllText(f)));
    }

    [Fact]
    public void Json_ld_says_website_on_home_and_news_article_with_its_briefing_on_each_week()
    {
        var home = StructuredData(Page("index.html"));
        Assert.Equal(("WebSite", BaseUrl), (home.GetProperty("@type").GetString(), home.GetProperty("url").GetString()));

        foreach (var file in Directory.GetFiles(Path.Combine(site.OutDir, "weeks"), "index.html", SearchOption.AllDirectories).Where(f => Path.GetDirectoryName(f) != Path.Combine(site.OutDir, "weeks")))
        {
            var week = Path.GetFileName(Path.GetDirectoryName(file))!;
            var article = StructuredData(File.ReadAllText(file));
            Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
            Assert.Equal($"{BaseUrl}weeks/{week}/", article.GetProperty("url").GetString());
            Assert.Equal($"{BaseUrl}briefings/{week}.pdf", article.GetProperty("associatedMedia").GetProperty("contentUrl").GetString());
            Assert.True(string.CompareOrdinal(article.GetProperty("dateModified").GetString(), article.GetProperty("datePublished").GetString()) >= 0);
        }
    }

    private static JsonElement StructuredData(string html) =>
        JsonDocument.Parse(Regex.Match(html, """<script type="application/ld\+json">(.*?)</script>""").Groups[1].Value).RootElement.Clone();
}
