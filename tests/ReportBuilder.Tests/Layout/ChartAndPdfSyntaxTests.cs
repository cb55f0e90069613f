using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Drawing.Charts;
using ReportBuilder.Layout.Pdf;

namespace ReportBuilder.Tests.Layout;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1.2, 2)]
    [InlineData(2.1, 2.5)]
    [InlineData(3450, 5000)]
    [InlineData(5001, 10_000)]
    [InlineData(0.037, 0.05)]
    public void A_nice_number_is_1_2_2point5_or_5_times_a_power_of_ten_at_or_above(double value, double nice) =>
        Assert.Equal(nice, NiceNumber.AtLeast(value), 9);

    [Theory]
    [InlineData(0, 3000, 6, 0, 3000, 1000)]
    [InlineData(0, 3000, 7, 0, 3000, 500)]
    [InlineData(0, 2900, 4, 0, 3000, 1000)]
    [InlineData(1420, 1874, 5, 1400, 2000, 200)]
    [InlineData(0, 0.37, 5, 0, 0.4, 0.1)]
    [InlineData(0, 100, 5, 0, 100, 25)]
    [InlineData(-12, 41, 6, -20, 60, 20)]
    public void Ticks_are_round_numbers_that_cover_the_data(double min, double max, int ticks, double niceMin, double niceMax, double step)
    {
        var scale = NiceScale.For(min, max, ticks);

        Assert.Equal(niceMin, scale.Min, 9);
        Assert.Equal(niceMax, scale.Max, 9);
        Assert.Equal(step, scale.Step, 9);
        Assert.True(scale.Ticks().Count() <= ticks);
    }

    [Theory]
    [InlineData(2500, 500, ",", ".", "2,500")]
    [InlineData(0.25, 0.05, ",", ".", "0.25")]
    [InlineData(3, 1, ",", ".", "3")]
    [InlineData(12500, 500, "\u00A0", ",", "12\u00A0500")]
    [InlineData(2.5, 0.5, "\u00A0", ",", "2,5")]
    public void Tick_labels_use_the_documents_digit_groups_and_the_decimals_the_step_needs(double value, double step, string group, string mark, string expected) =>
        Assert.Equal(expected, new NiceScale(0, 20_000, step).Format(value, new System.Globalization.NumberFormatInfo { NumberGroupSeparator = group, NumberDecimalSeparator = mark }));
}

public sealed class PdfSyntaxTests
{
    [Theory]
    [InlineData(12.0, "12")]
    [InlineData(12.5, "12.5")]
    [InlineData(-0.125, "-0.125")]
    [InlineData(0.1004, "0.1")]
    [InlineData(0.0004, "0")]
    [InlineData(595.0, "595")]
    [InlineData(1e10, "10000000000")]
    public void Numbers_have_at_most_three_decimals_and_no_exponent(double value, string expected) =>
        Assert.Equal(expected, new ByteBuffer().Number(value).ToString());

    [Fact]
    public void A_number_that_is_not_finite_is_refused_rather_than_written() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ByteBuffer().Number(double.NaN));

    [Theory]
    [InlineData("Key figures (week 52)", "(Key figures \\(week 52\\))")]
    [InlineData("Київ", "<FEFF041A043804570432>")]
    public void Text_strings_are_literal_for_ascii_and_utf16_otherwise(string value, string expected) =>
        Assert.Equal(expected, PdfSyntax.Text(value));

    [Theory]
    [InlineData("Key figures (week 52)", "key-figures-week-52")]
    [InlineData("  Where claimants disagree!  ", "where-claimants-disagree")]
    [InlineData("Хронологія подій", "хронологія-подій")]
    [InlineData("???", "section")]
    public void Heading_anchors_are_slugs_of_their_titles(string title, string slug) =>
        Assert.Equal(slug, DocumentIndex.Slug(title));
}
