using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Layout.Support;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

/// <summary>
/// A measure with more claimants than a chart has colours: both charts draw the same <see cref="ChartedClaimants.Most"/>
/// (most estimates first, ties by id), say how many they leave out, and the briefing's chart still fits its block.
/// </summary>
public sealed partial class ChartedClaimantsTests
{
    private const int Added = 30;
    private const string Busiest = "claimant-07";
    private static readonly SourceSpan Here = SourceSpan.File("test");

    [Fact]
    public void The_claimants_with_the_most_estimates_are_drawn_ties_by_id()
    {
        var charted = ChartedClaimants.Of(Troops().Estimates);

        // 32 claimants of the troops measure: claimant-07 with three estimates, then 31 with one each, by id.
        string[] expected = [Busiest, "claimant-01", "claimant-02", "claimant-03", "claimant-04", "claimant-05"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), charted.Drawn.Order(StringComparer.Ordinal));
        Assert.Equal(Added + 2 - ChartedClaimants.Most, charted.NotDrawn);
    }

    [Fact]
    public void No_two_drawn_claimants_share_a_colour_in_the_briefing() =>
        Assert.True(ChartedClaimants.Most <= ReportBuilder.Layout.ChartStyle.Default.Series.Count);

    [Fact]
    public void A_measure_with_few_claimants_draws_them_all_and_notes_nothing()
    {
        var measure = SiteViews.Build(SampleModel.Build(), ShippedStrings.English).Measures.Single(m => m.Id == "nk-troops-russia");
        var charted = ChartedClaimants.Of(measure.Estimates);

        Assert.Equal(0, charted.NotDrawn);
        Assert.Equal("", charted.Note(ShippedStrings.English, "page"));
        Assert.DoesNotContain("not-drawn", MeasureChart.Render(measure), StringComparison.Ordinal);
    }

    [Fact]
    public void The_briefing_chart_of_many_claimants_fits_and_says_what_it_leaves_out()
    {
        var (measure, week) = (Troops(), Week());
        var chart = BriefingChart.For(measure, week)!;

        Assert.Equal(ChartedClaimants.Most, chart.Series.Count);
        const string note = "and 26 other claimants, not drawn; the measure’s pages list every estimate";
        Assert.Equal(note, chart.Note);
        Assert.EndsWith("; " + note + ".", chart.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Claimant number 30", chart.Description, StringComparison.Ordinal);

        var spec = Documents.New();
        spec.Blocks.Add(chart);
        using var pdf = Pdf.Render(spec);
        Assert.Empty(pdf.Result.Overflows);
        Assert.Contains("26 other claimants, not drawn", pdf.Text(1), StringComparison.Ordinal);

        // The same chart with every claimant has no room for its plot: what the rule prevents.
        var every = measure.Series.Select(s => new ReportBuilder.Layout.ChartSeries(s.Claimant.Label, [.. s.Estimates.Select(e => ReportBuilder.Layout.ChartPoint.OnDate(e.Middle, (double)e.Point))])).ToList();
        var crowded = Documents.New();
        crowded.Blocks.Add(chart with { Series = every, Note = null });
        using var crowdedPdf = Pdf.Render(crowded);
        Assert.NotEmpty(crowdedPdf.Result.Overflows);
    }

    [Fact]
    public void The_web_chart_draws_the_same_claimants_and_says_what_it_leaves_out()
    {
        var svg = MeasureChart.Render(Troops());

        Assert.Equal(ChartedClaimants.Most, SeriesGroup().Matches(svg).Count);
        const string note = "and 26 other claimants, not drawn; the table below, over its pages, lists every estimate";
        Assert.Contains($"<text class=\"not-drawn\"", svg, StringComparison.Ordinal);
        Assert.Contains(note + "</text>", svg, StringComparison.Ordinal);
        Assert.Matches($"<desc [^>]*>[^<]*; {note}\\.</desc>", svg);
        Assert.Contains("Claimant number 7,", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Claimant number 30", svg, StringComparison.Ordinal);
    }

    private static MeasureView Troops() => Views().Measures.Single(m => m.Id == "nk-troops-russia");

    private static WeekView Week() => Views().Weeks.Single(w => w.Id == "2024-W52");

    private static SiteViews Views() => SiteViews.Build(Crowded(), ShippedStrings.English);

    /// <summary>The sample with 30 more claimants of the troops measure, one estimate each, and claimant-07 with three.</summary>
    private static ReportModel Crowded()
    {
        var model = SampleModel.Build();
        var ids = Enumerable.Range(1, Added).Select(i => i.ToString("claimant-00", CultureInfo.InvariantCulture)).ToList();
        var actors = ids.Select((id, i) => new Actor(id, $"Claimant number {i + 1}, a body with a long name", [], "body", null, null, Here));
        var claims = ids.SelectMany(id => Enumerable.Range(1, id == Busiest ? 3 : 1).Select(n => Claim(id, n)));
        var topics = model.Topics.Select(t => t.Id == "deployment" ? t with { Claims = [.. t.Claims, .. claims] } : t);
        return new ReportModel(model.Site, model.Sources, [.. model.Actors, .. actors], model.Measures, [.. topics]);
    }

    private static Claim Claim(string claimant, int n) => new(
        $"{claimant}-troops-{n}", "deployment", "Officials say up to 12,000 North Korean soldiers are inside Russia.", claimant,
        PartialDate.Parse($"2024-12-{20 + n}"), Stance.Asserts,
        [new Evidence("taipei-2024-12-23", 2, "up to 12,000 North Korean soldiers inside Russia", Here)],
        [new Figure("nk-troops-russia", null, null, 12000 - n * 100, Qualifier.UpTo, Here)],
        PartialDate.Parse("2024-12-23")!.Value, Here);

    [GeneratedRegex("<g class=\"series\"")]
    private static partial Regex SeriesGroup();
}
