using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Tests.Views;

public sealed class FormatTests
{
    [Theory]
    [InlineData("2024-12-23", "23 December 2024")]
    [InlineData("2024-W51", "week of 16–22 December 2024")]
    [InlineData("2025-W01", "week of 30 December 2024 – 5 January 2025")]
    [InlineData("2024-12", "December 2024")]
    [InlineData("2024", "2024")]
    public void A_date_reads_at_its_precision(string data, string text) => Assert.Equal(text, Format.Date(PartialDate.Parse(data)!.Value));

    [Fact]
    public void An_undated_claim_says_so() => Assert.Equal("date not given", Format.Date((PartialDate?)null));

    [Theory]
    [InlineData(2024, 52, "23–29 December 2024")]
    [InlineData(2025, 1, "30 December 2024 – 5 January 2025")]
    [InlineData(2024, 44, "28 October – 3 November 2024")]
    public void A_week_reads_as_its_days(int year, int week, string text) => Assert.Equal(text, Format.WeekRange(new IsoWeek(year, week)));

    [Theory]
    [InlineData(Qualifier.Exactly, 3000, null, null, "3,000")]
    [InlineData(Qualifier.About, 7000, null, null, "about 7,000")]
    [InlineData(Qualifier.AtLeast, null, 1100, null, "at least 1,100")]
    [InlineData(Qualifier.MoreThan, null, 3000, null, "more than 3,000")]
    [InlineData(Qualifier.UpTo, null, null, 12000, "up to 12,000")]
    [InlineData(Qualifier.Between, null, 10000, 11000, "between 10,000 and 11,000")]
    public void A_figure_reads_with_its_qualifier(Qualifier qualifier, int? value, int? min, int? max, string text) =>
        Assert.Equal(text, Format.Figure(new Figure("m", value, min, max, qualifier, default)));
}
