namespace ReportBuilder.Layout;

/// <summary>
/// A vector line chart: categories or dates along x, numbers along y with nice ticks, several
/// labelled series, an optional low..high band per point, a legend.
/// </summary>
public sealed record Chart(ChartAxisX XAxis, IReadOnlyList<ChartSeries> Series) : Block
{
    public string? Title { get; init; }

    /// <summary>A label for the y axis, such as the unit.</summary>
    public string? YLabel { get; init; }

    /// <summary>The plot's height including title, labels and legend.</summary>
    public float Height { get; init; } = 190f;

    /// <summary>Start the y axis at zero even when every value is far above it.</summary>
    public bool IncludeZero { get; init; } = true;

    /// <summary>
    /// What the chart shows, in words, for readers who cannot see it (the PDF figure's alternate text).
    /// When null, one is made from the title and the data.
    /// </summary>
    public string? Description { get; init; }
    public ChartStyle? Style { get; init; }

    /// <summary>
    /// The date axis's month names, January first, in the document's language ("Jan", "січ."); null for the
    /// invariant English abbreviations.
    /// </summary>
    public IReadOnlyList<string>? MonthNames { get; init; }
}

/// <summary>
/// The x axis: ordered category labels (a point's X is the category's index) or dates (a point's
/// X is <see cref="DateOnly.DayNumber"/>).
/// </summary>
public sealed record ChartAxisX
{
    private ChartAxisX(IReadOnlyList<string>? categories) => Categories = categories;

    /// <summary>The labels, or null for a date axis.</summary>
    public IReadOnlyList<string>? Categories { get; }
    public bool IsDates => Categories is null;

    public static ChartAxisX OfCategories(IReadOnlyList<string> labels) => new(labels);
    public static ChartAxisX OfDates() => new((IReadOnlyList<string>?)null);
}

public sealed record ChartSeries(string Label, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>Overrides the theme's colour for this series.</summary>
    public Color? Color { get; init; }
}

/// <summary>A value, with an optional range (a band or error bar) from <see cref="Low"/> to <see cref="High"/>.</summary>
public readonly record struct ChartPoint(double X, double Y, double? Low = null, double? High = null)
{
    public static ChartPoint OnDate(DateOnly date, double y, double? low = null, double? high = null) =>
        new(date.DayNumber, y, low, high);
}
