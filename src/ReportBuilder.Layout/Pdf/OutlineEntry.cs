namespace ReportBuilder.Layout.Pdf;

/// <summary>A bookmark: a heading and the named destination drawn at its first line.</summary>
internal sealed record OutlineEntry(int Level, string Title, string Anchor);
