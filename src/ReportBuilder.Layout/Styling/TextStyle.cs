namespace ReportBuilder.Layout;

/// <summary>The two type families a document uses; the faces come from a <see cref="FontSet"/>.</summary>
public enum FontFamily
{
    Serif,
    Sans,
}

/// <summary>
/// A set of text style overrides. Every property is optional: a style is applied on top of a
/// base style with <see cref="Over"/>, so a run can say "bold" without knowing the body font.
/// </summary>
public sealed record TextStyle
{
    public FontFamily? Family { get; init; }
    public bool? Bold { get; init; }
    public bool? Italic { get; init; }
    public float? Size { get; init; }
    public Color? Color { get; init; }
    public bool? Underline { get; init; }

    /// <summary>No overrides.</summary>
    public static TextStyle Default { get; } = new();

    /// <summary>This style with <paramref name="overrides"/> applied on top (its set values win).</summary>
    public TextStyle With(TextStyle? overrides) => overrides is null ? this : new TextStyle
    {
        Family = overrides.Family ?? Family,
        Bold = overrides.Bold ?? Bold,
        Italic = overrides.Italic ?? Italic,
        Size = overrides.Size ?? Size,
        Color = overrides.Color ?? Color,
        Underline = overrides.Underline ?? Underline,
    };

    /// <summary>This style applied on top of <paramref name="baseStyle"/>.</summary>
    public TextStyle Over(TextStyle baseStyle) => baseStyle.With(this);
}

/// <summary>Ready-made overrides, composable with <see cref="TextStyle.With"/>.</summary>
public static class Styles
{
    public static TextStyle Bold { get; } = new() { Bold = true };
    public static TextStyle Italic { get; } = new() { Italic = true };
    public static TextStyle Sans { get; } = new() { Family = FontFamily.Sans };
}
