namespace ReportBuilder.Tests.Support;

/// <summary>
/// A test's change to a figure of the real data. The new number stands in none of the claim's quotes (RB0126), so the
/// edited figure says it is the desk's own arithmetic, as a curator would have to.
/// </summary>
internal static class FigureEdit
{
    public static string Min(string sheet, string from, string to) =>
        sheet.Replace($"min: {from}\n", $"min: {to}\n        derived: \"the desk's own count\"\n", StringComparison.Ordinal);
}
