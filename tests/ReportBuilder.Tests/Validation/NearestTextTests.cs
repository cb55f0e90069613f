using ReportBuilder.Core.Validation;

namespace ReportBuilder.Tests.Validation;

/// <summary>RB0120's pointer: the nearest stretch of the cited line and the first character where it parts from the quote.</summary>
public sealed class NearestTextTests
{
    private const string Line = "Zelenskyy said more than 3,000 North Korean soldiers had been killed or wounded.";

    [Fact]
    public void A_look_alike_letter_is_named_by_both_code_points()
    {
        Assert.Equal("the nearest text in the line, at column 11, is \"said more\"; first differs at its character 2: 'а' U+0430 in the quote, 'a' U+0061 in the line",
            NearestText.Describe("sаid more", Line));
    }

    [Fact]
    public void A_missing_word_is_found_where_the_stretch_parts()
    {
        Assert.Equal("the nearest text in the line, at column 32, is \"North Korean soldiers had been killed\"; first differs at its character 23: 'w' U+0077 in the quote, 'h' U+0068 in the line",
            NearestText.Describe("North Korean soldiers were killed", Line));
    }

    [Fact]
    public void A_quote_running_past_the_line_says_so()
    {
        Assert.Equal("the nearest text in the line, at column 70, is \"or wounded.\"; the line's text stops where the quote goes on with U+0020 (its character 12)",
            NearestText.Describe("or wounded. They", Line));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_shown_whole()
    {
        Assert.EndsWith("'😀' U+1F600 in the quote, ',' U+002C in the line", NearestText.Describe("3😀000 North", Line));
    }

    [Fact]
    public void Nothing_close_gives_nothing()
    {
        Assert.Null(NearestText.Describe("an entirely different sentence", Line));
        Assert.Null(NearestText.Describe("anything", ""));
    }
}
