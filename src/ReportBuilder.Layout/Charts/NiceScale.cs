namespace ReportBuilder.Layout.Charts;

/// <summary>A numeric axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten.</summary>
internal readonly record struct NiceScale(double Min, double Max, double Step)
{
    public static NiceScale For(double min, double max, int maxTicks = 6)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
            (min, max) = (0, 1);
        if (max - min < 1e-12)
            (min, max) = min == 0 ? (0, 1) : (min - (Math.Abs(min) * 0.1), max + (Math.Abs(max) * 0.1));
        double range = Nice(max - min, round: false);
        double step = Nice(range / Math.Max(1, maxTicks - 1), round: true);
        return new NiceScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        int count = (int)Math.Round((Max - Min) / Step);
        for (int i = 0; i <= count; i++)
            yield return Min + (i * Step);
    }

    /// <summary>The fraction of the way from Min to Max.</summary>
    public double Fraction(double value) => Max > Min ? (value - Min) / (Max - Min) : 0.5;

    /// <summary>A tick label: thousands separated, as many decimals as the step needs.</summary>
    public string Format(double value)
    {
        int decimals = Step >= 1 ? 0 : Math.Min(6, (int)Math.Ceiling(-Math.Log10(Step) - 1e-9));
        if (Math.Abs(value) < Step * 1e-9)
            value = 0;
        return value.ToString("N" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double Nice(double value, bool round)
    {
        double exponent = Math.Floor(Math.Log10(value));
        double fraction = value / Math.Pow(10, exponent);
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }
}
