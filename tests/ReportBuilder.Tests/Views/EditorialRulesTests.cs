using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

/// <summary>
/// What the views may derive from the data, one rule a test, each on the sample model one edit away: the
/// comparisons of figures as intervals, "disputed" only from the data, latest and change only from dated
/// estimates, events never a revision, and a week that never cites what came out after its "as of".
/// </summary>
public sealed class EditorialRulesTests
{
    [Fact]
    public void Two_lower_bounds_differ_and_do_not_conflict()
    {
        // Zelenskyy "more than 3,000", South Korea "at least 1,100", both on 23 December 2024.
        var views = SiteViews.Build(SampleModel.Build(), ShippedStrings.English);
        var comparison = Assert.Single(views.Measures.Single(m => m.Id == "nk-casualties-kursk").FirstComparisons);
        Assert.Equal("differ", comparison.Verdict);
        Assert.All(views.Measures.SelectMany(m => m.Estimates), e => Assert.False(e.Disputed));
        Assert.Empty(views.Weeks.Single(w => w.Id == "2024-W52").FirstConflicts);
    }

    [Fact]
    public void Disjoint_intervals_conflict()
    {
        // South Korea's "at least 1,100" becomes "up to 2,000": nothing is both above 3,000 and at most 2,000.
        var model = SampleModel.WithClaim(SampleModel.Build(), "south-korea-kursk-losses-1100",
            c => c with { Figures = [new Figure("nk-casualties-kursk", null, null, 2000, Qualifier.UpTo, default)] });
        var views = SiteViews.Build(model, ShippedStrings.English);
        Assert.Equal("conflict", Assert.Single(views.Measures.Single(m => m.Id == "nk-casualties-kursk").FirstComparisons).Verdict);
        Assert.Single(views.Weeks.Single(w => w.Id == "2024-W52").FirstConflicts);
    }

    [Theory]
    [InlineData(Qualifier.Exactly, 3000, Agreement.Agree)]
    [InlineData(Qualifier.About, 3300, Agreement.Differ)]
    [InlineData(Qualifier.About, 3400, Agreement.Conflict)]
    public void About_allows_ten_percent_either_way(Qualifier qualifier, int value, Agreement expected) =>
        Assert.Equal(expected, Interval.Of(new Figure("m", 3000, null, null, Qualifier.Exactly, default))
            .Compare(Interval.Of(new Figure("m", value, null, null, qualifier, default))));

    [Fact]
    public void More_than_excludes_its_bound_and_at_least_includes_it()
    {
        var exactly = Interval.Of(new Figure("m", 3000, null, null, Qualifier.Exactly, default));
        Assert.Equal(Agreement.Conflict, Interval.Of(new Figure("m", null, 3000, null, Qualifier.MoreThan, default)).Compare(exactly));
        Assert.Equal(Agreement.Differ, Interval.Of(new Figure("m", null, 3000, null, Qualifier.AtLeast, default)).Compare(exactly));
    }

    [Fact]
    public void Disputed_comes_only_from_an_explicit_dispute()
    {
        var model = SampleModel.WithClaim(SampleModel.Build(), "south-korea-kursk-losses-1100",
            c => c with { Disputes = ["zelenskyy-kursk-losses-3000"] });
        var views = SiteViews.Build(model, ShippedStrings.English);
        var estimates = views.Measures.Single(m => m.Id == "nk-casualties-kursk").Estimates;
        Assert.True(estimates.Single(e => e.ClaimId == "zelenskyy-kursk-losses-3000").Disputed);
        Assert.False(estimates.Single(e => e.ClaimId == "south-korea-kursk-losses-1100").Disputed);
        var claim = views.ClaimsInTopicOrder().Select(c => views.ClaimPage(c).Claim).Single(c => c.Id == "zelenskyy-kursk-losses-3000");
        Assert.Equal("south-korea-kursk-losses-1100", Assert.Single(claim.DisputedBy).Id);
    }

    [Fact]
    public void An_undated_estimate_is_never_latest_nor_a_change()
    {
        // "up to 12,000" loses its date: the only dated troop figure left is "about 10,000" of 7 November.
        var model = SampleModel.WithClaim(SampleModel.Build(), "officials-troops-12000", c => c with { SaidOn = null });
        var week = SiteViews.Build(model, ShippedStrings.English).Weeks.Single(w => w.Id == "2024-W52");
        var troops = week.KeyFigures.Single(k => k.Measure.Id == "nk-troops-russia");
        Assert.Equal("about 10,000", Assert.Single(troops.Latest).Text);
        Assert.Equal("up to 12,000", Assert.Single(troops.OnSite.Listed).Text);
        Assert.DoesNotContain("12,000", troops.Change, StringComparison.Ordinal);
        Assert.DoesNotContain("10,000", troops.Change, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_are_listed_report_by_report_never_as_a_revision()
    {
        var model = SampleModel.WithKind(SampleModel.Build(), "nk-troops-russia", MeasureKind.Events);
        var views = SiteViews.Build(model, ShippedStrings.English);
        var key = views.Weeks.Single(w => w.Id == "2024-W52").KeyFigures.Single(k => k.Measure.Id == "nk-troops-russia");
        Assert.Empty(key.Latest);
        Assert.Equal(["about 10,000", "up to 12,000"], key.InBriefing.Listed.Select(e => e.Text));
        Assert.DoesNotContain("was", key.Change, StringComparison.Ordinal);
        Assert.Contains("not a running total", key.Change, StringComparison.Ordinal);
        Assert.Empty(views.Measures.Single(m => m.Id == "nk-troops-russia").FirstComparisons);
        Assert.All(views.Weeks, w => Assert.DoesNotContain(w.ChartMeasures, m => m.Id == "nk-troops-russia"));
    }

    [Fact]
    public void A_week_never_cites_a_source_that_came_out_after_its_as_of()
    {
        // The 8 November claim also cites the article of 23 December: week 45 shows only the November quote.
        var model = SampleModel.WithClaim(SampleModel.Build(), "pentagon-troops-kursk-10000", c => c with
        {
            Evidence = [.. c.Evidence, new Evidence("taipei-2024-12-23", 2, "up to 12,000 North Korean soldiers inside Russia", default)],
        });
        var views = SiteViews.Build(model, ShippedStrings.English);
        var week45 = views.Weeks.Single(w => w.Id == "2024-W45");
        Assert.Equal(["joongang-2024-11-08"], week45.Sources.Select(s => s.Source.Id));
        Assert.All(week45.Topics.SelectMany(t => t.Claims).SelectMany(c => c.Evidence), e => Assert.Equal("joongang-2024-11-08", e.Source.Id));
        Assert.Equal("10 November 2024", week45.AsOf);
        var week52 = views.Weeks.Single(w => w.Id == "2024-W52");
        Assert.DoesNotContain(week52.NewSources, s => s.Id == "joongang-2024-11-08");
    }

    [Fact]
    public void A_title_the_document_does_not_carry_is_shown_as_the_desks_description()
    {
        var model = SampleModel.Build();
        Assert.Equal("[Pentagon: 10,000 North Korean troops in Kursk]", Format.SourceTitle(model.SourceById["joongang-2024-11-08"]));
        Assert.NotEqual("", new Format(ShippedStrings.English).TitleNote(model.SourceById["joongang-2024-11-08"]));
        var headline = model.SourceById["joongang-2024-11-08"] with { TitleIsHeadline = true };
        Assert.Equal(("Pentagon: 10,000 North Korean troops in Kursk", ""), (Format.SourceTitle(headline), new Format(ShippedStrings.English).TitleNote(headline)));
    }

    [Fact]
    public void The_timeline_orders_by_date_said_and_keeps_undated_claims_apart()
    {
        var model = SampleModel.WithClaim(SampleModel.Build(), "officials-troops-12000", c => c with { SaidOn = null });
        var groups = SiteViews.Build(model, ShippedStrings.English).Timeline().Groups;
        Assert.Equal(["2024-10", "2024-11", "2024-12", "date-not-given"], groups.Select(g => g.Link.Id));
        Assert.Equal(["officials-troops-12000"], groups[^1].Claims.Select(c => c.Id));
        Assert.Equal("October 2024", groups[0].Link.Label);
    }
}
