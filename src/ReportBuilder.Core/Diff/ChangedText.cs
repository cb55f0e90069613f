using System.Text;

namespace ReportBuilder.Core.Diff;

/// <summary>
/// A changed value written for reading: the whole value on one line with its deleted and inserted words marked,
/// never cut short. Only long unchanged stretches between changes are elided, to a few words either side.
/// </summary>
internal static class ChangedText
{
    private const int LongSame = 240;
    private const int Keep = 80;

    /// <summary>Markdown: deletions in &lt;del&gt;, insertions in &lt;ins&gt;, Markdown's active characters escaped.</summary>
    public static string Markdown(string? before, string? after) =>
        Write(before, after, MarkdownText.Inline, text => $"<del>{MarkdownText.Inline(text)}</del>", text => $"<ins>{MarkdownText.Inline(text)}</ins>");

    /// <summary>Plain text, as git's word diff writes it: [-deleted-]{+inserted+}.</summary>
    public static string Plain(string? before, string? after) =>
        Write(before, after, OneLine, text => $"[-{OneLine(text)}-]", text => $"{{+{OneLine(text)}+}}");

    private static string Write(string? before, string? after, Func<string, string> same, Func<string, string> deleted, Func<string, string> inserted)
    {
        if (before is null || after is null)
            return before is null ? same(after ?? "") : deleted(before);
        var pieces = WordDiff.Compare(before, after);
        var text = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Change == WordChange.Same)
            {
                text.Append(same(Elide(piece.Text, first: i == 0, last: i == pieces.Count - 1)));
                continue;
            }
            // White space at the edges of a change stays outside its marks.
            var core = piece.Text.Trim();
            var lead = piece.Text[..(piece.Text.Length - piece.Text.TrimStart().Length)];
            var trail = piece.Text[piece.Text.TrimEnd().Length..];
            text.Append(same(lead));
            if (core.Length > 0)
                text.Append(piece.Change == WordChange.Deleted ? deleted(core) : inserted(core));
            text.Append(same(core.Length > 0 ? trail : ""));
        }
        return text.ToString();
    }

    /// <summary>A long unchanged stretch keeps the words next to the changes, never the changes' own words.</summary>
    private static string Elide(string text, bool first, bool last)
    {
        if (text.Length <= LongSame)
            return text;
        var head = first ? "" : CutAfterWord(text, Keep);
        var tail = last ? "" : CutBeforeWord(text, Keep);
        return head + " … " + tail;
    }

    private static string CutAfterWord(string text, int length)
    {
        var space = text.IndexOf(' ', length);
        return space < 0 ? text[..length] : text[..space];
    }

    private static string CutBeforeWord(string text, int length)
    {
        var space = text.LastIndexOf(' ', text.Length - length);
        return space < 0 ? text[^length..] : text[(space + 1)..];
    }

    private static string OneLine(string text) => text.Replace("\n", " ⏎ ", StringComparison.Ordinal);
}
