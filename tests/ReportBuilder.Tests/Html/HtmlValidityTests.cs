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
    public void Every_inline_svg_chart_is_valid_in_its_page()
    {
        var measures = site.Files(".html").Where(f => f.Contains("/measures/", StringComparison.Ordinal)).ToList();
        Assert.Contains(measures, f => File.ReadAllText(f).Contains("<svg class=\"chart\"", StringComparison.Ordinal));
    }
}
