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

    /// <summary>Whether some number lies in both intervals: neither starts after the other ends.</summary>
    public bool Overlaps(Interval other) => LowBound <= other.HighBound && other.LowBound <= HighBound;

    /// <summary>Where the interval starts, as a point one can sort: an open end lies just above its number.</summary>
    public Bound LowBound => new(false, Low, LowOpen ? 1 : 0);

    /// <summary>Where the interval ends, as a point one can sort: an open end lies just below its number, no end above every number.</summary>
    public Bound HighBound => High is { } high ? new(false, high, HighOpen ? -1 : 0) : new(true, 0, 0);

    public Agreement Compare(Interval other) => this == other ? Agreement.Agree : Overlaps(other) ? Agreement.Differ : Agreement.Conflict;
}

/// <summary>
/// An end of an <see cref="Interval"/> on the number line: <see cref="Value"/>, or just below it (<see cref="Side"/> −1,
/// an open upper end), or just above it (+1, an open lower end); <see cref="Unbounded"/> lies above every number.
/// One interval lies wholly above another when its low bound is greater than the other's high bound.
/// </summary>
internal readonly record struct Bound(bool Unbounded, decimal Value, int Side) : IComparable<Bound>
{
    public int CompareTo(Bound other) =>
        Unbounded != other.Unbounded ? (Unbounded ? 1 : -1)
        : Unbounded ? 0
        : Value != other.Value ? Value.CompareTo(other.Value)
        : Side.CompareTo(other.Side);

    public static bool operator <(Bound a, Bound b) => a.CompareTo(b) < 0;
    public static bool operator >(Bound a, Bound b) => a.CompareTo(b) > 0;
    public static bool operator <=(Bound a, Bound b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Bound a, Bound b) => a.CompareTo(b) >= 0;
}
