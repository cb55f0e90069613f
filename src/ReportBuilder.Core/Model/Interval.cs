namespace ReportBuilder.Core.Model;

/// <summary>How two figures of one measure stand to each other.</summary>
public enum Agreement
{
    /// <summary>The same interval.</summary>
    Agree,

    /// <summary>Different intervals that overlap: both can be true ("more than 3,000" and "at least 1,100").</summary>
    Differ,

    /// <summary>Intervals with nothing in common: they cannot both be true.</summary>
    Conflict,
}

/// <summary>
/// The numbers a figure allows: exactly v is [v, v]; about v is [v − 10 %, v + 10 %] (<see cref="AboutTolerance"/>);
/// at least v is [v, ∞); more than v is (v, ∞); up to v is [0, v]; between a and b is [a, b].
/// A null <see cref="High"/> is unbounded.
/// </summary>
internal readonly record struct Interval(decimal Low, bool LowOpen, decimal? High, bool HighOpen)
{
    /// <summary>"About 7,000" allows 10 % either way: 6,300 to 7,700. Rounded figures in the sources are rarely closer.</summary>
    public const decimal AboutTolerance = 0.10m;

    public static Interval Of(Figure f) => f.Qualifier switch
    {
        Qualifier.Exactly => new(f.Value ?? 0, false, f.Value ?? 0, false),
        Qualifier.About => new((f.Value ?? 0) * (1 - AboutTolerance), false, (f.Value ?? 0) * (1 + AboutTolerance), false),
        Qualifier.AtLeast => new(f.Min ?? 0, false, null, false),
        Qualifier.MoreThan => new(f.Min ?? 0, true, null, false),
        Qualifier.UpTo => new(0, false, f.Max ?? 0, false),
        _ => new(f.Min ?? 0, false, f.Max ?? 0, false),
    };

    /// <summary>Whether some number lies in both intervals.</summary>
    public bool Overlaps(Interval other) => Below(this, other) && Below(other, this);

    /// <summary>Whether <paramref name="a"/> starts no later than <paramref name="b"/> ends, counting open ends.</summary>
    private static bool Below(Interval a, Interval b) =>
        b.High is not { } high || a.Low < high || (a.Low == high && !a.LowOpen && !b.HighOpen);

    public Agreement Compare(Interval other) => this == other ? Agreement.Agree : Overlaps(other) ? Agreement.Differ : Agreement.Conflict;
}
