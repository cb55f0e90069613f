namespace ReportBuilder.Layout;

public sealed record ListStyle
{
    /// <summary>How far each level of items is indented from its parent.</summary>
    public float Indent { get; init; } = 16f;

    /// <summary>Space between a marker and the item's text.</summary>
    public float MarkerGap { get; init; } = 5f;
    public float ItemSpacing { get; init; } = 2.5f;

    /// <summary>Bullets by nesting depth; the last repeats for deeper levels.</summary>
    public IReadOnlyList<string> Bullets { get; init; } = ["•", "–", "·"];
    public static ListStyle Default { get; } = new();
}

public sealed record TableStyle
{
    public TextStyle Text { get; init; } = DefaultText.Body with { Family = FontFamily.Sans, Size = 8.75f };
    public TextStyle HeaderText { get; init; } = new() { Bold = true, Color = Palette.Navy };
    public float LineHeight { get; init; } = 1.3f;
    public float CellPaddingX { get; init; } = 5f;
    public float CellPaddingY { get; init; } = 3.5f;
    public Color HeaderFill { get; init; } = Palette.HeaderFill;

    /// <summary>Fill of every other body row; <see cref="Color.Transparent"/> for none.</summary>
    public Color ZebraFill { get; init; } = Palette.ZebraFill;
    public Color BorderColor { get; init; } = Palette.Hairline;
    public float BorderWidth { get; init; } = 0.5f;

    /// <summary>Draw vertical lines between columns (horizontal lines are always drawn).</summary>
    public bool VerticalLines { get; init; }
    public float SpaceBefore { get; init; } = 4f;
    public float SpaceAfter { get; init; } = 10f;
    public static TableStyle Default { get; } = new();
}

public sealed record BoxStyle
{
    public Color Background { get; init; } = Palette.CalloutFill;
    public Color BorderColor { get; init; } = Color.Transparent;
    public float BorderWidth { get; init; }

    /// <summary>A bar down the left edge, the usual mark of a callout; 0 for none.</summary>
    public float AccentWidth { get; init; } = 2.5f;
    public Color AccentColor { get; init; } = Palette.Accent;
    public float Padding { get; init; } = 9f;
    public float SpaceBefore { get; init; } = 6f;
    public float SpaceAfter { get; init; } = 10f;
    public static BoxStyle Default { get; } = new();
}

public sealed record RuleStyle
{
    public float Thickness { get; init; } = 0.75f;
    public Color Color { get; init; } = Palette.Hairline;
    public float SpaceBefore { get; init; } = 6f;
    public float SpaceAfter { get; init; } = 10f;
    public static RuleStyle Default { get; } = new();
}

public sealed record TocStyle
{
    public TextStyle Text { get; init; } = DefaultText.Body with { Family = FontFamily.Sans, Size = 10f };
    public TextStyle TopLevelText { get; init; } = new() { Bold = true };
    public float LevelIndent { get; init; } = 14f;
    public float EntrySpacing { get; init; } = 3f;
    public static TocStyle Default { get; } = new();
}

public sealed record ChartStyle
{
    public TextStyle Text { get; init; } = DefaultText.Body with { Family = FontFamily.Sans, Size = 7.5f, Color = Palette.Muted };
    public TextStyle TitleText { get; init; } = new() { Size = 9.5f, Bold = true, Color = Palette.Navy };
    public IReadOnlyList<Color> Series { get; init; } =
    [
        Color.FromHex("#1f5fa8"), Color.FromHex("#d1495b"), Color.FromHex("#2a9d8f"),
        Color.FromHex("#e9a03b"), Color.FromHex("#6c4f9c"), Color.FromHex("#5c6b73"),
    ];
    public Color GridColor { get; init; } = Color.FromHex("#e3e7ec");
    public Color AxisColor { get; init; } = Color.FromHex("#9aa3ad");
    public float SpaceBefore { get; init; } = 6f;
    public float SpaceAfter { get; init; } = 10f;
    public static ChartStyle Default { get; } = new();
}

/// <summary>The running header and footer.</summary>
public sealed record RunningStyle
{
    public TextStyle Text { get; init; } = DefaultText.Body with { Family = FontFamily.Sans, Size = 8f, Color = Palette.Muted };

    /// <summary>Distance from the top of the body area up to the header's baseline.</summary>
    public float HeaderGap { get; init; } = 22f;

    /// <summary>Distance from the bottom of the body area down to the footer's baseline.</summary>
    public float FooterGap { get; init; } = 28f;
    public Color RuleColor { get; init; } = Palette.Hairline;
    public static RunningStyle Default { get; } = new();
}
