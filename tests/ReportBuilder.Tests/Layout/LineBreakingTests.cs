using ReportBuilder.Layout;
using ReportBuilder.Tests.Layout.Support;

namespace ReportBuilder.Tests.Layout;

public sealed class LineBreakingTests
{
    private const float Tolerance = 0.01f;

    [Fact]
    public void Text_exactly_as_wide_as_the_line_stays_on_one_line()
    {
        const string text = "The ministry revised its estimate";
        float natural = Inline.Layout(text, float.PositiveInfinity).Width;

        Assert.Single(Inline.Layout(text, natural).Lines);
        Assert.Equal(2, Inline.Layout(text, natural - 0.5f).Lines.Length);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_at_glyph_boundaries_and_keeps_every_character()
    {
        const string word = "https://example.org/monitor/notices/2024-12-25-correction?lang=en";
        var layout = Inline.Layout(word, 60f);

        Assert.True(layout.Lines.Length > 3);
        Assert.All(layout.Lines, line => Assert.True(line.Width <= 60f + Tolerance, $"line of {line.Width}pt"));
        Assert.Equal(word, string.Concat(Inline.Lines(layout)));
    }

    [Fact]
    public void Lines_never_exceed_the_width_for_many_random_texts_and_widths()
    {
        var random = new Random(20241229);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzабвгдеж0123456789-–—/.,;:!?()“”‘’… ";
        for (int n = 0; n < 400; n++)
        {
            int length = random.Next(1, 400);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
                chars[i] = random.Next(8) == 0 ? ' ' : alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            float width = 12f + (float)(random.NextDouble() * 400);
            var align = (TextAlign)random.Next(4);
            var layout = Inline.Layout(text, width, align);

            for (int i = 0; i < layout.Lines.Length; i++)
            {
                var line = layout.Lines[i];
                Assert.True(line.Width <= width + Tolerance, $"case {n}: line {i} is {line.Width}pt wide in {width}pt: \"{text}\"");
                Assert.True(line.Offset >= -Tolerance, $"case {n}: line {i} starts left of the column");
                Assert.True(Inline.RightEdge(layout, i) <= width + Tolerance, $"case {n}: line {i} ends past the column");
            }
            // Nothing is lost: the lines, spaces aside, hold exactly the text's characters.
            Assert.Equal(text.Replace(" ", ""), string.Concat(Inline.Lines(layout)).Replace(" ", ""));
        }
    }

    [Fact]
    public void Justified_lines_fill_the_column_except_the_last()
    {
        var layout = Inline.Layout(new Words(7).Sentence(120), 300f, TextAlign.Justify);

        for (int i = 0; i < layout.Lines.Length - 1; i++)
            Assert.Equal(300f, Inline.RightEdge(layout, i), 0.01f);
        var last = layout.Lines[^1];
        Assert.Equal(0f, last.GapExtra);
    }

    [Theory]
    [InlineData(TextAlign.Left, 0f)]
    [InlineData(TextAlign.Center, 0.5f)]
    [InlineData(TextAlign.Right, 1f)]
    public void Alignment_places_the_free_space(TextAlign align, float share)
    {
        var layout = Inline.Layout("Key figures", 300f, align);
        var line = Assert.Single(layout.Lines);

        Assert.Equal((300f - line.Width) * share, line.Offset, 0.01f);
    }

    [Theory]
    [InlineData("a well-known figure", "well-known", "well-")]
    [InlineData("figures 2021–2024 were", "2021–2024", "2021–")]
    [InlineData("claims and/or estimates", "and/or", "and/")]
    public void Breaks_after_hyphens_dashes_and_slashes(string text, string word, string firstPart)
    {
        var layout = Inline.Layout(text, WidthOf(text[..(text.IndexOf(word, StringComparison.Ordinal) + firstPart.Length)]) + 1f);

        Assert.EndsWith(firstPart, Inline.Lines(layout)[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("count fell by -5 overnight", "-5")]
    [InlineData("as of 12/2024 the count", "12/2024")]
    [InlineData("more than 3\u00A0000 people", "3\u00A0000")]
    [InlineData("the non\u2011binding figure", "non\u2011binding")]
    public void Does_not_break_inside_numbers_or_at_no_break_characters(string text, string word)
    {
        int end = text.IndexOf(word, StringComparison.Ordinal) + word.Length;
        // Room for everything before the word and most of it: it must move to the next line whole.
        var layout = Inline.Layout(text, WidthOf(text[..end]) - 2f);

        Assert.Contains(Inline.Lines(layout), line => line.StartsWith(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_newline_forces_a_break()
    {
        var lines = Inline.Lines(Inline.Layout("first line\nsecond line", 500f));

        Assert.Equal(["first line", "second line"], lines);
    }

    [Fact]
    public void Style_changes_inside_a_word_do_not_open_a_break()
    {
        var runs = new[] { new Run("Zelensky"), new Run("y:", Styles.Bold), new Run(" more than 3,000") };
        var layout = Inline.Layout(runs, WidthOf("Zelenskyy: mo"));

        Assert.Equal(["Zelenskyy:", "more than", "3,000"], Inline.Lines(layout));
    }

    private static float WidthOf(string text) => Inline.Layout(text, float.PositiveInfinity).Width;
}
