using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Templates;

/// <summary>Our functions are called directly, not through reflection: Scriban's argument checks, conversions and error positions still apply.</summary>
public sealed class TemplateFunctionTests
{
    [Theory]
    [InlineData("{{ format_number 1234 }}", "1,234")]
    [InlineData("{{ format_number 1234.5 }}", "1,234.5")]
    [InlineData("{{ count 3 'claim' }}", "3 claims")]
    [InlineData("{{ format_date '2024-12-23' }}|{{ format_week '2024-W52' }}", "23 December 2024|Week 52, 2024")]
    [InlineData("{{ '<b>' | raw }}{{ raw null }}", "<b>")]
    [InlineData("{{ plural_forms | array.size }}", "2")]
    [InlineData("{{ abs 'a/index.html' }}", "https://example.org/a/")]
    public void Functions_take_and_convert_their_arguments(string template, string expected)
    {
        var (output, diagnostics) = TemplateHarness.Render(template);
        Assert.Empty(diagnostics);
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("{{ format_date 'soon' }}", "templates/t.sbn:1:4: error RB2002: ", "'soon' is not a date")]
    [InlineData("{{ format_number }}", "templates/t.sbn:1:17: error RB2002: ", "Invalid number of arguments `0` passed to `format_number` while expecting `1` arguments")]
    [InlineData("{{ format_number 'x' }}", "templates/t.sbn:1:18: error RB2002: ", "Unable to convert type `string` to `decimal`")]
    [InlineData("{{ format_week '2024-W52' 'extra' }}", "templates/t.sbn:1:4: error RB2002: ", "Argument index must be < 1")]
    [InlineData("{{ chart 'nk' }}", "templates/t.sbn:1:4: error RB2002: ", "there is no measure 'nk' to chart")]
    public void A_function_misused_is_an_error_at_the_call(string template, string start, string says)
    {
        var (output, diagnostics) = TemplateHarness.Render(template);
        Assert.Null(output);
        var message = Assert.Single(diagnostics).ToString();
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        Assert.Contains(says, message, StringComparison.Ordinal);
    }
}
