namespace ReportBuilder.Core.Views;

/// <summary>
/// Offline dominance counting in a sequence: for each position j, how many positions i &lt; j have
/// points[i].X &lt; queries[j].X and points[i].Y &lt; queries[j].Y. Divide and conquer over the positions (the left
/// half's points against the right half's queries by a sweep over X with a Fenwick tree over Y), O(n log² n).
/// </summary>
internal static class EarlierDominance
{
    /// <summary>Below this many positions a range is counted pair by pair.</summary>
    private const int Direct = 24;

    public static long[] Count((int X, int Y)[] points, (int X, int Y)[] queries)
    {
        var ys = points.Select(p => p.Y).Distinct().Order().ToArray();
        var counts = new long[points.Length];
        Solve(points, queries, ys, new long[ys.Length + 1], counts, 0, points.Length);
        return counts;
    }

    private static void Solve((int X, int Y)[] points, (int X, int Y)[] queries, int[] ys, long[] tree, long[] counts, int from, int to)
    {
        if (to - from <= Direct)
        {
            for (var j = from + 1; j < to; j++)
            {
                for (var i = from; i < j; i++)
                {
                    if (points[i].X < queries[j].X && points[i].Y < queries[j].Y)
                        counts[j]++;
                }
            }
            return;
        }
        var middle = (from + to) / 2;
        Solve(points, queries, ys, tree, counts, from, middle);
        Solve(points, queries, ys, tree, counts, middle, to);
        var left = Enumerable.Range(from, middle - from).OrderBy(i => points[i].X).ToArray();
        var right = Enumerable.Range(middle, to - middle).OrderBy(j => queries[j].X).ToArray();
        var added = 0;
        foreach (var j in right)
        {
            for (; added < left.Length && points[left[added]].X < queries[j].X; added++)
                Add(tree, Array.BinarySearch(ys, points[left[added]].Y), 1);
            counts[j] += Below(tree, ys, queries[j].Y);
        }
        for (var k = 0; k < added; k++)
            Add(tree, Array.BinarySearch(ys, points[left[k]].Y), -1);
    }

    private static void Add(long[] tree, int rank, long delta)
    {
        for (var i = rank + 1; i < tree.Length; i += i & -i)
            tree[i] += delta;
    }

    /// <summary>How many points in the tree have a Y below <paramref name="y"/>.</summary>
    private static long Below(long[] tree, int[] ys, int y)
    {
        var rank = Array.BinarySearch(ys, y);
        long sum = 0;
        for (var i = rank < 0 ? ~rank : rank; i > 0; i -= i & -i)
            sum += tree[i];
        return sum;
    }
}
