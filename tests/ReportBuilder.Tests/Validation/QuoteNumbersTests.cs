using ReportBuilder.Core.Validation;

namespace ReportBuilder.Tests.Validation;

/// <summary>The numbers a quote gives, as RB0126 reads them: a figure must be one of them.</summary>
public sealed class QuoteNumbersTests
{
    [Theory]
    [InlineData("already exceeds 3,000 people", 3000)]
    [InlineData("some 11 000 soldiers", 11000)]
    [InlineData("some 11\u2009000 soldiers", 11000)]
    [InlineData("about 1.1 thousand troops", 1100)]
    [InlineData("between 10,000 and 11,000.", 11000)]
    [InlineData("captured two wounded North Korean soldiers", 2)]
    [InlineData("at least three hundred soldiers", 300)]
    [InlineData("a 2.5 percent rise", 2.5)]
    [InlineData("120 self-propelled howitzers and 120 MLRS", 120)]
    public void A_number_written_in_the_quote_is_read(string quote, double number) =>
        Assert.Contains((decimal)number, QuoteNumbers.In(quote));

    [Theory]
    [InlineData("already exceeds 3,000 people", 3100)]
    [InlineData("a North Korean soldier", 1)]
    [InlineData("about 1.1 thousand troops", 1.1)]
    public void A_number_not_in_the_quote_is_not_read(string quote, double number) =>
        Assert.DoesNotContain((decimal)number, QuoteNumbers.In(quote));

    [Theory]
    [InlineData("1234567890123456789012345678901234567890 soldiers")]
    [InlineData("9,999,999,999,999,999,999,999,999,999,999,999")]
    public void Digits_too_long_for_any_figure_give_no_reading_and_no_failure(string quote) => Assert.Empty(QuoteNumbers.In(quote));
}
