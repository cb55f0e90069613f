using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

// The records templates see. They hold only strings, numbers, booleans, lists and other view records:
// the template sandbox (Templates/TemplateSandbox) shows templates exactly these, and nothing of .NET.
// Every Url is site-relative (see SitePaths); a page makes it relative to itself with `rel`.

/// <summary>A named link to a page: an actor, a topic, a week, a source…</summary>
internal sealed record LinkView(string Id, string Label, string Url);

/// <summary>
/// A claim as every page shows it, with its two dates kept apart: <see cref="Date"/>, when it was said ("date not
/// given" when the data has none), and <see cref="FirstReported"/>, the earliest publication of its sources.
/// <see cref="StanceLabel"/> names the stance ("asserts"); <see cref="StanceVerb"/> is the verb after the claimant's name,
/// agreeing with it ("authorities assert").
/// </summary>
internal sealed record ClaimView(
    string Id,
    string Anchor,
    string Url,
    string Statement,
    LinkView Claimant,
    string Date,
    string DateIso,
    string Precision,
    string FirstReported,
    string FirstReportedIso,
    LinkView Week,
    LinkView Topic,
    string Stance,
    string StanceLabel,
    string StanceVerb,
    IReadOnlyList<FigureView> Figures,
    IReadOnlyList<EvidenceView> Evidence,
    string Note,
    IReadOnlyList<LinkView> Disputes,
    IReadOnlyList<LinkView> DisputedBy);

/// <summary>A figure of a claim: "more than 3,000" soldiers, for a measure; <see cref="Derived"/> says why when it is the desk's arithmetic.</summary>
internal sealed record FigureView(LinkView Measure, string Text, string Unit, string Qualifier, string Derived);

/// <summary>A verbatim quote and the anchored source line it comes from.</summary>
internal sealed record EvidenceView(LinkView Source, int Line, string Url, string Quote);

/// <summary>
/// One estimate of a measure: a figure of a claim, placed in time by when it was said. <see cref="Disputed"/> is set
/// only when another claim explicitly disputes this one (its <c>disputes:</c> field), never from the numbers.
/// </summary>
internal sealed record EstimateView(
    string ClaimId,
    string ClaimUrl,
    LinkView Claimant,
    LinkView Measure,
    string Date,
    string DateIso,
    string FirstReported,
    LinkView Week,
    string Text,
    string Unit,
    decimal Point,
    bool Disputed,
    string Derived)
{
    // For the chart and for comparisons; hidden from templates (not a view type).
    /// <summary>The week the estimate was first reported in.</summary>
    internal IsoWeek IsoWeek { get; init; }

    /// <summary>Whether the data says when it was said; only dated estimates are charted, latest or a change.</summary>
    internal bool Dated { get; init; }

    /// <summary>The days it may have been said on (dated estimates only).</summary>
    internal DateOnly Start { get; init; }
    internal DateOnly End { get; init; }

    /// <summary>The days it may have been said on for comparison: an undated estimate, any day up to its first report.</summary>
    internal DateOnly PeriodStart { get; init; }
    internal DateOnly PeriodEnd { get; init; }

    /// <summary>
    /// The day a chart plots it at, the web's and the PDF's alike: the middle of the days it may have been said on,
    /// each day counted whole, so a 30-day month is plotted on its 16th, a week on its Thursday.
    /// </summary>
    internal DateOnly Middle => DateOnly.FromDayNumber((Start.DayNumber + End.DayNumber + 1) / 2);

    /// <summary>
    /// The figure as the data gives it: the one source of its <see cref="Interval"/> and its <see cref="Range"/>.
    /// (Set by MeasureEstimates, the only maker of estimates.)
    /// </summary>
    internal Figure Figure { get; init; } = null!;

    /// <summary>The numbers the figure allows, for comparisons.</summary>
    internal Interval Interval => Interval.Of(Figure);

    /// <summary>
    /// What a chart draws: a point for exactly and about (Low = High), an arrow for an open end (null), a bar for
    /// between.
    /// </summary>
    internal (decimal? Low, decimal? High) Range => Figure.Qualifier switch
    {
        Qualifier.AtLeast or Qualifier.MoreThan => (Figure.Min, null),
        Qualifier.UpTo => (null, Figure.Max),
        Qualifier.Between => (Figure.Min, Figure.Max),
        _ => (Figure.Value, Figure.Value),
    };

    /// <summary>The weeks in which claims disputing this one were first reported.</summary>
    internal IReadOnlyList<IsoWeek> DisputedIn { get; init; } = [];
}

/// <summary>
/// Two claimants' estimates of one measure for overlapping periods, and how they stand: <see cref="Verdict"/> is
/// "agree", "differ" (both can be true) or "conflict" (they cannot both be true); <see cref="Wording"/> says it.
/// </summary>
internal sealed record ComparisonView(LinkView Measure, EstimateView First, EstimateView Second, string Verdict, string Wording);

/// <summary>The estimates of one claimant for one measure, oldest first.</summary>
internal sealed record SeriesView(LinkView Claimant, IReadOnlyList<EstimateView> Estimates);

/// <summary>Claims grouped under a heading (a topic on a week page, a week on a topic page).</summary>
internal sealed record ClaimGroupView(LinkView Group, string Note, IReadOnlyList<ClaimView> Claims);

/// <summary>One line of a source document: its text, its anchor, the claims citing it or why none does.</summary>
internal sealed record SourceLineView(int Number, string Anchor, string Text, IReadOnlyList<LinkView> Claims, string NotUsedReason, bool Used);

/// <summary>
/// Claims said in one period (a month, a year whose month is not given, or "date not given"), in the order they were
/// said: a part of the timeline with its own address, in pages of at most 100 claims.
/// </summary>
internal sealed record TimelineGroupView(LinkView Link, string CountText, IReadOnlyList<ClaimView> Claims, IReadOnlyList<ListPageView> Pages);

/// <summary>A source cited in a week, with the quotes taken from it; <see cref="TitleNote"/> says when the title is the desk's.</summary>
internal sealed record SourceQuotesView(LinkView Source, string TitleNote, string Outlet, string Published, string ExternalUrl, IReadOnlyList<EvidenceView> Quotes);

/// <summary>A short line for lists: a link, a note under it and a count.</summary>
internal sealed record SummaryView(LinkView Link, string Note, int Count, string CountText);
