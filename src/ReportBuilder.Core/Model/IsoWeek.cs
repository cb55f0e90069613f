using System.Globalization;

namespace ReportBuilder.Core.Model;

/// <summary>An ISO 8601 week such as <c>2024-W52</c>: Monday to Sunday, week 1 holds the year's first Thursday.</summary>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public static IsoWeek Of(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    public static bool TryParse(string text, out IsoWeek week)
    {
        week = default;
        if (text.Length != 8 || text[4] != '-' || text[5] != 'W')
            return false;
        var inv = CultureInfo.InvariantCulture;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, inv, out var year) ||
            !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, inv, out var number))
            return false;
        if (year < 1 || year > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
            return false;
        week = new IsoWeek(year, number);
        return true;
    }

    public IsoWeek Previous() => Of(Monday.AddDays(-7));

    public IsoWeek Next() => Of(Monday.AddDays(7));

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
