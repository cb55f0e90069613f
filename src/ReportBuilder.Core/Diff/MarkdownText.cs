using System.Text;

namespace ReportBuilder.Core.Diff;

/// <summary>Text set safely inside Markdown written for GitHub.</summary>
internal static class MarkdownText
{
    /// <summary>On one line, with Markdown's and HTML's active characters escaped.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder();
        foreach (var ch in text.Replace("\n", " ⏎ ", StringComparison.Ordinal))
        {
            if ("\\`*_[]<>|~#".Contains(ch, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(ch);
        }
        return escaped.ToString();
    }

    /// <summary>A fenced code block whose fence is longer than any run of backticks in the text.</summary>
    public static string Fenced(string language, string text)
    {
        var longest = 0;
        for (int i = 0, run = 0; i < text.Length; i++)
            longest = Math.Max(longest, run = text[i] == '`' ? run + 1 : 0);
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{language}\n{text}{(text.EndsWith('\n') ? "" : "\n")}{fence}\n";
    }
}
