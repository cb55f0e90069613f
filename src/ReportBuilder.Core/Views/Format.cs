using System.Globalization;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// Every way a value from the data is turned into words, in one place: the views use these, and the
/// templates get the same functions (<c>format_date</c>, <c>format_number</c>, …), so a date never reads
/// two ways on two pages. Words, date patterns and the digit grouping and decimal mark of numbers come from the
/// site's <see cref="Strings"/> ("3,000" in English, "3 000" in Ukrainian).
/// </summary>
internal sealed class Format(Strings strings)
{
    public Strings Strings { get; } = strings;

    /// <summary>"23 December 2024"; "23 грудня 2024".</summary>
    public string Day(DateOnly day) => Strings.Fill("date.day", ("d", Num(day.Day)), ("month", Strings.MonthInDate(day.Month)), ("year", Num(day.Year)));

    /// <summary>A date at the precision it was given: "23 December 2024", "week of 16–22 December 2024", "December 2024", "2024".</summary>
    public string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => Day(date.Start),
        DatePrecision.Week => Strings.Fill("date.week", ("range", WeekRange(IsoWeek.Of(date.Start)))),
        DatePrecision.Month => Strings.Fill("date.month", ("month", Strings.MonthAlone(date.Start.Month)), ("year", Num(date.Start.Year))),
        _ => Num(date.Start.Year),
    };

    /// <summary>A claim's date, or "date not given" when the data has none.</summary>
    public string Date(PartialDate? date) => date is { } d ? Date(d) : NoDate;

    /// <summary>What stands where a claim's date would: the data does not say when it was said.</summary>
    public string NoDate => Strings["date.none"];

    /// <summary>"Week 52, 2024".</summary>
    public string WeekTitle(IsoWeek week) => Strings.Fill("week.title", ("week", Num(week.Week)), ("year", Num(week.Year)));

    /// <summary>The days of a week: "16–22 December 2024", "30 December 2024 – 5 January 2025".</summary>
    public string WeekRange(IsoWeek week)
    {
        var (a, b) = (week.Monday, week.Sunday);
        if (a.Year != b.Year)
            return Day(a) + " – " + Day(b);
        if (a.Month != b.Month)
            return Strings.Fill("date.day_month", ("d", Num(a.Day)), ("month", Strings.MonthInDate(a.Month))) + " – " + Day(b);
        return Num(a.Day) + "–" + Day(b);
    }

    /// <summary>"3,000"; "2.5" in English, "3 000"; "2,5" in Ukrainian.</summary>
    public string Number(decimal value) => Strings.Number(value);

    /// <summary>A figure with its qualifier, "more than 3,000": <c>figure.&lt;qualifier&gt;</c> with the model's numbers.</summary>
    public string Figure(Figure figure) => Strings.Fill("figure." + DataNames.Name(figure.Qualifier),
        ("value", Number(figure.Qualifier == Qualifier.UpTo ? figure.Max ?? figure.Point : figure.Point)),
        ("min", Number(figure.Min ?? 0)), ("max", Number(figure.Max ?? 0)));

    /// <summary>The stance as a verb phrase: "asserts", "declines to confirm".</summary>
    public string Stance(Stance stance) => Strings["stance." + DataNames.Name(stance)];

    /// <summary>
    /// The stance as the verb after its claimant's name: a <c>group</c> actor (several claimants together, "American, South
    /// Korean and Ukrainian authorities") takes the plural, <c>stance.plural.&lt;stance&gt;</c> ("assert").
    /// </summary>
    public string StanceVerb(Stance stance, Actor claimant) =>
        claimant.Kind == "group" ? Strings["stance.plural." + DataNames.Name(stance)] : Stance(stance);

    /// <summary>The unit after a figure: "1 soldier", not "1 soldiers" (units in data are plural nouns); a range stays plural.</summary>
    public static string Unit(Figure figure, string unit) =>
        figure is { Value: 1, Qualifier: Qualifier.Exactly or Qualifier.About } && unit.Length > 1 && unit.EndsWith('s') ? unit[..^1] : unit;

    /// <summary>
    /// A source's title as shown everywhere: the document's own headline as it is; the desk's description of a
    /// document without one in square brackets, as catalogues mark a title they supply.
    /// </summary>
    public static string SourceTitle(Source source) => source.TitleIsHeadline ? source.Title : "[" + source.Title + "]";

    /// <summary>How a source's title is to be read: "" for the document's own headline, else that it is the desk's description.</summary>
    public string TitleNote(Source source) => source.TitleIsHeadline ? "" : Strings["source.title_note"];

    /// <summary>"1 claim", "3 claims": <c>count.&lt;noun&gt;</c> in the strings file.</summary>
    public string Count(int n, string noun) => Strings.Count(n, noun);

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
