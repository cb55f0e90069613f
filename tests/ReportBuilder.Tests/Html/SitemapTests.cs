using System.Xml.Linq;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>A site with more addresses than one sitemap file holds gets a sitemap index and sitemaps of 10,000 addresses.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static PageView View(int i) => new("t", $"claims/c{i}/index.html", "../../", "topics", "", [])
    {
        Canonical = $"https://example.org/claims/c{i}/",
        Updated = $"2024-{1 + i % 12:00}-01",
    };

    private static string Render(Page page)
    {
        var template = File.ReadAllText(Repo.Path(page.Template));
        var (output, diagnostics) = TemplateHarness.Render(template, page.Variables);
        Assert.Empty(diagnostics);
        return output!;
    }

    [Fact]
    public void Up_to_10000_addresses_are_one_sitemap()
    {
        var page = Assert.Single(SitePages.Sitemaps(Enumerable.Range(0, SitePages.SitemapSize).Select(View)));
        Assert.Equal("sitemap.xml", page.Path);
        Assert.Equal(SitePages.SitemapSize, XDocument.Parse(Render(page)).Root!.Elements(Ns + "url").Count());
    }

    [Fact]
    public void More_go_into_parts_of_10000_listed_by_an_index_with_each_parts_newest_date()
    {
        var pages = SitePages.Sitemaps(Enumerable.Range(0, 20_001).Select(View)).ToList();

        Assert.Equal(["sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml", "sitemap.xml"], pages.Select(p => p.Path));
        var parts = pages.SkipLast(1).Select(p => XDocument.Parse(Render(p)).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList()).ToList();
        Assert.Equal([10_000, 10_000, 1], parts.Select(p => p.Count));
        Assert.Equal(Enumerable.Range(0, 20_001).Select(i => $"https://example.org/claims/c{i}/"), parts.SelectMany(p => p));
        var index = XDocument.Parse(Render(pages[^1])).Root!;
        Assert.Equal("sitemapindex", index.Name.LocalName);
        Assert.Equal(["https://example.org/sitemaps/1.xml", "https://example.org/sitemaps/2.xml", "https://example.org/sitemaps/3.xml"],
            index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        Assert.Equal(["2024-12-01", "2024-12-01", "2024-09-01"], index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "lastmod")!.Value));
    }
}
