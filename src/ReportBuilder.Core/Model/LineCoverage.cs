namespace ReportBuilder.Core.Model;

/// <summary>
/// The line-coverage rule, the one home of it: a source line is accounted for when a claim cites it, it is listed
/// under not_used, or it is blank. `check` reports every line that is not (RB0122) and counts the lines that are.
/// </summary>
internal static class LineCoverage
{
    public static bool IsAccountedFor(string text, bool cited, bool listedUnused) => cited || listedUnused || Source.IsBlank(text);
}
