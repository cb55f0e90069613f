using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public void Every_page_passes_the_Nu_HTML_checker()
    {
        var errors = NuChecker.Errors(site.Files(".html"));
        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join("\n", errors.Take(40)));
    }

    [Fact]
    public void Every_measure_page_carries_its_chart_inline()
    {
        // The chart is inline SVG (no request, no script); the Nu checker above validates it as part of each page.
        var measures = site.Files(".html").Where(f => f.Contains("/measures/", StringComparison.Ordinal) && !f.EndsWith("/measures/index.html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(measures);
        Assert.All(measures, f => Assert.Contains("<svg class=\"chart\"", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
