using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

public sealed class SiteViewsTests
{
    private static readonly SiteViews Views = SiteViews.Build(SampleModel.Build(), ShippedStrings.English);

    [Fact]
    public void Estimates_that_do_not_overlap_in_time_are_not_compared()
    {
        // "about 10,000" on 7 November and "up to 12,000" in the week of 16 December: different times.
        var troops = Views.Measures.Single(m => m.Id == "nk-troops-russia");
        Assert.Empty(troops.FirstComparisons);
        Assert.Equal(["2024-11-07", "2024-W51"], troops.Estimates.Select(e => e.DateIso));
    }

    [Fact]
    public void A_week_lists_the_claims_first_reported_in_it_by_topic_and_what_is_new()
    {
        var week = Views.Weeks.Single(w => w.Id == "2024-W52");
        Assert.Equal(["casualties", "deployment"], week.Topics.Select(t => t.Group.Id));
        Assert.Equal(["officials-troops-12000", "south-korea-kursk-losses-1100", "zelenskyy-kursk-losses-3000"], week.Timeline.Select(c => c.Id));
        Assert.Equal("briefings/2024-W52.pdf", week.PdfUrl);
        var casualties = week.KeyFigures.Single(k => k.Measure.Id == "nk-casualties-kursk");
        Assert.True(casualties.NewThisWeek);
        Assert.Equal(2, casualties.Latest.Count);
        var troops = week.KeyFigures.Single(k => k.Measure.Id == "nk-troops-russia");
        Assert.True(troops.NewThisWeek);
        Assert.Equal("up to 12,000", Assert.Single(troops.Latest).Text);
    }

    [Fact]
    public void A_month_precise_claim_sits_in_the_week_it_was_first_reported_and_a_source_line_knows_its_claims()
    {
        var week = Views.Weeks.Single(w => w.Id == "2024-W45");
        Assert.Contains(week.Timeline, c => c.Id == "south-korea-containers-october" && c.Date == "October 2024" && c.FirstReported == "8 November 2024");
        var taipei = Views.Source(SampleModel.Build().SourceById["taipei-2024-12-23"]);
        Assert.Equal("L3", taipei.Lines[2].Anchor);
        Assert.Equal("south-korea-kursk-losses-1100", Assert.Single(taipei.Lines[2].Claims).Id);
        Assert.Equal(("Weather, not about the war.", false), (taipei.Lines[3].NotUsedReason, taipei.Lines[3].Used));
    }

    [Fact]
    public void Views_are_pure_the_same_model_gives_equal_views() =>
        Assert.Equal(Serialized(SiteViews.Build(SampleModel.Build(), ShippedStrings.English)), Serialized(Views));

    [Fact]
    public void Week_views_are_the_same_whatever_the_number_of_threads_that_build_them() =>
        Assert.Equal(Serialized(SiteViews.Build(SampleModel.Build(), ShippedStrings.English, new ParallelOptions { MaxDegreeOfParallelism = 1 })),
            Serialized(SiteViews.Build(SampleModel.Build(), ShippedStrings.English, new ParallelOptions { MaxDegreeOfParallelism = 4 })));

    /// <summary>The views built up front and every page's view, as JSON.</summary>
    private static string Serialized(SiteViews views)
    {
        var model = SampleModel.Build();
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            views.Site,
            views.Weeks,
            views.Measures,
            Topics = model.Topics.Select(views.Topic).ToList(),
            Actors = model.Actors.Select(views.Actor).ToList(),
            Sources = model.Sources.Select(views.Source).ToList(),
            Timeline = views.Timeline(),
            Claims = views.ClaimsInTopicOrder().Select(views.ClaimPage).ToList(),
        });
    }
}
