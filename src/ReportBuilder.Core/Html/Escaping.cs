using System.Text;

namespace ReportBuilder.Core.Html;

/// <summary>
/// Text a template writes as it is, on purpose: pre-rendered trusted markup (a chart's SVG, a page's body in
/// its layout) or a value piped through <c>raw</c>. Everything else a template writes is escaped.
/// </summary>
public sealed record RawText(string Value)
{
    public override string ToString() => Value;
}

/// <summary>The escapers of the two output languages: HTML/XML for pages and feeds, Markdown for briefings.</summary>
public static class Escaping
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
    /// Markdown: a backslash before every character that could start markup inline (emphasis, links, code,
    /// HTML, entities, tables), and line breaks folded to spaces, so a value stays one run of plain text.
    /// The Markdown is read with raw HTML turned off as well (see <see cref="MarkdownHtml"/>): two locks.
    /// </summary>
    public static string Markdown(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '#' or '|' or '~' or '!')
                sb.Append('\\').Append(c);
            else if (c is '\r' or '\n')
                sb.Append(' ');
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
