namespace ReportBuilder.Core.Output;

/// <summary>
/// Where a build's files go as they are made, from any thread, in any order: the staging tree of
/// <see cref="OutputWriter"/>, or memory for <c>diff</c>, <c>serve</c> and tests. Each path is added once.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);

    /// <summary>
    /// A large file (data.json is 51 MB at 50,000 claims) made by <paramref name="write"/>, which may run more than
    /// once and must write the same bytes each time: the staging tree takes it straight into its file, never whole in
    /// memory; other sinks into one array of its size (<see cref="ExactBytes"/>).
    /// </summary>
    void Add(string path, Action<Stream> write) => Add(new OutputFile(path, ExactBytes.Write(write)));

    /// <summary>
    /// Where the file added as <paramref name="path"/> now is on disk, for the render cache to give it a second name
    /// rather than write its bytes again; null when the sink keeps it elsewhere (memory) or could not add it.
    /// </summary>
    string? Location(string path) => null;
}
