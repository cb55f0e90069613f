using System.Collections.Concurrent;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>Claims, links and estimates of one model, computed once and shared by every page view.</summary>
internal sealed class ViewIndex
{
    private readonly Dictionary<string, ClaimView> _claims = new(StringComparer.Ordinal);
    private readonly ILookup<string, Claim> _disputedBy;
    private readonly ILookup<string, Claim> _byTopic;
    private readonly ILookup<string, Claim> _byActor;
    private readonly ILookup<IsoWeek, Claim> _byWeek;
    private readonly ILookup<string, Claim> _citing;
    private readonly Dictionary<IsoWeek, LinkView> _weeks;
    // One link per actor, topic, measure and source, one view per quote, one text per date: every claim, week and
    // estimate shows the same ones, so the views hold each once instead of a copy wherever it appears.
    private readonly Dictionary<string, LinkView> _actors;
    private readonly Dictionary<string, LinkView> _topics;
    private readonly Dictionary<string, LinkView> _measures;
    private readonly Dictionary<string, LinkView> _sources;
    private readonly Dictionary<Evidence, EvidenceView> _evidence = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<PartialDate, (string Text, string Iso)> _dates = new();

    /// <param name="parallel">How many threads build the claims' views and the measures' estimates (the same index whatever it is).</param>
    public ViewIndex(ReportModel model, Strings strings, ParallelOptions parallel)
    {
        Model = model;
        Format = new Format(strings);
        _disputedBy = model.Claims.SelectMany(c => c.Disputes.Select(d => (Disputed: d, By: c))).ToLookup(p => p.Disputed, p => p.By, StringComparer.Ordinal);
        _byTopic = model.Claims.ToLookup(c => c.TopicId, StringComparer.Ordinal);
        _byActor = model.Claims.ToLookup(c => c.ClaimantId, StringComparer.Ordinal);
        _byWeek = model.Claims.ToLookup(c => c.Week);
        _citing = model.Claims.SelectMany(c => c.Evidence.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).Select(s => (Source: s, Claim: c)))
            .ToLookup(p => p.Source, p => p.Claim, StringComparer.Ordinal);
        _weeks = _byWeek.Select(g => g.Key).ToDictionary(w => w, WeekLink);
        _actors = model.Actors.ToDictionary(a => a.Id, a => new LinkView(a.Id, a.Name, SitePaths.Actor(a.Id)), StringComparer.Ordinal);
        _topics = model.Topics.ToDictionary(t => t.Id, t => new LinkView(t.Id, t.Title, SitePaths.Topic(t.Id)), StringComparer.Ordinal);
        _measures = model.Measures.ToDictionary(m => m.Id, m => new LinkView(m.Id, m.Label, SitePaths.Measure(m.Id)), StringComparer.Ordinal);
        _sources = model.Sources.ToDictionary(s => s.Id, s => new LinkView(s.Id, Format.SourceTitle(s), SitePaths.Source(s.Id)), StringComparer.Ordinal);
        var claims = new ClaimView[model.Claims.Count];
        Parallel.For(0, claims.Length, parallel, i => claims[i] = BuildClaim(model.Claims[i]));
        for (var i = 0; i < claims.Length; i++)
        {
            _claims[claims[i].Id] = claims[i];
            var evidence = model.Claims[i].Evidence;
            for (var j = 0; j < evidence.Count; j++)
                _evidence[evidence[j]] = claims[i].Evidence[j];
        }

        var figures = model.Claims.SelectMany(c => c.Figures.Select(f => (Claim: c, Figure: f))).ToLookup(p => p.Figure.MeasureId, StringComparer.Ordinal);
        var estimates = new IReadOnlyList<EstimateView>[model.Measures.Count];
        var conflicts = new IReadOnlyDictionary<IsoWeek, long>?[model.Measures.Count];
        Parallel.For(0, estimates.Length, parallel, i =>
        {
            var measure = model.Measures[i];
            estimates[i] = MeasureEstimates.For(this, measure, figures[measure.Id]);
            conflicts[i] = MeasureEstimates.Compares(measure) ? WeeklyConflicts.Of(estimates[i]) : null;
        });
        Estimates = model.Measures.Select((m, i) => (m.Id, Estimates: estimates[i])).ToDictionary(m => m.Id, m => m.Estimates, StringComparer.Ordinal);
        NewConflicts = model.Measures.Select((m, i) => (m.Id, Conflicts: conflicts[i])).Where(m => m.Conflicts is not null)
            .ToDictionary(m => m.Id, m => m.Conflicts!, StringComparer.Ordinal);
    }

    public ReportModel Model { get; }

    /// <summary>The site's words and dates, in its language.</summary>
    public Format Format { get; }

    /// <summary>Every estimate of a measure: dated ones by when they were said, then undated ones.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EstimateView>> Estimates { get; }

    /// <summary>Of each measure but events, how many conflicts each week brings (<see cref="WeeklyConflicts.Of"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, long>> NewConflicts { get; }

    /// <summary>The claims that explicitly dispute a claim, in the model's order.</summary>
    public IEnumerable<Claim> DisputedBy(string claimId) => _disputedBy[claimId];

    /// <summary>A topic's claims, in the model's order.</summary>
    public IReadOnlyList<Claim> ClaimsOfTopic(string topicId) => [.. _byTopic[topicId]];

    /// <summary>An actor's claims (as claimant), in the model's order.</summary>
    public IReadOnlyList<Claim> ClaimsOfActor(string actorId) => [.. _byActor[actorId]];

    /// <summary>The claims first reported in a week, in the model's order.</summary>
    public IReadOnlyList<Claim> ClaimsOfWeek(IsoWeek week) => [.. _byWeek[week]];

    /// <summary>The claims that cite a source, each once, in the model's order.</summary>
    public IReadOnlyList<Claim> ClaimsCiting(string sourceId) => [.. _citing[sourceId]];

    public ClaimView Claim(Claim claim) => _claims[claim.Id];

    public IReadOnlyList<ClaimView> Claims(IEnumerable<Claim> claims) => [.. claims.Select(Claim)];

    public LinkView Actor(string id) => _actors[id];
    public LinkView Topic(string id) => _topics[id];
    public LinkView Measure(string id) => _measures[id];
    public LinkView Source(string id) => _sources[id];
    /// <summary>A link to a week's page: one per week that has claims, made once.</summary>
    public LinkView Week(IsoWeek week) => _weeks.TryGetValue(week, out var link) ? link : WeekLink(week);

    private LinkView WeekLink(IsoWeek week) => new(week.ToString(), Format.WeekTitle(week), SitePaths.Week(week));

    /// <summary>
    /// A link to a claim, labelled with who said it, both its dates, and what: two claims of one person on one day differ.
    /// </summary>
    public LinkView ClaimLink(Claim claim) =>
        new(claim.Id, Format.Strings.Fill(claim.SaidOn is null ? "claim.link_undated" : "claim.link_said",
            ("actor", Model.ActorById[claim.ClaimantId].Name), ("date", Date(claim.SaidOn)),
            ("first", Date(claim.FirstReported).Text), ("statement", claim.Statement)), SitePaths.Claim(claim.Id));

    /// <summary>A date as the views show it (<see cref="Format.Date(PartialDate)"/>) and as data (ISO), each made once.</summary>
    public (string Text, string Iso) Date(PartialDate date) => _dates.GetOrAdd(date, d => (Format.Date(d), d.ToString()));

    /// <summary>A claim's date as the views show it, or "date not given" when the data has none.</summary>
    public string Date(PartialDate? date) => date is { } d ? Date(d).Text : Format.NoDate;

    private static readonly string[] Precisions = [.. Enum.GetValues<DatePrecision>().Select(p => p.ToString().ToLowerInvariant())];

    private ClaimView BuildClaim(Claim c) => new(
        c.Id,
        SitePaths.ClaimAnchor(c.Id),
        SitePaths.Claim(c.Id),
        c.Statement,
        Actor(c.ClaimantId),
        Date(c.SaidOn),
        c.SaidOn is { } said ? Date(said).Iso : "",
        c.SaidOn is { } d ? Precisions[(int)d.Precision] : "none",
        Date(c.FirstReported).Text,
        Date(c.FirstReported).Iso,
        Week(c.Week),
        Topic(c.TopicId),
        DataNames.Name(c.Stance),
        Format.Stance(c.Stance),
        Format.StanceVerb(c.Stance, Model.ActorById[c.ClaimantId]),
        [.. c.Figures.Select(f => new FigureView(Measure(f.MeasureId), Format.Figure(f), Format.Unit(f, Model.MeasureById[f.MeasureId].Unit),
            DataNames.Name(f.Qualifier), f.Derived ?? ""))],
        [.. c.Evidence.Select(NewEvidence)],
        c.Note ?? "",
        [.. c.Disputes.Select(id => ClaimLink(Model.ClaimById[id]))],
        [.. DisputedBy(c.Id).Select(ClaimLink)]);

    /// <summary>A quote's view, the one its claim's view shows.</summary>
    public EvidenceView Evidence(Evidence e) => _evidence[e];

    private EvidenceView NewEvidence(Evidence e) => new(Source(e.SourceId), e.Line, SitePaths.SourceLine(e.SourceId, e.Line), e.Quote);
}
