using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// The functions every template may call, on top of Scriban's own: the formatting helpers of
/// <see cref="Format"/>, <c>raw</c> to write trusted markup on purpose, <c>abs</c> for absolute URLs
/// (feeds and sitemaps), <c>chart</c> for a measure's inline SVG. <c>rel</c>, which links from the page in hand, is added
/// by Html/HtmlSite. Each is a <see cref="TypedFunction"/>: called directly, not through reflection.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(string baseUrl, Format format, Func<string, RawText?>? chart = null)
    {
        var functions = new ScriptObject();
        void Add(string name, DelegateCustomFunction function) => functions.SetValue(name, function, readOnly: true);
        Add("raw", TypedFunction.Of<object?, RawText>(Raw));
        Add("t", TypedFunction.Of<string, string>(key => format.Strings[key]));
        Add("plural_forms", TypedFunction.Of<IReadOnlyList<string>>(() => format.Strings.PluralForms));
        Add("format_date", TypedFunction.Of<string, string>(iso => FormatDate(format, iso)));
        Add("format_number", TypedFunction.Of<decimal, string>(format.Number));
        Add("format_week", TypedFunction.Of<string, string>(id => format.WeekTitle(ParseWeek(id))));
        Add("week_range", TypedFunction.Of<string, string>(id => format.WeekRange(ParseWeek(id))));
        Add("count", TypedFunction.Of<int, string, string>(format.Count));
        Add("abs", TypedFunction.Of<string, string>(path => SitePaths.Absolute(baseUrl, path)));
        Add("chart", TypedFunction.Of<string, RawText>(id =>
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
