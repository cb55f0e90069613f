using ReportBuilder.Layout;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

/// <summary>What does not fit is reported, naming the block, never dropped in silence.</summary>
public sealed class OverflowTests
{
    [Fact]
    public void A_document_that_fits_reports_nothing()
    {
        using var pdf = Pdf.Render(Documents.Briefing(2));

        Assert.Empty(pdf.Result.Overflows);
    }

    [Fact]
    public void A_chart_taller_than_the_page_is_reported_by_its_title()
    {
        var spec = Documents.New();
        spec.Blocks.Add(Documents.Chart() with { Height = 2000 });
        using var pdf = Pdf.Render(spec);

        var overflow = Assert.Single(pdf.Result.Overflows);
        Assert.Equal(1, overflow.Page);
        Assert.Equal("chart 'Estimates by claimant'", overflow.Block);
        Assert.StartsWith("2000 points tall, more than the page's 702", overflow.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_whose_legend_leaves_no_room_for_the_plot_is_reported()
    {
        var series = Enumerable.Range(1, 100).Select(i => new ChartSeries($"Claimant number {i}", [new(0, i), new(1, i + 1)])).ToList();
        var spec = Documents.New();
        spec.Blocks.Add(new Paragraph([new Run("Before the chart.")]));
        spec.Blocks.Add(new Chart(series) { Title = "Crowded", Height = 160 });
        using var pdf = Pdf.Render(spec);

        var overflow = Assert.Single(pdf.Result.Overflows);
        Assert.Equal("chart 'Crowded'", overflow.Block);
        Assert.StartsWith("no room for the plot", overflow.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_taller_than_the_page_is_reported_by_its_first_words()
    {
        var spec = Documents.New();
        spec.Blocks.Add(new Paragraph([new Run("I", new TextStyle { Size = 600 })]));
        using var pdf = Pdf.Render(spec);

        Assert.Contains(pdf.Result.Overflows, o => o.Block == "'I'" && o.Problem.StartsWith("taller than the page", StringComparison.Ordinal));
    }
}
