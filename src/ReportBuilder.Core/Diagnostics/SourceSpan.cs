namespace ReportBuilder.Core.Diagnostics;

/// <summary>
/// Where a value came from: a project-relative path (always with '/') and a 1-based line and column.
/// Line 0 means "the file as a whole" (a missing file, a file too large to read).
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Column}" : Path;
}
