using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;
using Scriban.Runtime;

namespace ReportBuilder.Tests.Views;

/// <summary>
/// A week page's key figures (and the home page's, the latest week's) list the undated estimates and the event reports
/// first reported in the week and count those first reported before it, leaving them to the measure's pages. The rule
/// is the view's (<see cref="KeyFigureView.OnSite"/>); the partial only shows it. On the sample model plus undated troop
/// figures by Zelenskyy, each first reported on the day given; week 52 of 2024 also brings the officials' dated figure.
/// </summary>
public sealed class WeekPageKeyFigureTests
{
    private const string Week = "2024-W52";
    private const string Fresh = "2024-12-23";
    private const string Troops = "nk-troops-russia";
    private static readonly string[] EarlierDays = ["2024-10-01", "2024-10-08", "2024-11-19"];

    [Fact]
    public void The_weeks_undated_estimates_are_listed_and_the_earlier_ones_counted()
    {
        var key = KeyFigure(SampleModel.WithUndatedTroopFigures([.. EarlierDays, Fresh, Fresh]));
        Assert.Equal(["undated-4", "undated-5"], key.OnSite.Listed.Select(e => e.ClaimId));
        Assert.Equal(3, key.OnSite.NotListed);
        // The briefing's rule, from the same function: within its bound of five earlier ones, the whole list.
        Assert.Equal(5, key.InBriefing.Listed.Count);
        Assert.Equal(0, key.InBriefing.NotListed);
    }

    [Fact]
    public void With_none_earlier_nothing_is_counted_and_no_line_says_so()
    {
        var model = SampleModel.WithUndatedTroopFigures([Fresh]);
        var key = KeyFigure(model);
        Assert.Equal("undated-1", Assert.Single(key.OnSite.Listed).ClaimId);
        Assert.Equal(0, key.OnSite.NotListed);
        var html = Html(model, ShippedStrings.English);
        Assert.Contains("Date not given: <strong class=\"figure\">100</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("first reported earlier", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_week_with_only_earlier_ones_lists_none_and_counts_them_all()
    {
        // Week 2 of 2025 brings only a casualty figure: every troop figure known by then came earlier.
        var model = SampleModel.WithClaim(SampleModel.WithUndatedTroopFigures([.. EarlierDays, Fresh]), "undated-1", c => c with
        {
            FirstReported = PartialDate.Parse("2025-01-08")!.Value,
            Figures = [new Figure("nk-casualties-kursk", 4000, null, null, Qualifier.About, default)],
        });
        var key = KeyFigure(model, "2025-W02");
        Assert.Empty(key.New);
        Assert.Empty(key.OnSite.Listed);
        Assert.Equal(3, key.OnSite.NotListed);

        var events = KeyFigure(SampleModel.WithKind(model, Troops, MeasureKind.Events), "2025-W02");
        Assert.Empty(events.OnSite.Listed);
        Assert.Equal(5, events.OnSite.NotListed); // the Pentagon's, the officials' and three undated reports
    }

    [Fact]
    public void Of_events_the_weeks_reports_are_listed_dated_or_not_and_the_earlier_ones_counted()
    {
        var key = KeyFigure(SampleModel.WithKind(SampleModel.WithUndatedTroopFigures([.. EarlierDays, Fresh]), Troops, MeasureKind.Events));
        Assert.Equal(["officials-troops-12000", "undated-4"], key.OnSite.Listed.Select(e => e.ClaimId));
        Assert.Equal(4, key.OnSite.NotListed); // the Pentagon's (week 45) and three undated
    }

    [Fact]
    public void The_note_counts_one_as_one_and_says_the_measures_page_lists_every_one()
    {
        // One undated estimate and, of events, one report (the Pentagon's), each first reported before the week.
        var undated = SampleModel.WithUndatedTroopFigures([EarlierDays[0]]);
        var events = SampleModel.WithKind(SampleModel.Build(), Troops, MeasureKind.Events);
        const string Link = "<a href=\"measures/nk-troops-russia/index.html\">";

        Assert.Contains($"<p class=\"note\">Date not given, first reported earlier: 1 estimate. {Link}The measure’s page lists every estimate</a>.</p>",
            Html(undated, ShippedStrings.English), StringComparison.Ordinal);
        Assert.Contains($"<p class=\"note\">First reported earlier: 1 report. {Link}The measure’s page lists every report</a>.</p>",
            Html(events, ShippedStrings.English), StringComparison.Ordinal);
        Assert.Contains($"<p class=\"note\">Дату не вказано, уперше повідомлено раніше: 1 оцінка. {Link}На сторінці показника наведено всі оцінки</a>.</p>",
            Html(undated, ShippedStrings.Ukrainian), StringComparison.Ordinal);
        Assert.Contains($"<p class=\"note\">Уперше повідомлено раніше: 1 повідомлення. {Link}На сторінці показника наведено всі повідомлення</a>.</p>",
            Html(events, ShippedStrings.Ukrainian), StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_says_page_or_pages_as_the_measures_table_of_every_estimate_has_one_or_more()
    {
        Assert.Equal("The measure’s page lists every estimate", KeyFigure(SampleModel.WithUndatedTroopFigures([.. EarlierDays, Fresh])).MeasureListsAll);
        // A hundred earlier undated figures beside the sample's own: the table goes on to a second page.
        var paged = SampleModel.WithUndatedTroopFigures([.. Enumerable.Repeat(EarlierDays[0], Pagination.PageSize), Fresh]);
        Assert.Equal(2, SiteViews.Build(paged, ShippedStrings.English).Measures.Single(m => m.Id == Troops).Pages.Count);
        Assert.Equal("The measure’s pages list every estimate", KeyFigure(paged).MeasureListsAll);
        Assert.Equal("The measure’s pages list every report", KeyFigure(SampleModel.WithKind(paged, Troops, MeasureKind.Events)).MeasureListsAll);
    }

    private static KeyFigureView KeyFigure(ReportModel model, string week = Week) =>
        SiteViews.Build(model, ShippedStrings.English).Weeks.Single(w => w.Id == week).KeyFigures.Single(k => k.Measure.Id == Troops);

    /// <summary>The shipped key-figures partial for the week, links as written (from the site's root).</summary>
    private static string Html(ReportModel model, Strings strings)
    {
        var views = SiteViews.Build(model, strings);
        var functions = TemplateFunctions.Create(views.Site.BaseUrl, new Format(strings));
        functions.SetValue("rel", TypedFunction.Of<string, string>(target => target), readOnly: true);
        var renderer = new TemplateRenderer(TemplateSet.Parse(Repo.Files(Repo.Root, "templates")), Escaping.Html, functions, TemplateOptions.Default);
        var bag = new DiagnosticBag();
        var html = renderer.Render("templates/partials/key-figures.sbn", new ScriptObject { ["week"] = views.Weeks.Single(w => w.Id == Week) }, bag);
        Assert.Empty(bag.ToSortedList());
        return Assert.IsType<string>(html);
    }
}
