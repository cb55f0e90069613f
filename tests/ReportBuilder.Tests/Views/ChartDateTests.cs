using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

/// <summary>
/// Where an estimate sits on a time axis: the middle of the days it may have been said on, one rule
/// (<see cref="EstimateView.Middle"/>) that the web chart and the PDF chart both plot at.
/// </summary>
public sealed partial class ChartDateTests
{
    private const string Pentagon = "pentagon-troops-kursk-10000";

    [Theory]
    [InlineData("2024-11-07", "2024-11-07")] // a day is itself
    [InlineData("2024-11", "2024-11-16")] // 30 days: 15 before the 16th, 15 from it
    [InlineData("2024-10", "2024-10-16")] // 31 days: the 16th at noon, rounded down to its day
    [InlineData("2024-W45", "2024-11-07")] // Monday 4 to Sunday 10 November: the Thursday
    public void An_estimate_sits_in_the_middle_of_its_days(string saidOn, string middle) =>
        Assert.Equal(DateOnly.Parse(middle, CultureInfo.InvariantCulture), Estimate(saidOn).Middle);

    [Fact]
    public void Web_and_pdf_charts_place_a_month_on_the_same_day()
    {
        var measure = Troops("2024-11");
        var pentagon = measure.Estimates.Single(e => e.ClaimId == Pentagon);
        var week = SiteViews.Build(Model("2024-11"), ShippedStrings.English).Weeks.Single(w => w.Week.Equals(pentagon.IsoWeek));

        var pdfPoint = BriefingChart.For(measure, week)!.Series.SelectMany(s => s.Points).Single(p => p.Y == 10_000);
        Assert.Equal(new DateOnly(2024, 11, 16), DateOnly.FromDayNumber((int)pdfPoint.X));

        // The web chart draws the month as a bar from its first day to the day after its last; its marker is at the
        // bar's middle, which for 30 days is the 16th.
        var svg = MeasureChart.Render(measure);
        var estimate = Regex.Match(svg, "<g class=\"estimate\"><title>[^<]*10,000[^<]*</title>(.*?)</g>").Groups[1].Value;
        var bar = BarEnds().Match(estimate);
        var marker = Marker().Match(estimate);
        Assert.True(bar.Success && marker.Success, estimate);
        var middle = (Number(bar.Groups[1].Value) + Number(bar.Groups[2].Value)) / 2;
        Assert.Equal(middle, Number(marker.Groups[1].Value), 0.1);
    }

    private static EstimateView Estimate(string saidOn) => Troops(saidOn).Estimates.Single(e => e.ClaimId == Pentagon);

    private static MeasureView Troops(string saidOn) =>
        SiteViews.Build(Model(saidOn), ShippedStrings.English).Measures.Single(m => m.Id == "nk-troops-russia");

    private static ReportModel Model(string saidOn) =>
        SampleModel.WithClaim(SampleModel.Build(), Pentagon, c => c with { SaidOn = PartialDate.Parse(saidOn) });

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("<line x1=\"([0-9.]+)\" x2=\"([0-9.]+)\" y1=\"[0-9.]+\" y2=\"[0-9.]+\" stroke-width=\"4\"")]
    private static partial Regex BarEnds();

    [GeneratedRegex("<circle cx=\"([0-9.]+)\" cy=\"[0-9.]+\" r=\"5\"/>")]
    private static partial Regex Marker();
}
