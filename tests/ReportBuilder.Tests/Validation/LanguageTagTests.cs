using ReportBuilder.Core.Validation;

namespace ReportBuilder.Tests.Validation;

/// <summary>site.yaml's language: BCP 47 as pages need it, made-up tags refused.</summary>
public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("en-GB")]
    [InlineData("EN-gb")]
    [InlineData("sr-Latn-RS")]
    [InlineData("zh-Hant")]
    [InlineData("es-419")]
    public void Accepts_a_language_with_an_optional_script_and_region(string tag) => Assert.Null(LanguageTag.Problem(tag));

    [Theory]
    [InlineData("xx-notalang", "'xx-notalang' is not a language tag of the form language[-Script][-REGION]")]
    [InlineData("xx", "'xx' is not an ISO 639-1 language code")]
    [InlineData("qq-GB", "'qq' in 'qq-GB' is not an ISO 639-1 language code")]
    [InlineData("en_GB", "'en_GB' is not a language tag of the form language[-Script][-REGION]")]
    [InlineData("english", "'english' is not a language tag of the form language[-Script][-REGION]")]
    [InlineData("en-", "'en-' is not a language tag of the form language[-Script][-REGION]")]
    [InlineData("de-DE-x-private", "'de-DE-x-private' is not a language tag of the form language[-Script][-REGION]")]
    public void Refuses_anything_else_and_says_what(string tag, string problem) => Assert.Equal(problem, LanguageTag.Problem(tag));
}
