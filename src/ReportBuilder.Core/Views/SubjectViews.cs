using System.Globalization;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>A topic sheet: its summary and its claims week by week, in pages of at most 100 claims.</summary>
internal sealed record TopicView(
    string Id, string Title, string Summary, string Url, int ClaimCount, string ClaimCountText,
    IReadOnlyList<ListPageView> Pages, IReadOnlyList<LinkView> Actors, IReadOnlyList<LinkView> Measures);

/// <summary>A claimant: who they are and everything they claimed, week by week, oldest first, in pages of at most 100 claims.</summary>
internal sealed record ActorView(
    string Id, string Name, string Url, IReadOnlyList<string> Aliases, string Kind, string Country, string Role, string Note,
    int ClaimCount, string ClaimCountText, IReadOnlyList<ListPageView> Pages, IReadOnlyList<LinkView> Topics, IReadOnlyList<LinkView> Measures);

/// <summary>
/// A measure: its kind, every dated estimate in the order said (what the chart plots), by claimant, the undated
/// ones apart, and how two claimants' estimates for overlapping periods compare.
/// </summary>
internal sealed record MeasureView(
    string Id, string Label, string Unit, string Kind, string KindText, string Description, string Url, string EstimateCountText,
    IReadOnlyList<EstimateView> Estimates, IReadOnlyList<EstimateView> Undated, IReadOnlyList<SeriesView> Series,
    IReadOnlyList<ComparisonView> FirstComparisons)
{
    /// <summary>How many pairs are compared in all; <see cref="FirstComparisons"/> holds the first <see cref="MeasureEstimates.Shown"/>.</summary>
    public int ComparisonCount { get; init; }

    /// <summary>The table of every estimate (<see cref="Estimates"/>, then <see cref="Undated"/>) in pages; the first at the measure's address.</summary>
    public IReadOnlyList<EstimatePageView> Pages { get; init; } = [];

    /// <summary>The words the view was made in, for its chart.</summary>
    internal Format Format { get; init; } = null!;
}

/// <summary>
/// The timeline: every claim by when it was said, a part a month (and those whose date is not given), each part its
/// own pages; its index page lists the parts.
/// </summary>
internal sealed record TimelineView(IReadOnlyList<TimelineGroupView> Groups);

internal static class SubjectViews
{
    public static TopicView Topic(ViewIndex index, Topic topic)
    {
        var claims = ClaimPageViews.TopicOrder(index, topic.Id);
        return new TopicView(topic.Id, topic.Title, topic.Summary, SitePaths.Topic(topic.Id), claims.Count,
            index.Format.Count(claims.Count, "claim"), Pagination.Split(ByWeek(index, claims), SitePaths.Topic(topic.Id), index.Format.Strings),
            [.. claims.Select(c => c.ClaimantId).Distinct().Order(StringComparer.Ordinal).Select(index.Actor)],
            MeasuresOf(index, claims));
    }

    public static ActorView Actor(ViewIndex index, Actor actor)
    {
        var claims = index.ClaimsOfActor(actor.Id);
        return new ActorView(actor.Id, actor.Name, SitePaths.Actor(actor.Id), actor.Aliases, actor.Kind, actor.Country ?? "", actor.Role ?? "", actor.Note ?? "",
            claims.Count, index.Format.Count(claims.Count, "claim"), Pagination.Split(ByWeek(index, claims), SitePaths.Actor(actor.Id), index.Format.Strings),
            [.. claims.Select(c => c.TopicId).Distinct().Order(StringComparer.Ordinal).Select(index.Topic)],
            MeasuresOf(index, claims));
    }

    /// <summary>Actors as lists show them: by the name a reader sees, not by id.</summary>
    public static IEnumerable<Actor> ActorOrder(ReportModel model) =>
        model.Actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal);

    public static MeasureView Measure(ViewIndex index, Measure measure)
    {
        var all = index.Estimates[measure.Id];
        var dated = all.Where(e => e.Dated).ToList();
        var undated = all.Where(e => !e.Dated).ToList();
        var (comparisons, comparisonCount) = MeasureEstimates.ComparisonsOf(index.Format.Strings, measure, all);
        return new MeasureView(measure.Id, measure.Label, measure.Unit, DataNames.Name(measure.Kind), index.Format.Strings["measure.kind." + DataNames.Name(measure.Kind)],
            measure.Description ?? "", SitePaths.Measure(measure.Id), CountText(index.Format, all.Count, measure.Kind),
            dated, undated, SeriesOf(dated), comparisons)
        { ComparisonCount = comparisonCount, Format = index.Format, Pages = Pagination.SplitTable([.. dated, .. undated], SitePaths.Measure(measure.Id), index.Format.Strings) };
    }

    public static string CountText(Format format, int count, MeasureKind kind) =>
        format.Count(count, kind == MeasureKind.Events ? "report" : "estimate");

    public static IReadOnlyList<SeriesView> SeriesOf(IReadOnlyList<EstimateView> estimates) =>
        [.. estimates.GroupBy(e => e.Claimant.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SeriesView(g.First().Claimant, [.. g]))];

    /// <summary>
    /// Claims by when they were said: a group per month (a week's claim in the month the week starts in), in the order
    /// of <see cref="PartialDate.CompareSaid"/>, so a claim known only to its week or month follows the days inside it;
    /// a year-only date after the year's months; undated claims in a group of their own, by when they were first
    /// reported. No claim is placed on a date it does not have.
    /// </summary>
    public static TimelineView Timeline(ViewIndex index)
    {
        var dated = index.Model.Claims.Where(c => c.SaidOn is not null)
            .OrderBy(c => GroupKey(c.SaidOn!.Value))
            .ThenBy(c => c.SaidOn!.Value, Comparer<PartialDate>.Create(PartialDate.CompareSaid)).ThenBy(c => c.Id, StringComparer.Ordinal);
        var groups = dated.GroupBy(c => GroupKey(c.SaidOn!.Value))
            .Select(g => TimelineGroup(index,
                g.Key.Month == 13 ? g.Key.Year.ToString(CultureInfo.InvariantCulture) : new DateOnly(g.Key.Year, g.Key.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                g.Key.Month == 13 ? index.Format.Strings.Fill("timeline.month_not_given", ("year", g.Key.Year.ToString(CultureInfo.InvariantCulture))) : index.Format.Date(PartialDate.OfMonth(g.Key.Year, g.Key.Month)),
                index.Claims(g)))
            .ToList();
        var undated = index.Model.Claims.Where(c => c.SaidOn is null).ToList();
        if (undated.Count > 0)
            groups.Add(TimelineGroup(index, "date-not-given", index.Format.Strings["timeline.date_not_given"], index.Claims(undated)));
        return new TimelineView(groups);
    }

    private static TimelineGroupView TimelineGroup(ViewIndex index, string id, string label, IReadOnlyList<ClaimView> claims)
    {
        var url = SitePaths.TimelinePart(id);
        var link = new LinkView(id, label, url);
        return new TimelineGroupView(link, index.Format.Count(claims.Count, "claim"), claims,
            Pagination.Split([new ClaimGroupView(link, "", claims)], url, index.Format.Strings));
    }

    private static (int Year, int Month) GroupKey(PartialDate said) =>
        said.Precision == DatePrecision.Year ? (said.Start.Year, 13) : (said.Start.Year, said.Start.Month);

    /// <summary>Claims grouped by the week they were first reported in, oldest week first; the note gives the week's days.</summary>
    private static IReadOnlyList<ClaimGroupView> ByWeek(ViewIndex index, IEnumerable<Claim> claims) =>
        [.. claims.GroupBy(c => c.Week).OrderBy(g => g.Key)
            .Select(g => new ClaimGroupView(index.Week(g.Key), index.Format.WeekRange(g.Key), index.Claims(g)))];

    private static IReadOnlyList<LinkView> MeasuresOf(ViewIndex index, IEnumerable<Claim> claims) =>
        [.. claims.SelectMany(c => c.Figures).Select(f => f.MeasureId).Distinct().Order(StringComparer.Ordinal).Select(index.Measure)];
}
