namespace ReportBuilder.Layout.Drawing.Charts;

/// <summary>
/// The one rule for round axis numbers, the web chart's top and the PDF chart's step alike: 1, 2, 2.5 or 5 times a
/// power of ten.
/// </summary>
public static class NiceNumber
{
    /// <summary>The smallest nice number at or above <paramref name="value"/> (which must be positive).</summary>
    public static double AtLeast(double value)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (double factor in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (factor * power >= value * (1 - 1e-9))
                return factor * power;
        }
        return 10 * power;
    }
}
