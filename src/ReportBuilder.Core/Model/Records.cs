using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Model;

/// <summary>data/site.yaml: settings for the whole publication.</summary>
internal sealed record Site(string Title, string Publisher, string BaseUrl, string Language, string PageSize, string? Description);

/// <summary>A source document: data/sources/&lt;id&gt;.yaml with its text, split into lines (1-based in data, 0-based here).</summary>
internal sealed record Source(
    string Id,
    string Title,
    string? Outlet,
    PartialDate Published,
    string? Url,
    string TextFile,
    IReadOnlyList<string> Lines,
    IReadOnlyList<UnusedLine> NotUsed,
    SourceSpan Span)
{
    /// <summary>The ISO week by which the document was certainly out (see <see cref="PartialDate.KnownByWeek"/>).</summary>
    public IsoWeek Week => Published.KnownByWeek;

    /// <summary>The curator's note on the document, published on its page.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// True when <see cref="Title"/> is the document's own headline; false (the default) when the document carries
    /// none and the title is the desk's description of it, which is how it is then shown.
    /// </summary>
    public bool TitleIsHeadline { get; init; }

    /// <summary>A line with nothing but white space: it needs neither a citation nor a not_used entry.</summary>
    public static bool IsBlank(string line) => line.Trim().Length == 0;
}

/// <summary>A source line no claim cites, and why.</summary>
internal sealed record UnusedLine(int Line, string Reason, SourceSpan Span)
{
    /// <summary>The reason `new source` gives every line: reading the document is still to do.</summary>
    public const string NotYetCurated = "not yet curated";

    public bool Uncurated => string.Equals(Reason, NotYetCurated, StringComparison.Ordinal);
}

/// <summary>A person or body that makes claims. Aliases are other spellings of the same name.</summary>
internal sealed record Actor(string Id, string Name, IReadOnlyList<string> Aliases, string Kind, string? Country, string? Role, SourceSpan Span)
{
    /// <summary>The curator's note on who this is and where the name or role comes from.</summary>
    public string? Note { get; init; }
}

/// <summary>A quantity claimants estimate, such as North Korean troops in Russia (unit: soldiers).</summary>
internal sealed record Measure(string Id, string Label, string Unit, string? Description, SourceSpan Span)
{
    /// <summary>What its figures count, which decides how they may be compared (see <see cref="MeasureKind"/>).</summary>
    public MeasureKind Kind { get; init; } = MeasureKind.Level;
}

/// <summary>A topic sheet: data/sheets/&lt;id&gt;.yaml.</summary>
internal sealed record Topic(string Id, string Title, string Summary, IReadOnlyList<Claim> Claims, SourceSpan Span);

/// <summary>
/// One claim: who said what, when, with which figures, and where it is written verbatim. Two dates, kept apart:
/// <see cref="SaidOn"/>, when the claimant said it (when known), and <see cref="FirstReported"/>, the earliest
/// publication of its evidence sources, when it became known.
/// </summary>
internal sealed record Claim(
    string Id,
    string TopicId,
    string Statement,
    string ClaimantId,
    PartialDate? SaidOn,
    Stance Stance,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<Figure> Figures,
    PartialDate FirstReported,
    SourceSpan Span)
{
    /// <summary>The ISO week the claim was first reported in (see <see cref="PartialDate.KnownByWeek"/>).</summary>
    public IsoWeek Week => FirstReported.KnownByWeek;

    /// <summary>The curator's note, published with the claim.</summary>
    public string? Note { get; init; }

    /// <summary>Ids of the claims this claim explicitly disputes, as its evidence records it: the only source of "disputed".</summary>
    public IReadOnlyList<string> Disputes { get; init; } = [];
}

/// <summary>A verbatim quote from line <see cref="Line"/> (1-based) of a source.</summary>
internal sealed record Evidence(string SourceId, int Line, string Quote, SourceSpan Span);

/// <summary>A figure for a measure: an exact or approximate value, or a range.</summary>
internal sealed record Figure(string MeasureId, decimal? Value, decimal? Min, decimal? Max, Qualifier Qualifier, SourceSpan Span)
{
    /// <summary>Why the figure is the curator's arithmetic rather than a number its quotes give; null when the quotes give it.</summary>
    public string? Derived { get; init; }

    /// <summary>The single number a chart plots: the value, else the range's lower end, else its upper end.</summary>
    public decimal Point => Value ?? Min ?? Max ?? 0m;
}
