using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

/// <summary>What every writer test stands on: a fresh temporary folder holding out/, removed after the test.</summary>
public abstract class OutputFolderTests : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("rb-output-").FullName;

    protected string Out => Path.Combine(Dir, "out");

    /// <summary>What is beside out/ other than its lock and its render cache (which a failed build may fill too).</summary>
    protected IEnumerable<string> BesideOut => Directory.EnumerateFileSystemEntries(Dir)
        .Where(e => e != OutputLock.PathFor(Out) && e != RenderCache.PathFor(Out)).Select(e => Path.GetFileName(e));

    protected static OutputFile F(string path, string text) => OutputFile.Text(path, text);

    protected string Read(string path) => File.ReadAllText(Path.Combine(Out, path));

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
