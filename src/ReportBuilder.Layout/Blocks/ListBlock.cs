namespace ReportBuilder.Layout;

/// <summary>A bulleted or numbered list; an item may hold further lists.</summary>
public sealed record ListBlock(IReadOnlyList<ListItem> Items) : Block
{
    public bool Numbered { get; init; }

    /// <summary>The number of the first item of a numbered list.</summary>
    public int Start { get; init; } = 1;
}

public sealed record ListItem(IReadOnlyList<Block> Blocks)
{
    /// <summary>An item holding one paragraph of runs.</summary>
    public static ListItem Of(params Run[] runs) => new([new Paragraph(runs)]);
}
