namespace ReportBuilder.Layout;

/// <summary>
/// The PDF's document information. Dates come from the caller, never the clock, so the same
/// input gives the same bytes.
/// </summary>
public sealed record DocumentMetadata
{
    public string Title { get; init; } = "";
    public string Author { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Keywords { get; init; } = "";
    public string Creator { get; init; } = "ReportBuilder";
    public string Producer { get; init; } = "ReportBuilder.Layout";

    /// <summary>The document's natural language as a BCP 47 tag ("en", "uk"), or empty when unknown.</summary>
    public string Language { get; init; } = "";
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>Defaults to <see cref="Created"/>.</summary>
    public DateTimeOffset? Modified { get; init; }

    public static DocumentMetadata Default { get; } = new();
}
