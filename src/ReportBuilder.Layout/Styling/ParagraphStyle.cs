namespace ReportBuilder.Layout;

public enum TextAlign
{
    Left,
    Justify,
    Center,
    Right,
}

/// <summary>How a paragraph is set: its base text style, alignment, spacing and leading.</summary>
public sealed record ParagraphStyle
{
    /// <summary>The base text style; runs apply their overrides on top of it.</summary>
    public TextStyle Text { get; init; } = DefaultText.Body;
    public TextAlign Align { get; init; } = TextAlign.Left;
    public float SpaceBefore { get; init; }
    public float SpaceAfter { get; init; } = 7f;

    /// <summary>Line height as a multiple of the largest font size on the line.</summary>
    public float LineHeight { get; init; } = 1.4f;
    public float FirstLineIndent { get; init; }
}
