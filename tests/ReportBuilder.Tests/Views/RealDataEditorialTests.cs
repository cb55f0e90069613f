using System.Text.RegularExpressions;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

/// <summary>The bar, read off the real data and everything built from it.</summary>
[Collection(SiteCollection.Name)]
public sealed class RealDataEditorialTests(SiteFixture site)
{
    private SiteViews Views => SiteViews.Build(site.Build.Model!, ShippedStrings.English);

    private IEnumerable<(string Path, string Text)> Pages() =>
        site.Files(".html").Concat(site.Files(".md")).Select(f => (f, File.ReadAllText(f)));

    [Fact]
    public void No_compatible_pair_is_called_a_disagreement_or_a_conflict()
    {
        Assert.DoesNotContain(Views.Measures.SelectMany(m => m.FirstComparisons), c => c.Verdict == "conflict");
        Assert.All(Pages(), p =>
        {
            Assert.DoesNotContain("disagree", p.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("they cannot both be true", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("badge\">disputed", p.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_briefing_cites_a_source_published_after_its_as_of()
    {
        var model = site.Build.Model!;
        Assert.All(Views.Weeks, week =>
        {
            var cited = week.Sources.Select(s => s.Source.Id)
                .Concat(week.Topics.SelectMany(t => t.Claims).SelectMany(c => c.Evidence).Select(e => e.Source.Id));
            var asOf = DateOnly.Parse(week.UpdatedIso, System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(cited, id => Assert.True(model.SourceById[id].Published.End <= asOf, $"{week.Id} cites {id}, out after {asOf}"));
        });
    }

    [Fact]
    public void Captures_are_never_a_revision_and_undated_troop_figures_never_a_change()
    {
        Assert.All(Pages(), p =>
        {
            Assert.DoesNotContain("was 1", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("was up to 12,000", p.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_timeline_is_in_the_order_said_with_month_only_dates_after_the_months_dated_claims()
    {
        var groups = Views.Timeline().Groups;
        Assert.Equal("date-not-given", groups[^1].Link.Id);
        Assert.All(groups[^1].Claims, c => Assert.Equal("", c.DateIso));
        foreach (var group in groups.SkipLast(1))
        {
            var precisions = group.Claims.Select(c => c.Precision == "month" ? 1 : 0).ToList();
            Assert.Equal(precisions.Order(), precisions);
            Assert.All(group.Claims.Where(c => c.Precision is "day" or "month"), c => Assert.StartsWith(group.Link.Id, c.DateIso, StringComparison.Ordinal));
        }
        Assert.Equal("south-korea-weapons-containers-7000-20000", groups.Single(g => g.Link.Id == "2024-10").Claims[^1].Id);
    }

    [Fact]
    public void Every_note_is_on_the_site()
    {
        var model = site.Build.Model!;
        var html = string.Concat(site.Files(".html").Select(File.ReadAllText));
        var notes = model.Claims.Select(c => c.Note).Concat(model.Sources.Select(s => s.Note)).Concat(model.Actors.Select(a => a.Note))
            .OfType<string>().ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains(System.Net.WebUtility.HtmlEncode(n), html, StringComparison.Ordinal));
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(site.OutDir, path));

    /// <summary>Every line of every page, briefing and the feed, with its tags taken out: what a reader reads.</summary>
    private IEnumerable<(string Path, string Line)> ReadLines() =>
        site.Files(".html").Concat(site.Files(".md")).Concat(site.Files(".xml"))
            .SelectMany(f => File.ReadAllLines(f).Select(l => (f, System.Net.WebUtility.HtmlDecode(Regex.Replace(l, "<[^>]+>", "")))));

    [Fact]
    public void The_desks_arithmetic_is_marked_as_derived_wherever_the_one_captured_soldier_shows()
    {
        var lines = ReadLines().Where(l => l.Line.Contains(" 1 soldier", StringComparison.Ordinal) || l.Line.Contains("**1** soldier", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Path.EndsWith("feed.xml", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Path.EndsWith("2025-W05.md", StringComparison.Ordinal) && l.Line.StartsWith("- First reported this week", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Line.Contains("derived by the desk", StringComparison.Ordinal), $"{l.Path}: {l.Line}"));
    }

    [Fact]
    public void A_group_of_claimants_takes_the_plural_verb()
    {
        var model = site.Build.Model!;
        var claims = Views.Timeline().Groups.SelectMany(g => g.Claims).ToList();
        Assert.Contains(claims, c => model.ActorById[c.Claimant.Id].Kind == "group");
        Assert.All(claims, c => Assert.Equal(model.ActorById[c.Claimant.Id].Kind == "group", c.StanceVerb != c.StanceLabel));
        var w52 = Read("briefings/2024-W52.md");
        Assert.Contains("**[American, South Korean and Ukrainian authorities](actors/us-south-korea-ukraine-authorities/index.html)** assert (", w52, StringComparison.Ordinal);
        Assert.All(ReadLines(), l => Assert.DoesNotContain("authorities asserts", l.Line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_search_result_gives_both_dates()
    {
        var index = Read("search/index.js");
        Assert.Contains("\"reported\": [\"first reported 8 November 2024\",\"first reported 23 December 2024\",\"first reported week of 14–20 October 2024\",\"first reported January 2025\"]", index, StringComparison.Ordinal);
        Assert.Contains("[\"claims/nis-confirms-nk-soldier-captured/index.html\",\"said 27 December 2024\",", index, StringComparison.Ordinal);
        Assert.Contains("[\"claims/news-nk-troops-11000/index.html\",\"date not given\",", index, StringComparison.Ordinal);
        Assert.Contains("data.reported[claim[9]]", Read("assets/search.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compared_estimate_whose_date_is_not_given_says_when_it_was_first_reported()
    {
        var who = site.Files(".html").SelectMany(File.ReadAllLines).Where(l => l.Contains("class=\"who\"", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l, "<[^>]+>", "")).ToList();
        Assert.Contains(who, l => l.Contains("date not given", StringComparison.Ordinal));
        Assert.All(who.Where(l => l.Contains("date not given", StringComparison.Ordinal)), l => Assert.Contains("date not given, first reported ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Key_figures_say_plainly_what_came_earlier_and_how_many_reports_are_new()
    {
        var home = System.Net.WebUtility.HtmlDecode(Regex.Replace(Read("index.html"), "<[^>]+>", ""));
        Assert.Contains("Date not given, first reported earlier: 1 estimate. The measure’s page lists every estimate.", home, StringComparison.Ordinal);
        Assert.Contains("2 separate reports of separate events, not a running total; 2 first reported this week", home, StringComparison.Ordinal);
        Assert.All(ReadLines(), l => Assert.DoesNotContain("every one on the measure", l.Line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_measure_tables_link_to_a_claim_reads_as_the_figure_not_as_a_week()
    {
        Assert.All(site.Files(".html").Where(f => f.Contains("measures", StringComparison.Ordinal)), f =>
            Assert.DoesNotMatch("href=\"[./]*claims/[^\"]+\">Week ", File.ReadAllText(f)));
        Assert.Contains("<a class=\"figure\" href=\"../../claims/news-nk-troops-11000/index.html\">11,000</a>", Read("measures/nk-troops-in-russia/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_actors_index_names_every_kind_of_claimant_it_lists()
    {
        var kinds = site.Build.Model!.Actors.Select(a => a.Kind).ToHashSet(StringComparer.Ordinal);
        string[] named = ["person", "government", "agency", "military", "group", "media"];
        Assert.All(kinds, k => Assert.Contains(k, named));
        Assert.Contains("Everyone who makes claims: people, governments, agencies, groups of them and news outlets.", Read("actors/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Structured_data_gives_calendar_dates_only_a_source_dated_to_a_week_as_its_month()
    {
        var page = File.ReadAllText(Path.Combine(site.OutDir, "claims", "kim-yong-hyun-further-deployment-very-likely", "index.html"));
        Assert.Contains("\"datePublished\":\"2024-10\"", page, StringComparison.Ordinal);
        Assert.All(site.Files(".html"), f => Assert.DoesNotMatch("\"date(Published|Created)\":\"\\d{4}-W", File.ReadAllText(f)));
    }
}
