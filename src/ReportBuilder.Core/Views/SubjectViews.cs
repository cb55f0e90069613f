using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>A topic sheet: its summary and its claims week by week.</summary>
public sealed record TopicView(
    string Id, string Title, string Summary, string Url, string ClaimCountText,
    IReadOnlyList<ClaimGroupView> Weeks, IReadOnlyList<LinkView> Actors, IReadOnlyList<LinkView> Measures);

/// <summary>A claimant: who they are and everything they claimed, oldest first.</summary>
public sealed record ActorView(
    string Id, string Name, string Url, IReadOnlyList<string> Aliases, string Kind, string Country, string Role,
    string ClaimCountText, IReadOnlyList<ClaimView> Claims, IReadOnlyList<LinkView> Topics, IReadOnlyList<LinkView> Measures);

/// <summary>A measure: every estimate over time, by claimant, and where claimants disagree.</summary>
public sealed record MeasureView(
    string Id, string Label, string Unit, string Description, string Url, string EstimateCountText,
    IReadOnlyList<EstimateView> Estimates, IReadOnlyList<SeriesView> Series, IReadOnlyList<DisagreementView> Disagreements)
{
    /// <summary>The measure as known by the end of a week: what that week's briefing and page show.</summary>
    internal MeasureView AsOf(IsoWeek week)
    {
        var estimates = Estimating.KnownBy(Estimates, week);
        return this with
        {
            EstimateCountText = Format.Count(estimates.Count, "estimate", "estimates"),
            Estimates = estimates,
            Series = SubjectViews.SeriesOf(estimates),
            Disagreements = Estimating.Disagreements(estimates),
        };
    }
}

/// <summary>The timeline: every claim, week by week, oldest first.</summary>
public sealed record TimelineView(IReadOnlyList<ClaimGroupView> Weeks);

internal static class SubjectViews
{
    public static TopicView Topic(ViewIndex index, Topic topic)
    {
        var claims = index.Model.Claims.Where(c => string.Equals(c.TopicId, topic.Id, StringComparison.Ordinal)).ToList();
        return new TopicView(topic.Id, topic.Title, topic.Summary, SitePaths.Topic(topic.Id),
            Format.Count(claims.Count, "claim", "claims"), ByWeek(index, claims),
            [.. claims.Select(c => c.ClaimantId).Distinct().Order(StringComparer.Ordinal).Select(index.Actor)],
            MeasuresOf(index, claims));
    }

    public static ActorView Actor(ViewIndex index, Actor actor)
    {
        var claims = index.Model.Claims.Where(c => string.Equals(c.ClaimantId, actor.Id, StringComparison.Ordinal)).ToList();
        return new ActorView(actor.Id, actor.Name, SitePaths.Actor(actor.Id), actor.Aliases, actor.Kind, actor.Country ?? "", actor.Role ?? "",
            Format.Count(claims.Count, "claim", "claims"), index.Claims(claims),
            [.. claims.Select(c => c.TopicId).Distinct().Order(StringComparer.Ordinal).Select(index.Topic)],
            MeasuresOf(index, claims));
    }

    public static MeasureView Measure(ViewIndex index, Measure measure)
    {
        var estimates = index.Estimates[measure.Id];
        return new MeasureView(measure.Id, measure.Label, measure.Unit, measure.Description ?? "", SitePaths.Measure(measure.Id),
            Format.Count(estimates.Count, "estimate", "estimates"), estimates, SeriesOf(estimates), index.Disagreements[measure.Id]);
    }

    public static IReadOnlyList<SeriesView> SeriesOf(IReadOnlyList<EstimateView> estimates) =>
        [.. estimates.GroupBy(e => e.Claimant.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SeriesView(g.First().Claimant, [.. g]))];

    public static TimelineView Timeline(ViewIndex index) => new(ByWeek(index, index.Model.Claims));

    /// <summary>Claims grouped by week, oldest week first; the note gives the week's days.</summary>
    private static IReadOnlyList<ClaimGroupView> ByWeek(ViewIndex index, IEnumerable<Claim> claims) =>
        [.. claims.GroupBy(c => c.Week).OrderBy(g => g.Key)
            .Select(g => new ClaimGroupView(ViewIndex.Week(g.Key), Format.WeekRange(g.Key), index.Claims(g)))];

    private static IReadOnlyList<LinkView> MeasuresOf(ViewIndex index, IEnumerable<Claim> claims) =>
        [.. claims.SelectMany(c => c.Figures).Select(f => f.MeasureId).Distinct().Order(StringComparer.Ordinal).Select(index.Measure)];
}
