using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;
using Scriban.Runtime;

namespace ReportBuilder.Tests.Views;

/// <summary>
/// A briefing's key figures list every undated estimate and every event report first reported in the week, and of
/// those first reported before it the five first reported last; the rest are counted, exactly, and left to the
/// measure's pages. On the sample model plus undated troop figures, each first reported on the day given.
/// </summary>
public sealed class KeyFigureBoundTests
{
    private const string Week = "2024-W52"; // the sample's officials-troops-12000 (dated) is first reported in it
    private const string Fresh = "2024-12-23";

    // Earlier weeks, oldest first; W45 holds the sample's dated Pentagon figure.
    private static readonly string[] EarlierDays =
        ["2024-10-01", "2024-10-08", "2024-10-15", "2024-10-22", "2024-10-29", "2024-11-19", "2024-11-26"];

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void A_list_within_the_bound_is_the_whole_list(int earlier)
    {
        var key = KeyFigure(SampleModel.WithUndatedTroopFigures([.. EarlierDays[..earlier], Fresh]), "nk-troops-russia");
        Assert.Equal(earlier + 1, key.InBriefing.Listed.Count);
        Assert.Equal(0, key.InBriefing.NotListed);
    }

    [Fact]
    public void Just_over_the_bound_leaves_out_the_one_first_reported_earliest()
    {
        var key = KeyFigure(SampleModel.WithUndatedTroopFigures([.. EarlierDays[..6], Fresh, Fresh]), "nk-troops-russia");
        Assert.Equal(8, key.InBriefing.Listed.Count + key.InBriefing.NotListed);
        Assert.Equal(["undated-2", "undated-3", "undated-4", "undated-5", "undated-6", "undated-7", "undated-8"], key.InBriefing.Listed.Select(e => e.ClaimId));
        Assert.Equal(1, key.InBriefing.NotListed);
    }

    [Fact]
    public void Earlier_ones_first_reported_in_one_week_are_kept_in_the_lists_order_up_to_the_bound()
    {
        // Seven first reported in week 45 and one in week 47: the week-47 one and the last four of week 45, by claimant then id.
        var key = KeyFigure(SampleModel.WithUndatedTroopFigures(["2024-11-04", "2024-11-04", "2024-11-04", "2024-11-04", "2024-11-04", "2024-11-04", "2024-11-04", "2024-11-19"]),
            "nk-troops-russia");
        Assert.Equal(["undated-4", "undated-5", "undated-6", "undated-7", "undated-8"], key.InBriefing.Listed.Select(e => e.ClaimId));
        Assert.Equal(3, key.InBriefing.NotListed);
    }

    [Fact]
    public void Every_report_of_the_week_is_listed_with_five_earlier_ones_in_the_order_said()
    {
        // Events: the dated Pentagon report (week 45) and seven undated ones earlier; this week the officials' dated one and two undated.
        var model = SampleModel.WithKind(SampleModel.WithUndatedTroopFigures([.. EarlierDays, Fresh, Fresh]), "nk-troops-russia", MeasureKind.Events);
        var key = KeyFigure(model, "nk-troops-russia");
        Assert.Equal(11, key.InBriefing.Listed.Count + key.InBriefing.NotListed);
        // Earlier, newest first reported: undated-7 (W48), undated-6 (W47), the Pentagon's (W45), undated-5 (W44), undated-4 (W43).
        Assert.Equal(["pentagon-troops-kursk-10000", "officials-troops-12000", "undated-4", "undated-5", "undated-6", "undated-7", "undated-8", "undated-9"],
            key.InBriefing.Listed.Select(e => e.ClaimId));
        Assert.Equal(11 - 3 - 5, key.InBriefing.NotListed);
        Assert.Contains("11 separate reports", key.Change, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_with_nothing_new_for_a_measure_lists_its_five_last_first_reported()
    {
        // Week 2 of 2025 brings only a casualty figure: the troop figures are all old.
        var model = SampleModel.WithUndatedTroopFigures([.. EarlierDays, Fresh]);
        model = SampleModel.WithClaim(model, "undated-1", c => c with
        {
            FirstReported = PartialDate.Parse("2025-01-08")!.Value,
            Figures = [new Figure("nk-casualties-kursk", 4000, null, null, Qualifier.About, default)],
        });
        var key = KeyFigure(model, "nk-troops-russia", "2025-W02");
        Assert.Empty(key.New);
        Assert.Equal(7, key.InBriefing.Listed.Count + key.InBriefing.NotListed);
        Assert.Equal(["undated-4", "undated-5", "undated-6", "undated-7", "undated-8"], key.InBriefing.Listed.Select(e => e.ClaimId));
        Assert.Equal(2, key.InBriefing.NotListed);
    }

    [Fact]
    public void The_briefing_says_how_many_it_leaves_out_and_links_the_measure()
    {
        var undated = Markdown(SampleModel.WithUndatedTroopFigures([.. EarlierDays, Fresh]), Week);
        Assert.Equal(6, Lines(undated, "soldiers (Volodymyr Zelenskyy, first reported"));
        Assert.Contains("\n\nNot listed here, first reported before this week: 2 estimates. [The measure’s page lists every estimate](measures/nk-troops-russia/index.html).\n",
            undated, StringComparison.Ordinal);

        var events = Markdown(SampleModel.WithKind(SampleModel.WithUndatedTroopFigures([.. EarlierDays[..6]]), "nk-troops-russia", MeasureKind.Events), Week);
        Assert.Contains("\n\nNot listed here, first reported before this week: 2 separate reports. [The measure’s page lists every report](measures/nk-troops-russia/index.html).\n",
            events, StringComparison.Ordinal);

        var within = Markdown(SampleModel.WithUndatedTroopFigures([.. EarlierDays[..5]]), Week);
        Assert.Equal(5, Lines(within, "soldiers (Volodymyr Zelenskyy, first reported"));
        Assert.DoesNotContain("Not listed here", within, StringComparison.Ordinal);
    }

    private static KeyFigureView KeyFigure(ReportModel model, string measure, string week = Week) =>
        SiteViews.Build(model, ShippedStrings.English).Weeks.Single(w => w.Id == week).KeyFigures.Single(k => k.Measure.Id == measure);

    private static string Markdown(ReportModel model, string week)
    {
        var views = SiteViews.Build(model, ShippedStrings.English);
        var templates = TemplateSet.Parse(Repo.Files(Repo.Root, "templates"));
        var renderer = new TemplateRenderer(templates, Escaping.Markdown, TemplateFunctions.Create(views.Site.BaseUrl, new Format(ShippedStrings.English)), TemplateOptions.Default);
        var bag = new DiagnosticBag();
        var text = renderer.Render(BriefingMarkdownSyntax.TemplatePath,
            new ScriptObject { ["site"] = views.Site, ["week"] = views.Weeks.Single(w => w.Id == week) }, bag);
        Assert.Empty(bag.ToSortedList());
        return Assert.IsType<string>(text);
    }

    private static int Lines(string markdown, string containing) =>
        markdown.Split('\n').Count(l => l.StartsWith("- **", StringComparison.Ordinal) && l.Contains(containing, StringComparison.Ordinal));
}
