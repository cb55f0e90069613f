namespace ReportBuilder.Layout;

/// <summary>
/// What a render produced: the pages, where each heading landed, how well shaping was cached, and
/// the characters no font of the <see cref="FontSet"/> (fallbacks included) has, which the PDF shows
/// as empty boxes — distinct, one string a character, in ordinal order; empty when every character showed.
/// </summary>
public sealed record RenderResult(int PageCount, IReadOnlyList<HeadingPlacement> Headings, ShapingStatistics Shaping,
    IReadOnlyList<string> MissingCharacters)
{
    /// <summary>What did not fit: a block too tall for a page, a chart cut to the page or with no room for its plot. Empty when everything fit.</summary>
    public IReadOnlyList<LayoutOverflow> Overflows { get; init; } = [];
}

/// <summary>A block that did not fit, on its 1-based page: which block (its first words or its title) and how.</summary>
public sealed record LayoutOverflow(int Page, string Block, string Problem);

/// <summary>A heading's place: its named destination and its 1-based page.</summary>
public sealed record HeadingPlacement(int Level, string Title, string Anchor, int Page);

/// <summary>Shaped-word cache lookups over both layout passes.</summary>
public readonly record struct ShapingStatistics(long Hits, long Misses)
{
    public double HitRate => Hits + Misses == 0 ? 0 : (double)Hits / (Hits + Misses);
}
