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
    public void Every_measure_page_with_a_dated_level_or_total_carries_its_chart_inline()
    {
        // The chart is inline SVG (no request, no script); the Nu checker above validates it as part of each page.
        // Only dated estimates are charted: an estimate whose date is not given has no place on a time axis;
        // events are never charted, since a line from one report to the next would read as a revision.
        var model = site.Build.Model!;
        var charted = model.Measures.Where(m => m.Kind != Core.Model.MeasureKind.Events).Select(m => m.Id)
            .Where(id => model.Claims.Any(c => c.SaidOn is not null && c.Figures.Any(f => f.MeasureId == id))).ToList();
        Assert.NotEmpty(charted);
        Assert.All(model.Measures, m => Assert.Equal(charted.Contains(m.Id),
            File.ReadAllText(Path.Combine(site.OutDir, "measures", m.Id, "index.html")).Contains("<svg class=\"chart\"", StringComparison.Ordinal)));
    }
}
