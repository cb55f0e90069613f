namespace ReportBuilder.Core.Output;

/// <summary>
/// The output folder is not one a build may write: it holds someone's work, or lies in the project's inputs.
/// Thrown before anything is written; the command line reports it as bad usage, not as a bug.
/// </summary>
public sealed class OutputRefusedException(string message) : IOException(message);
