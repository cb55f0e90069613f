using System.Globalization;

namespace ReportBuilder.Commands;

/// <summary>A count with its English noun for the terminal's lines: "1 error", "2 errors", "1 briefing".</summary>
internal static class Counted
{
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
