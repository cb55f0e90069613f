namespace ReportBuilder.Layout;

/// <summary>
/// A vector line chart: dates along x (a point's X is <see cref="DateOnly.DayNumber"/>), numbers along y with
/// nice ticks, several labelled series, an optional low..high band per point, a legend.
/// </summary>
public sealed record Chart(IReadOnlyList<ChartSeries> Series) : Block
{
    public string? Title { get; init; }

    /// <summary>A label for the y axis, such as the unit.</summary>
    public string? YLabel { get; init; }

    /// <summary>The plot's height including title, labels and legend.</summary>
    public float Height { get; init; } = 190f;

    /// <summary>Start the y axis at zero even when every value is far above it.</summary>
    public bool IncludeZero { get; init; } = true;

    /// <summary>A line under the legend, such as what the chart leaves out; null for none.</summary>
    public string? Note { get; init; }

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

    /// <summary>What the y axis's numbers put between groups of three digits: "," in English, a no-break space in Ukrainian.</summary>
    public string DigitGroupSeparator { get; init; } = ",";

    /// <summary>What the y axis's numbers put before their decimals: "." in English, "," in Ukrainian.</summary>
    public string DecimalSeparator { get; init; } = ".";
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
