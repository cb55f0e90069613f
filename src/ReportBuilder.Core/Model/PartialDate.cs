using System.Globalization;

namespace ReportBuilder.Core.Model;

public enum DatePrecision { Day, Week, Month, Year }

/// <summary>
/// A date known to a day, an ISO week, a month or a year; the precision follows the form written in the
/// data (<c>2024-12-23</c>, <c>2024-W51</c>, <c>2024-12</c>, <c>2024</c>). <see cref="Start"/> and
/// <see cref="End"/> are the first and last days the date may stand for.
/// </summary>
internal readonly record struct PartialDate(DatePrecision Precision, DateOnly Start, DateOnly End) : IComparable<PartialDate>
{
    public static PartialDate OfDay(DateOnly day) => new(DatePrecision.Day, day, day);

    public static PartialDate OfWeek(IsoWeek week) => new(DatePrecision.Week, week.Monday, week.Monday.AddDays(6));

    public static PartialDate OfMonth(int year, int month) =>
        new(DatePrecision.Month, new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static PartialDate OfYear(int year) => new(DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The years a date may fall in: this desk reports on the present, and weeks at the ends of the calendar overflow.</summary>
    public const int MinYear = 1900, MaxYear = 2100;

    /// <summary>Parses the four data forms; null when the text is none of them, not a real date, or outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</summary>
    public static PartialDate? Parse(string text)
    {
        var date = ParseAnyYear(text);
        return date is { } d && d.Start.Year >= MinYear && d.End.Year <= MaxYear ? d : null;
    }

    private static PartialDate? ParseAnyYear(string text)
    {
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
            return OfDay(day);
        if (text.Length == 8 && text[4] == '-' && text[5] == 'W' && IsoWeek.TryParse(text, out var week))
            return OfWeek(week);
        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var first))
            return OfMonth(first.Year, first.Month);
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var year) && year is >= 1 and <= 9999)
            return OfYear(year);
        return null;
    }

    /// <summary>The form it was written in: the inverse of <see cref="Parse"/>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => IsoWeek.Of(Start).ToString(),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The date in ISO 8601's calendar form (what schema.org's Date takes: it has no weeks), at the finest precision
    /// that holds every day the date may stand for: a day, a month or a year as written; a week as its month when it
    /// lies in one month, else as its year; null for a week across the turn of a year, which no calendar date holds.
    /// </summary>
    public string? CalendarIso => Precision switch
    {
        DatePrecision.Week when Start.Month == End.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Week when Start.Year == End.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Week => null,
        _ => ToString(),
    };

    /// <summary>
    /// The ISO week by which something published on this date was certainly out: the week of a day or a week;
    /// for a month or a year, the week of its last day.
    /// </summary>
    public IsoWeek KnownByWeek => IsoWeek.Of(Precision is DatePrecision.Day or DatePrecision.Week ? Start : End);

    /// <summary>
    /// The order things were said in, as far as their dates tell: by the last day a date allows, so a claim known only
    /// to its week or month comes after the days inside it (it may have been said on the last of them); at the same
    /// last day the narrower date first.
    /// </summary>
    public static int CompareSaid(PartialDate x, PartialDate y)
    {
        var byEnd = x.End.CompareTo(y.End);
        return byEnd != 0 ? byEnd : y.Start.CompareTo(x.Start);
    }

    /// <summary>Chronological: earlier start first; at the same start the more precise date first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }
}
