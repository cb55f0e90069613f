namespace ReportBuilder.Layout.Drawing.Charts;

/// <summary>A numeric axis with "nice" ticks: steps of <see cref="NiceNumber"/>s.</summary>
internal readonly record struct NiceScale(double Min, double Max, double Step)
{
    public static NiceScale For(double min, double max, int maxTicks = 6)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
            (min, max) = (0, 1);
        if (max - min < 1e-12)
            (min, max) = min == 0 ? (0, 1) : (min - (Math.Abs(min) * 0.1), max + (Math.Abs(max) * 0.1));
        // The smallest nice step that covers the data in at most maxTicks ticks. (The classic
        // algorithm rounds the range up first and can leave a third of the axis empty.)
        int intervals = Math.Max(1, maxTicks - 1);
        double step = NiceNumber.AtLeast((max - min) / intervals);
        while (Math.Ceiling((max / step) - 1e-9) - Math.Floor((min / step) + 1e-9) > intervals)
            step = NiceNumber.AtLeast(step * 1.0001);
        return new NiceScale(Math.Floor((min / step) + 1e-9) * step, Math.Ceiling((max / step) - 1e-9) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        int count = (int)Math.Round((Max - Min) / Step);
        for (int i = 0; i <= count; i++)
            yield return Min + (i * Step);
    }

    /// <summary>The fraction of the way from Min to Max.</summary>
    public double Fraction(double value) => Max > Min ? (value - Min) / (Max - Min) : 0.5;

    /// <summary>A tick label: thousands separated, as many decimals as the step needs, with the document's marks.</summary>
    public string Format(double value, System.Globalization.NumberFormatInfo marks)
    {
        int decimals = Step >= 1 ? 0 : Math.Min(6, (int)Math.Ceiling(-Math.Log10(Step) - 1e-9));
        if (Math.Abs(value) < Step * 1e-9)
            value = 0;
        return value.ToString("N" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), marks);
    }
}
