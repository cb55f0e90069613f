using System.Collections.Concurrent;

namespace ReportBuilder.Core.Output;

/// <summary>Keeps a build's files in memory, for <c>diff</c> (two revisions side by side), <c>serve</c> and tests.</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    public void Add(OutputFile file)
    {
        if (!_files.TryAdd(file.Path, file))
            throw new ArgumentException($"two outputs for {file.Path}", nameof(file));
    }

    /// <summary>Every file added, in ordinal path order whatever order they came in.</summary>
    public IReadOnlyList<OutputFile> Files => [.. _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];
}
