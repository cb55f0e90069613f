namespace ReportBuilder.Bench;

/// <summary>SplitMix64: tiny, and unlike System.Random its sequence is ours to keep.</summary>
internal sealed class SplitMix(int seed)
{
    private ulong _state = (ulong)seed;

    /// <summary>A number from 0 to bound − 1.</summary>
    public int Next(int bound)
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z % (ulong)bound);
    }

    /// <summary>True about once in <paramref name="n"/> calls.</summary>
    public bool OneIn(int n) => Next(n) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
