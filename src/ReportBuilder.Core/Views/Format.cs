using System.Globalization;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// Every way a value from the data is turned into words, in one place: the views use these, and the
/// templates get the same functions (<c>format_date</c>, <c>format_number</c>, …), so a date never reads
/// two ways on two pages. Invariant culture throughout: English month names, "3,000".
/// </summary>
public static class Format
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>"23 December 2024".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Inv);

    /// <summary>A date at the precision it was given: "23 December 2024", "week of 16–22 December 2024", "December 2024", "2024".</summary>
    public static string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => Day(date.Start),
        DatePrecision.Week => "week of " + WeekRange(IsoWeek.Of(date.Start)),
        DatePrecision.Month => date.Start.ToString("MMMM yyyy", Inv),
        _ => date.Start.Year.ToString(Inv),
    };

    /// <summary>A claim's date, or "date not given" when the data has none.</summary>
    public static string Date(PartialDate? date) => date is { } d ? Date(d) : NoDate;

    /// <summary>What stands where a claim's date would: the data does not say when it was said.</summary>
    public const string NoDate = "date not given";

    /// <summary>"Week 52, 2024".</summary>
    public static string WeekTitle(IsoWeek week) => string.Create(Inv, $"Week {week.Week}, {week.Year}");

    /// <summary>The days of a week: "16–22 December 2024", "30 December 2024 – 5 January 2025".</summary>
    public static string WeekRange(IsoWeek week)
    {
        var (a, b) = (week.Monday, week.Sunday);
        if (a.Year != b.Year)
            return Day(a) + " – " + Day(b);
        if (a.Month != b.Month)
            return a.ToString("d MMMM", Inv) + " – " + Day(b);
        return a.Day.ToString(Inv) + "–" + Day(b);
    }

    /// <summary>"3,000"; "2.5": the model's own number format.</summary>
    public static string Number(decimal value) => FigureText.Number(value);

    /// <summary>A figure with its qualifier, "more than 3,000": the model's own wording (<see cref="FigureText"/>).</summary>
    public static string Figure(Figure figure) => FigureText.Describe(figure);

    /// <summary>The stance as a verb phrase: "asserts", "declines to confirm".</summary>
    public static string Stance(Stance stance) => Kebab.Name(stance).Replace('-', ' ');

    /// <summary>The unit after a figure: "1 soldier", not "1 soldiers" (units in data are plural nouns); a range stays plural.</summary>
    public static string Unit(Figure figure, string unit) =>
        figure is { Value: 1, Qualifier: Qualifier.Exactly or Qualifier.About } && unit.Length > 1 && unit.EndsWith('s') ? unit[..^1] : unit;

    /// <summary>
    /// A source's title as shown everywhere: the document's own headline as it is; the desk's description of a
    /// document without one in square brackets, as catalogues mark a title they supply.
    /// </summary>
    public static string SourceTitle(Source source) => source.TitleIsHeadline ? source.Title : "[" + source.Title + "]";

    /// <summary>How a source's title is to be read: "" for the document's own headline, else that it is the desk's description.</summary>
    public static string TitleNote(Source source) =>
        source.TitleIsHeadline ? "" : "The title in square brackets is the desk's description: the document carries no headline.";

    /// <summary>"1 claim", "3 claims".</summary>
    public static string Count(int n, string singular, string plural) =>
        n.ToString("#,##0", Inv) + " " + (n == 1 ? singular : plural);
}
