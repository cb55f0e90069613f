using ReportBuilder.Core.Model;

namespace ReportBuilder.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024-12-23", DatePrecision.Day, "2024-12-23", "2024-12-23")]
    [InlineData("2024-W51", DatePrecision.Week, "2024-12-16", "2024-12-22")]
    [InlineData("2024-12", DatePrecision.Month, "2024-12-01", "2024-12-31")]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    public void Parses_each_form_with_its_precision(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);
        Assert.NotNull(date);
        Assert.Equal(precision, date.Value.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Value.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.Value.End);
        Assert.Equal(text, date.Value.ToString());
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-W53")]
    [InlineData("2024-13")]
    [InlineData("24-12-01")]
    [InlineData("2024-12-1")]
    [InlineData("")]
    [InlineData("next week")]
    public void Rejects_impossible_or_malformed_dates(string text) => Assert.Null(PartialDate.Parse(text));

    [Fact]
    public void Iso_week_of_the_last_days_of_2024_is_2025_W01() =>
        Assert.Equal("2025-W01", IsoWeek.Of(new DateOnly(2024, 12, 30)).ToString());

    [Fact]
    public void In_the_order_said_a_week_or_a_month_follows_the_days_inside_it()
    {
        string[] dates = ["2024-12", "2024-W51", "2024-12-27", "2024-12-16", "2024-12-31", "2024-12-22"];

        var ordered = dates.Select(d => PartialDate.Parse(d)!.Value).Order(Comparer<PartialDate>.Create(PartialDate.CompareSaid));

        Assert.Equal(["2024-12-16", "2024-12-22", "2024-W51", "2024-12-27", "2024-12-31", "2024-12"], ordered.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("2024-12-23", "2024-12-23")]
    [InlineData("2024-12", "2024-12")]
    [InlineData("2024", "2024")]
    [InlineData("2024-W42", "2024-10")]   // 14–20 October
    [InlineData("2024-W44", "2024")]      // 28 October – 3 November
    [InlineData("2025-W01", null)]        // 30 December 2024 – 5 January 2025
    public void As_a_calendar_date_a_week_becomes_the_month_or_year_that_holds_it(string text, string? calendar) =>
        Assert.Equal(calendar, PartialDate.Parse(text)!.Value.CalendarIso);
}
