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
        var groups = Views.Timeline.Groups;
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
}
