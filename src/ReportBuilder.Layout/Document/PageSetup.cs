namespace ReportBuilder.Layout;

/// <summary>Distances from the four edges, in points.</summary>
public readonly record struct Thickness(float Top, float Right, float Bottom, float Left);

/// <summary>
/// Page size and margins, in points (1/72 inch). The body is the page inside the margins.
/// Pages are whole points, so sizes are rounded: A4 is 595 × 842.
/// </summary>
public sealed record PageSetup
{
    public float Width { get; init; } = 595f;
    public float Height { get; init; } = 842f;

    /// <summary>The running header and footer sit inside the top and bottom margins.</summary>
    public Thickness Margins { get; init; } = new(72f, 68f, 68f, 68f);

    public static PageSetup A4 { get; } = new();
    public static PageSetup Letter { get; } = new() { Width = 612f, Height = 792f };
    public static PageSetup Default => A4;

    internal float PageWidth => MathF.Round(Width);
    internal float PageHeight => MathF.Round(Height);
    internal float BodyWidth => PageWidth - Margins.Left - Margins.Right;
    internal float BodyHeight => PageHeight - Margins.Top - Margins.Bottom;
}
