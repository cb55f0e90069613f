namespace ReportBuilder.Layout.Pdf;

/// <summary>A bookmark: a heading, the 0-based page it is on and its top in PDF user space.</summary>
internal sealed record OutlineEntry(int Level, string Title, string Anchor, int PageIndex, float Top);
