using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

// The records templates see. They hold only strings, numbers, booleans, lists and other view records:
// the template sandbox (Html/TemplateSandbox) shows templates exactly these, and nothing of .NET.
// Every Url is site-relative (see SitePaths); a page makes it relative to itself with `rel`.

/// <summary>A named link to a page: an actor, a topic, a week, a source…</summary>
public sealed record LinkView(string Id, string Label, string Url);

/// <summary>A claim as every page shows it.</summary>
public sealed record ClaimView(
    string Id,
    string Anchor,
    string Url,
    string Statement,
    LinkView Claimant,
    string Date,
    string DateIso,
    string Precision,
    LinkView Week,
    LinkView Topic,
    string Stance,
    string StanceLabel,
    IReadOnlyList<FigureView> Figures,
    IReadOnlyList<EvidenceView> Evidence);

/// <summary>A figure of a claim: "more than 3,000" soldiers, for a measure.</summary>
public sealed record FigureView(LinkView Measure, string Text, string Unit, string Qualifier);

/// <summary>A verbatim quote and the anchored source line it comes from.</summary>
public sealed record EvidenceView(LinkView Source, int Line, string Url, string Quote);

/// <summary>One estimate of a measure: a figure of a claim, placed in time.</summary>
public sealed record EstimateView(
    string ClaimId,
    string ClaimUrl,
    LinkView Claimant,
    LinkView Measure,
    string Date,
    string DateIso,
    LinkView Week,
    string Text,
    string Unit,
    decimal Point,
    bool Disputed)
{
    // For the chart and for comparisons; hidden from templates (not a view type).
    internal IsoWeek IsoWeek { get; init; }
    internal DateOnly Start { get; init; }
    internal DateOnly End { get; init; }
    internal decimal? Low { get; init; }
    internal decimal? High { get; init; }
    internal Estimating.Range Bounds { get; init; }
}

/// <summary>Two claimants give different figures for the same measure over overlapping dates.</summary>
public sealed record DisagreementView(LinkView Measure, EstimateView First, EstimateView Second);

/// <summary>The estimates of one claimant for one measure, oldest first.</summary>
public sealed record SeriesView(LinkView Claimant, IReadOnlyList<EstimateView> Estimates);

/// <summary>Claims grouped under a heading (a topic on a week page, a week on a topic page).</summary>
public sealed record ClaimGroupView(LinkView Group, string Note, IReadOnlyList<ClaimView> Claims);

/// <summary>One line of a source document: its text, its anchor, the claims citing it or why none does.</summary>
public sealed record SourceLineView(int Number, string Anchor, string Text, IReadOnlyList<LinkView> Claims, string NotUsedReason, bool Used);

/// <summary>A source cited in a week, with the quotes taken from it.</summary>
public sealed record SourceQuotesView(LinkView Source, string Outlet, string Published, string ExternalUrl, IReadOnlyList<EvidenceView> Quotes);

/// <summary>A short line for lists: a link, a note under it and a count.</summary>
public sealed record SummaryView(LinkView Link, string Note, int Count, string CountText);
