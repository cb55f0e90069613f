using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// The functions every template may call, on top of Scriban's own: the formatting helpers of
/// <see cref="Format"/>, <c>raw</c> to write trusted markup on purpose, <c>abs</c> for absolute URLs
/// (feeds and sitemaps), <c>chart</c> for a measure's inline SVG. <c>rel</c> is per page (see Html/HtmlSite).
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(string baseUrl, Format format, Func<string, RawText?>? chart = null)
    {
        var functions = new ScriptObject();
        functions.Import("raw", new Func<object?, RawText>(Raw));
        functions.Import("t", new Func<string, string>(key => format.Strings[key]));
        functions.Import("plural_forms", new Func<IReadOnlyList<string>>(() => format.Strings.PluralForms));
        functions.Import("format_date", new Func<string, string>(iso => FormatDate(format, iso)));
        functions.Import("format_number", new Func<decimal, string>(format.Number));
        functions.Import("format_week", new Func<string, string>(id => format.WeekTitle(ParseWeek(id))));
        functions.Import("week_range", new Func<string, string>(id => format.WeekRange(ParseWeek(id))));
        functions.Import("count", new Func<int, string, string>(format.Count));
        functions.Import("abs", new Func<string, string>(path => SitePaths.Absolute(baseUrl, path)));
        functions.Import("chart", new Func<string, RawText>(id =>
            chart?.Invoke(id) ?? throw new ArgumentException($"there is no measure '{id}' to chart")));
        return functions;
    }

    /// <summary>Writes a value without escaping: only for markup the template trusts.</summary>
    private static RawText Raw(object? value) => value as RawText ?? new RawText(value?.ToString() ?? "");

    private static string FormatDate(Format format, string iso) =>
        PartialDate.Parse(iso) is { } date ? format.Date(date) : throw new ArgumentException($"'{iso}' is not a date (2024-12-23, 2024-W51, 2024-12 or 2024)");

    private static IsoWeek ParseWeek(string id) =>
        IsoWeek.TryParse(id, out var week) ? week : throw new ArgumentException($"'{id}' is not an ISO week such as 2024-W52");
}
