using System.Text.RegularExpressions;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>
/// The search page opened from disk in a real browser: the index loads as a script, words and facets narrow the
/// claims, results link to the claims' pages; without JavaScript the page still lists every topic and actor.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class SearchPageTests(SiteFixture site)
{
    private string Page(string query) => new Uri(Path.Combine(site.OutDir, "search", "index.html")).AbsoluteUri + query;

    private static IReadOnlyList<string> ResultLinks(string dom)
    {
        var start = dom.IndexOf("id=\"search-results\"", StringComparison.Ordinal);
        var results = dom[start..dom.IndexOf("</ol>", start, StringComparison.Ordinal)];
        return [.. ResultLink().Matches(results).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public void Words_from_disk_find_every_claim_that_has_them_and_link_to_it()
    {
        var dom = HeadlessChromium.DumpDom(Page("?q=kursk+3,000"));
        var expected = site.Build.Model!.Claims.Where(c => Mentions(c, "Kursk") && Mentions(c, "3,000"))
            .Select(c => c.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Contains($"<p id=\"search-status\" role=\"status\">{(expected.Count == 1 ? "1 claim matches." : $"{expected.Count} claims match.")}</p>", dom, StringComparison.Ordinal);
        var links = ResultLinks(dom);
        // Each result links to its claim's own page.
        Assert.Equal(expected.Order(StringComparer.Ordinal).Select(id => $"../claims/{id}/index.html"), links.Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(site.OutDir, l[3..])), l));
    }

    [Fact]
    public void Facets_narrow_the_claims_and_count_what_each_would_give()
    {
        var all = HeadlessChromium.DumpDom(Page("?q=Kursk"));
        var casualties = HeadlessChromium.DumpDom(Page("?q=Kursk&topic=casualties"));
        var inTopic = site.Build.Model!.Claims.Count(c => c.TopicId == "casualties" && Mentions(c, "Kursk"));
        Assert.Equal(inTopic, ResultLinks(casualties).Count);
        var topicClaims = site.Build.Model!.Claims.Where(c => c.TopicId == "casualties").Select(c => $"../claims/{c.Id}/index.html").ToHashSet(StringComparer.Ordinal);
        Assert.All(ResultLinks(casualties), l => Assert.Contains(l, topicClaims));
        Assert.Contains($"<label for=\"facet-topic-0\">Casualties ({inTopic})</label>", all, StringComparison.Ordinal);
        Assert.True(ResultLinks(all).Count > ResultLinks(casualties).Count);
        foreach (var legend in new[] { "Topic", "Claimant", "Week", "Figure", "Stance" })
            Assert.Contains($"<legend>{legend}</legend>", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_javascript_the_page_offers_every_topic_and_actor()
    {
        var html = File.ReadAllText(Path.Combine(site.OutDir, "search", "index.html"));
        Assert.Contains("<div id=\"search-app\" class=\"search\" data-root=\"../\" data-plural=\"one-other\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"search-q\">", html, StringComparison.Ordinal);
        foreach (var topic in site.Build.Model!.Topics)
            Assert.Contains($"href=\"../topics/{topic.Id}/index.html\"", html, StringComparison.Ordinal);
        foreach (var actor in site.Build.Model!.Actors)
            Assert.Contains($"href=\"../actors/{actor.Id}/index.html\"", html, StringComparison.Ordinal);
    }

    /// <summary>What the page promises to search: statement, quotes, claimant's name and aliases, topic, figures' measures.</summary>
    private bool Mentions(Core.Model.Claim claim, string word)
    {
        var model = site.Build.Model!;
        var actor = model.ActorById[claim.ClaimantId];
        IEnumerable<string> texts = [claim.Statement, .. claim.Evidence.Select(e => e.Quote), actor.Name, .. actor.Aliases,
            model.TopicById[claim.TopicId].Title, .. claim.Figures.Select(f => model.MeasureById[f.MeasureId].Label)];
        return texts.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("<li><a href=\"([^\"]+)\">")]
    private static partial Regex ResultLink();
}
