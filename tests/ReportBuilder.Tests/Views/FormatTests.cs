using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

public sealed class FormatTests
{
    private static readonly Format English = new(ShippedStrings.English);
    private static readonly Format Ukrainian = new(ShippedStrings.Ukrainian);

    [Theory]
    [InlineData("2024-12-23", "23 December 2024")]
    [InlineData("2024-W51", "week of 16–22 December 2024")]
    [InlineData("2025-W01", "week of 30 December 2024 – 5 January 2025")]
    [InlineData("2024-12", "December 2024")]
    [InlineData("2024", "2024")]
    public void A_date_reads_at_its_precision(string data, string text) => Assert.Equal(text, English.Date(PartialDate.Parse(data)!.Value));

    [Fact]
    public void An_undated_claim_says_so() => Assert.Equal("date not given", English.Date((PartialDate?)null));

    [Theory]
    [InlineData(2024, 52, "23–29 December 2024")]
    [InlineData(2025, 1, "30 December 2024 – 5 January 2025")]
    [InlineData(2024, 44, "28 October – 3 November 2024")]
    public void A_week_reads_as_its_days(int year, int week, string text) => Assert.Equal(text, English.WeekRange(new IsoWeek(year, week)));

    [Theory]
    [InlineData("2024-12-23", "23 грудня 2024")]
    [InlineData("2024-W51", "тиждень 16–22 грудня 2024")]
    [InlineData("2025-W01", "тиждень 30 грудня 2024 – 5 січня 2025")]
    [InlineData("2024-12", "грудень 2024")]
    [InlineData("2024-03", "березень 2024")]
    [InlineData("2024", "2024")]
    public void A_ukrainian_date_has_the_genitive_in_a_day_and_the_nominative_alone(string data, string text) =>
        Assert.Equal(text, Ukrainian.Date(PartialDate.Parse(data)!.Value));

    [Theory]
    [InlineData(1, "1 твердження")]
    [InlineData(3, "3 твердження")]
    [InlineData(5, "5 тверджень")]
    [InlineData(11, "11 тверджень")]
    [InlineData(21, "21 твердження")]
    [InlineData(1000, "1\u00a0000 тверджень")]
    public void A_ukrainian_count_takes_the_form_its_number_needs(int n, string text) => Assert.Equal(text, Ukrainian.Count(n, "claim"));

    [Fact]
    public void A_missing_string_names_the_key_and_the_file()
    {
        var e = Assert.Throws<MissingStringException>(() => ShippedStrings.Ukrainian["nav.nowhere"]);
        Assert.Equal("there is no string 'nav.nowhere' in templates/strings/uk.yaml", e.Message);
    }

    [Theory]
    [InlineData(Qualifier.Exactly, 3000, null, null, "3,000")]
    [InlineData(Qualifier.About, 7000, null, null, "about 7,000")]
    [InlineData(Qualifier.AtLeast, null, 1100, null, "at least 1,100")]
    [InlineData(Qualifier.MoreThan, null, 3000, null, "more than 3,000")]
    [InlineData(Qualifier.UpTo, null, null, 12000, "up to 12,000")]
    [InlineData(Qualifier.Between, null, 10000, 11000, "between 10,000 and 11,000")]
    public void A_figure_reads_with_its_qualifier(Qualifier qualifier, int? value, int? min, int? max, string text) =>
        Assert.Equal(text, English.Figure(new Figure("m", value, min, max, qualifier, default)));

    [Theory]
    [InlineData(3000, "3,000", "3\u00a0000")]
    [InlineData(2.5, "2.5", "2,5")]
    [InlineData(1234567.25, "1,234,567.25", "1\u00a0234\u00a0567,25")]
    [InlineData(999, "999", "999")]
    public void A_number_takes_the_grouping_and_decimal_mark_of_the_strings_file(decimal value, string english, string ukrainian)
    {
        Assert.Equal(english, English.Number(value));
        Assert.Equal(ukrainian, Ukrainian.Number(value));
    }

    [Theory]
    [InlineData(Qualifier.MoreThan, null, 3000, null, "понад 3\u00a0000")]
    [InlineData(Qualifier.Between, null, 10000, 11000, "від 10\u00a0000 до 11\u00a0000")]
    public void A_ukrainian_figure_reads_with_its_qualifier(Qualifier qualifier, int? value, int? min, int? max, string text) =>
        Assert.Equal(text, Ukrainian.Figure(new Figure("m", value, min, max, qualifier, default)));
}
