namespace ReportBuilder.Layout;

/// <summary>What a render produced: the pages, where each heading landed, how well shaping was cached.</summary>
public sealed record RenderResult(int PageCount, IReadOnlyList<HeadingPlacement> Headings, ShapingStatistics Shaping);

/// <summary>A heading's place: its named destination and its 1-based page.</summary>
public sealed record HeadingPlacement(int Level, string Title, string Anchor, int Page);

/// <summary>Shaped-word cache lookups over both layout passes.</summary>
public readonly record struct ShapingStatistics(long Hits, long Misses)
{
    public double HitRate => Hits + Misses == 0 ? 0 : (double)Hits / (Hits + Misses);
}
