namespace ReportBuilder.Core.Model;

/// <summary>
/// The validated, resolved dataset: every reference resolves, every quote is verbatim, every list is in a
/// stable order (ids ordinal, claims by date then id). Immutable; every later stage is a function of it.
/// </summary>
internal sealed class ReportModel
{
    public ReportModel(Site site, IEnumerable<Source> sources, IEnumerable<Actor> actors, IEnumerable<Measure> measures, IEnumerable<Topic> topics)
    {
        Site = site;
        Sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        Actors = [.. actors.OrderBy(a => a.Id, StringComparer.Ordinal)];
        Measures = [.. measures.OrderBy(m => m.Id, StringComparer.Ordinal)];
        Topics = [.. topics.OrderBy(t => t.Id, StringComparer.Ordinal)];
        Claims = ClaimOrder.Sort(Topics.SelectMany(t => t.Claims));
        SourceById = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        ActorById = Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        MeasureById = Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        TopicById = Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        ClaimById = Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        AsOf = Claims.Select(c => c.SaidOn?.End).Concat(Sources.Select(s => (DateOnly?)s.Published.End))
            .Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
    }

    public Site Site { get; }
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyList<Measure> Measures { get; }
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>All claims of all topics, in chronological order (see <see cref="ClaimOrder"/>).</summary>
    public IReadOnlyList<Claim> Claims { get; }

    public IReadOnlyDictionary<string, Source> SourceById { get; }
    public IReadOnlyDictionary<string, Actor> ActorById { get; }
    public IReadOnlyDictionary<string, Measure> MeasureById { get; }
    public IReadOnlyDictionary<string, Topic> TopicById { get; }
    public IReadOnlyDictionary<string, Claim> ClaimById { get; }

    /// <summary>"Data as of": the newest date in the data. A build's date is this, never the clock.</summary>
    public DateOnly AsOf { get; }

    /// <summary>A week's "as of": its Sunday, or the data's newest date while the week is still running.</summary>
    public DateOnly AsOfWeek(IsoWeek week) => week.Sunday < AsOf ? week.Sunday : AsOf;
}

/// <summary>Claims by week, then by when said (<see cref="PartialDate.CompareSaid"/>; undated last in their week), then id.</summary>
internal sealed class ClaimOrder : IComparer<Claim>
{
    public static readonly ClaimOrder Instance = new();

    public int Compare(Claim? x, Claim? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byWeek = x.Week.CompareTo(y.Week);
        return byWeek != 0 ? byWeek : CompareInWeek(x, y);
    }

    /// <summary>
    /// <paramref name="claims"/> in this order, as a stable sort: each claim's week is worked out once, not at each of
    /// the n log n comparisons (a sort of 50,000 claims made a million of them).
    /// </summary>
    public static Claim[] Sort(IEnumerable<Claim> claims)
    {
        var keyed = claims.Select((claim, index) => (claim.Week, Claim: claim, Index: index)).ToArray();
        Array.Sort(keyed, static (a, b) =>
            a.Week.CompareTo(b.Week) is var byWeek and not 0 ? byWeek
            : CompareInWeek(a.Claim, b.Claim) is var inWeek and not 0 ? inWeek
            : a.Index.CompareTo(b.Index));
        return Array.ConvertAll(keyed, k => k.Claim);
    }

    private static int CompareInWeek(Claim x, Claim y)
    {
        if (ReferenceEquals(x, y)) return 0;
        var byDate = (x.SaidOn, y.SaidOn) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => PartialDate.CompareSaid(a, b),
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }
}
