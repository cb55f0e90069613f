using System.Text.Json;
using System.Text.RegularExpressions;
using ReportBuilder.Core;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Loading;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>Each claim has its own page, the citable unit, and every list, the search and the sitemap lead to it.</summary>
public sealed partial class ClaimPageTests
{
    private const string Page = "claims/zelenskyy-kursk-losses-3000/index.html";

    private static readonly IReadOnlyDictionary<string, string> Site = RenderSite();

    private static IReadOnlyDictionary<string, string> RenderSite()
    {
        var sink = new MemorySink();
        var render = Pipeline.Render(SampleModel.Build(), ProjectDocuments.Load(ProjectFiles.FromDirectory(Repo.Root)), new BuildOptions { Pdf = false }, sink);
        Assert.True(render.Succeeded, string.Join("\n", render.Diagnostics));
        return sink.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);
    }

    [Fact]
    public void Every_claim_has_a_page_and_the_sitemap_lists_it()
    {
        var sitemap = Site["sitemap.xml"];
        foreach (var claim in SampleModel.Build().Claims)
        {
            Assert.True(Site.ContainsKey($"claims/{claim.Id}/index.html"), claim.Id);
            Assert.Contains($"<loc>https://example.org/nk/claims/{claim.Id}/</loc>", sitemap, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_quote_is_marked_inside_its_whole_source_line_with_the_lines_around_it()
    {
        var html = Site[Page];
        Assert.Contains("<p class=\"line-text\">TAIPEI, Taiwan – Ukrainian President Volodymyr Zelenskyy said <mark>more than 3,000 North Korean soldiers had been killed or wounded</mark> in Russia’s Kursk region.</p>", html, StringComparison.Ordinal);
        // Line 1 has no line before it; the next non-blank line follows, linked to its anchor on the source's page.
        Assert.Contains("href=\"../../sources/taipei-2024-12-23/index.html#L2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#L0\"", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-12-23\">23 December 2024</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void It_links_its_claimant_topic_week_measures_and_neighbours_in_its_topic()
    {
        var html = Site[Page];
        foreach (var href in new[] { "../../actors/zelenskyy/index.html", "../../topics/casualties/index.html", "../../weeks/2024-W52/index.html", "../../measures/nk-casualties-kursk/index.html" })
            Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        // The topic's two claims, in its pages' order: the first has no previous one, the last no next one.
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"prev\" href=\"../../claims/south-korea-kursk-losses-1100/index.html\">", html, StringComparison.Ordinal);
        var first = Site["claims/south-korea-kursk-losses-1100/index.html"];
        Assert.Contains("<a rel=\"next\" href=\"../../claims/zelenskyy-kursk-losses-3000/index.html\">", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_structured_data_is_a_claim_by_its_claimant_first_appearing_in_its_source_with_the_quote()
    {
        var json = JsonDocument.Parse(LdJson().Match(Site[Page]).Groups[1].Value).RootElement;
        Assert.Equal("Claim", json.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/nk/claims/zelenskyy-kursk-losses-3000/", json.GetProperty("url").GetString());
        Assert.Equal("Person", json.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Volodymyr Zelenskyy", json.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2024-12-23", json.GetProperty("dateCreated").GetString());
        Assert.Equal("2024-12-23", json.GetProperty("datePublished").GetString());
        var source = json.GetProperty("firstAppearance");
        Assert.Equal("CreativeWork", source.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/taipei", source.GetProperty("url").GetString());
        Assert.Equal("Taipei Times", source.GetProperty("publisher").GetProperty("name").GetString());
        var quote = Assert.Single(json.GetProperty("citation").EnumerateArray());
        Assert.Equal("Quotation", quote.GetProperty("@type").GetString());
        Assert.Equal("more than 3,000 North Korean soldiers had been killed or wounded", quote.GetProperty("text").GetString());
    }

    [Fact]
    public void An_undated_claim_gives_no_date_created_and_a_source_without_url_points_to_its_page_here()
    {
        var json = JsonDocument.Parse(LdJson().Match(Site["claims/pentagon-troops-kursk-10000/index.html"]).Groups[1].Value).RootElement;
        Assert.Equal("https://example.org/nk/sources/joongang-2024-11-08/", json.GetProperty("firstAppearance").GetProperty("url").GetString());
        Assert.False(json.GetProperty("firstAppearance").TryGetProperty("publisher", out _));
        Assert.Equal("Organization", json.GetProperty("author").GetProperty("@type").GetString());
    }

    [Fact]
    public void Lists_link_to_claim_pages_and_the_week_page_shows_claims_in_one_line_without_their_quotes()
    {
        Assert.Contains("href=\"../../claims/zelenskyy-kursk-losses-3000/index.html\"", Site["topics/casualties/index.html"], StringComparison.Ordinal);
        Assert.Contains("href=\"../../claims/zelenskyy-kursk-losses-3000/index.html\"", Site["timeline/2024-12/index.html"], StringComparison.Ordinal);
        var week = Site["weeks/2024-W52/index.html"];
        Assert.Contains("<li class=\"claim-line\"><a class=\"claimant\" href=\"../../actors/zelenskyy/index.html\">Volodymyr Zelenskyy</a>", week, StringComparison.Ordinal);
        Assert.Contains("href=\"../../claims/zelenskyy-kursk-losses-3000/index.html\"", week, StringComparison.Ordinal);
        Assert.DoesNotContain("had been killed or wounded", week, StringComparison.Ordinal);
        // The briefing keeps every quote in full.
        Assert.Contains("more than 3,000 North Korean soldiers had been killed or wounded", Site["briefings/2024-W52.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_week_page_names_the_measures_its_briefing_charts()
    {
        var markdown = Site["briefings/2024-W52.md"];
        Assert.Contains("```chart nk-casualties-kursk", markdown, StringComparison.Ordinal);
        var week = Site["weeks/2024-W52/index.html"];
        // Named with a link to the measure's page, not drawn: a chart of every estimate grows with the data. The measure's
        // page charts only dated estimates (of at most six claimants), so it is said to list, not chart, every estimate.
        Assert.Matches("charts its dated estimates, and its pages list every estimate:\\s*<a href=\"../../measures/nk-casualties-kursk/index.html\">North Korean casualties in Kursk</a>.", week);
        Assert.DoesNotContain("<svg", week, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>")]
    private static partial Regex LdJson();
}
