namespace ReportBuilder.Core.Output;

/// <summary>
/// Where a build's files go as they are made, from any thread, in any order: the staging tree of
/// <see cref="OutputWriter"/>, or memory for <c>diff</c>, <c>serve</c> and tests. Each path is added once.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
