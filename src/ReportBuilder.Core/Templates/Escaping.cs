using System.Buffers;
using System.Text;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Text a template writes as it is, on purpose: pre-rendered trusted markup (a chart's SVG, a page's body in
/// its layout) or a value piped through <c>raw</c>. Everything else a template writes is escaped.
/// </summary>
internal sealed record RawText(string Value)
{
    public override string ToString() => Value;
}

/// <summary>The escapers of the two output languages: HTML/XML for pages and feeds, Markdown for briefings.</summary>
internal static class Escaping
{
    /// <summary>HTML and XML alike: the five characters that can end text or an attribute value.</summary>
    public static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Markdown: a backslash before every character that could start inline markup (emphasis, links, code,
    /// HTML, entities, table cells), before one that would start a block if the value began a line (a
    /// heading, a list item, a fenced container), and line breaks folded to spaces, so a value stays one run of plain text.
    /// The Markdown is read with raw HTML turned off as well (see <see cref="BriefingMarkdownSyntax.MarkdigPipeline"/>): two locks.
    /// </summary>
    public static string Markdown(string text)
    {
        // Most values (names, dates, numbers, plain statements) have nothing to escape or fold: returned as they are.
        if (text.AsSpan().IndexOfAny(InlineMarks) < 0 && text.AsSpan().IndexOfAny('\r', '\n') < 0
            && !(text.Length > 0 && BlockStarts.Contains(text[0])) && !HasOrderedListMark(text))
            return text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (InlineMarks.Contains(c) || (i == 0 && BlockStarts.Contains(c)) || OrderedListMark(text, i))
                sb.Append('\\').Append(c);
            else if (c is '\r' or '\n')
                sb.Append(' ');
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly SearchValues<char> InlineMarks = SearchValues.Create("\\`*_[]<>&|~");
    private static readonly SearchValues<char> BlockStarts = SearchValues.Create("#-+=:");

    // "1." or "1)" at the start of a value would start a numbered list.
    private static bool OrderedListMark(string text, int i) =>
        text[i] is '.' or ')' && i > 0 && text.AsSpan(0, i).IndexOfAnyExceptInRange('0', '9') < 0;

    // Only the first '.' or ')' can follow nothing but digits.
    private static bool HasOrderedListMark(string text) =>
        text.AsSpan().IndexOfAny('.', ')') is var i and >= 0 && OrderedListMark(text, i);
}
