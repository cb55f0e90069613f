namespace ReportBuilder.Layout;

/// <summary>A block of the document's flow: paragraphs, headings, lists, tables, charts, boxes…</summary>
public abstract record Block;

/// <summary>A paragraph of styled runs. <see cref="Style"/> replaces the theme's body style.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs) : Block
{
    public ParagraphStyle? Style { get; init; }

    /// <summary>What the paragraph is to a reader who does not see it; P unless said otherwise (a title set as a paragraph is an H1).</summary>
    public StructureRole Role { get; init; }
}

/// <summary>
/// A heading, level 1 to 3. It stays with the block after it, becomes a bookmark and a named
/// destination (its <see cref="Anchor"/>, or a slug of its text when none is given).
/// </summary>
public sealed record Heading : Block
{
    public Heading(int level, IReadOnlyList<Run> runs, string? anchor = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        Level = level;
        Runs = runs;
        Anchor = anchor;
    }

    public int Level { get; }
    public IReadOnlyList<Run> Runs { get; }
    public string? Anchor { get; }

    /// <summary>Leave it out of the table of contents (it is still a bookmark).</summary>
    public bool ExcludeFromToc { get; init; }

    /// <summary>Its structure role; H1 to H3 by <see cref="Level"/> unless said otherwise (a document whose title is its H1 tags its sections H2).</summary>
    public StructureRole Role { get; init; }
}

/// <summary>Ends the page; the next block starts on a new one.</summary>
public sealed record PageBreak : Block;

/// <summary>A horizontal line across the column.</summary>
public sealed record HorizontalRule : Block
{
    public RuleStyle? Style { get; init; }
}

/// <summary>Blocks inside a background and border, such as a callout. It may split across pages.</summary>
public sealed record Box(IReadOnlyList<Block> Blocks) : Block
{
    public BoxStyle? Style { get; init; }

    /// <summary>Its structure role: Div unless said otherwise, such as BlockQuote for a quotation.</summary>
    public StructureRole Role { get; init; }
}

/// <summary>A table of contents, filled with the headings' titles and the pages they land on.</summary>
public sealed record TableOfContents : Block
{
    /// <summary>The deepest heading level listed.</summary>
    public int MaxLevel { get; init; } = 2;

    /// <summary>Set above the entries in the level-1 heading style; it is not itself an entry or a bookmark.</summary>
    public string? Title { get; init; } = "Contents";

    /// <summary>
    /// The title's structure role: a heading, so a reader finds the contents by its headings; H1 unless said
    /// otherwise (a document whose title is its H1 makes it H2, beside its sections).
    /// </summary>
    public StructureRole TitleRole { get; init; }
}
