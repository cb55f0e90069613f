using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Serve;

/// <summary>
/// serve's way into the render cache that <c>build</c> keeps beside the project's out/ (<c>.out.cache/</c>), so an
/// unchanged page or briefing is not rendered again and serve and build share what either rendered. The cache has
/// one writer at a time, the holder of out/'s lock: each use takes it without waiting, and while a build holds it
/// (or it cannot be taken at all, as in a read-only project) serve renders without the cache rather than wait.
/// One use at a time within serve. Nothing is written into out/ itself.
/// </summary>
internal sealed class ServeCache(string projectDirectory)
{
    private readonly Lock _gate = new();
    private readonly string _target = OutputPaths.DefaultTarget(projectDirectory);

    /// <summary>Runs <paramref name="render"/> with the cache's folder, or with null when the cache is not free.</summary>
    public T Use<T>(Func<string?, T> render)
    {
        lock (_gate)
        {
            OutputLock held;
            try
            {
                held = OutputLock.Acquire(_target, TimeSpan.Zero);
            }
            catch (Exception e) when (e is OutputRefusedException or IOException or UnauthorizedAccessException)
            {
                return render(null);
            }
            using (held)
                return render(RenderCache.PathFor(_target));
        }
    }
}
