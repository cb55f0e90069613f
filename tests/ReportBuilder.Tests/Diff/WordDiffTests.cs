using ReportBuilder.Core.Diff;

namespace ReportBuilder.Tests.Diff;

/// <summary>Changed values shown word by word, whole, never cut to text that reads the same on both sides.</summary>
public sealed class WordDiffTests
{
    private const string LongQuote =
        "According to preliminary data, the number of killed and wounded North Korean soldiers in the Kursk region already "
        + "exceeds 3,000 people, and the losses continue to grow as they are thrown into assaults on Ukrainian positions "
        + "without armour, in small groups, across open fields that our drones watch day and night, which he said at 3,000";

    [Fact]
    public void An_edit_at_the_end_of_a_long_quote_is_shown()
    {
        var shown = ChangedText.Markdown(LongQuote, LongQuote[..^5] + "3,100");

        Assert.EndsWith(" at <del>3,000</del><ins>3,100</ins>", shown);
        Assert.DoesNotContain("<del>", shown[..^40], StringComparison.Ordinal);
    }

    [Fact]
    public void Long_unchanged_stretches_are_elided_but_changes_keep_their_neighbours()
    {
        var shown = ChangedText.Plain("Before " + LongQuote, "After " + LongQuote);

        Assert.StartsWith("[-Before-]{+After+} According to preliminary data,", shown);
        Assert.Contains(" … ", shown, StringComparison.Ordinal);
        Assert.True(shown.Length < LongQuote.Length, shown);
    }

    [Fact]
    public void Numbers_change_as_whole_words_with_their_punctuation() =>
        Assert.Equal("more than [-3,000-]{+3,100+} people.", ChangedText.Plain("more than 3,000 people.", "more than 3,100 people."));

    [Fact]
    public void Neighbouring_changes_read_as_one_deletion_and_one_insertion() =>
        Assert.Equal("[-Zelenskyy said, citing data,-]{+Citing data, Zelenskyy said+} that more",
            ChangedText.Plain("Zelenskyy said, citing data, that more", "Citing data, Zelenskyy said that more"));

    [Fact]
    public void Markdown_escapes_the_words_inside_its_marks() =>
        Assert.Equal("a <del>\\*b\\*</del><ins>\\<c\\></ins>", ChangedText.Markdown("a *b*", "a <c>"));

    [Fact]
    public void Added_and_removed_values_are_shown_whole() =>
        Assert.Equal(("new", "[-old-]"), (ChangedText.Plain(null, "new"), ChangedText.Plain("old", null)));

    [Fact]
    public void Pieces_put_back_together_give_both_texts()
    {
        var pieces = WordDiff.Compare("one two  three four", "one 2 three four five");

        Assert.Equal("one two  three four", string.Concat(pieces.Where(p => p.Change != WordChange.Inserted).Select(p => p.Text)));
        Assert.Equal("one 2 three four five", string.Concat(pieces.Where(p => p.Change != WordChange.Deleted).Select(p => p.Text)));
    }
}
