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
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
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
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' || (i == 0 && c is '#' or '-' or '+' or '=' or ':') || OrderedListMark(text, i))
                sb.Append('\\').Append(c);
            else if (c is '\r' or '\n')
                sb.Append(' ');
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    // "1." or "1)" at the start of a value would start a numbered list.
    private static bool OrderedListMark(string text, int i) =>
        text[i] is '.' or ')' && i > 0 && text.AsSpan(0, i).IndexOfAnyExceptInRange('0', '9') < 0;
}
