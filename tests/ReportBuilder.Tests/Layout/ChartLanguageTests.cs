using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing.Charts;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

/// <summary>A chart's axes speak the document's language when the chart gives it: month names, digit groups, decimal marks.</summary>
public sealed class ChartLanguageTests
{
    private static readonly string[] Ukrainian = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."];

    private static Chart Months(IReadOnlyList<string>? names) => new(
        [new ChartSeries("a", [new ChartPoint(new DateOnly(2024, 10, 1).DayNumber, 1), new ChartPoint(new DateOnly(2025, 1, 31).DayNumber, 2)])])
    { MonthNames = names };

    [Fact]
    public void Month_ticks_use_the_charts_month_names() =>
        Assert.Equal(["жовт. 2024", "лист. 2024", "груд. 2024", "січ. 2025"], XAxis.For(Months(Ukrainian), 6).Ticks.Select(t => t.Label));

    [Fact]
    public void Without_month_names_the_ticks_are_invariant_english() =>
        Assert.Equal(["Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025"], XAxis.For(Months(null), 6).Ticks.Select(t => t.Label));

    [Fact]
    public void The_y_axis_groups_digits_with_the_charts_separator()
    {
        var spec = Documents.New();
        spec.Blocks.Add(Documents.Chart() with { DigitGroupSeparator = "\u00A0", DecimalSeparator = "," });
        using var pdf = Pdf.Render(spec);

        var text = pdf.Text(1);
        Assert.Contains("3\u00A0000", text);
        Assert.DoesNotContain("3,000", text);
    }

    [Fact]
    public void By_default_the_y_axis_groups_digits_with_commas()
    {
        var spec = Documents.New();
        spec.Blocks.Add(Documents.Chart());
        using var pdf = Pdf.Render(spec);

        Assert.Contains("3,000", pdf.Text(1));
    }
}
