namespace ReportBuilder.Layout.Drawing;

/// <summary>A polyline or polygon in page points (origin top left), for chart lines and bands.</summary>
internal sealed class VectorPath
{
    private readonly List<(float X, float Y)> _points = [];

    public IReadOnlyList<(float X, float Y)> Points => _points;
    public bool Closed { get; private set; }

    public VectorPath MoveTo((float X, float Y) point)
    {
        _points.Clear();
        _points.Add(point);
        return this;
    }

    public VectorPath LineTo((float X, float Y) point)
    {
        _points.Add(point);
        return this;
    }

    public VectorPath Close()
    {
        Closed = true;
        return this;
    }
}

/// <summary>A rectangle in page points (origin top left).</summary>
internal readonly record struct Rect(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;
    public float Height => Bottom - Top;
}
