using System.Buffers;
using System.Globalization;
using System.Text;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// The one rule for characters no text of ours may hold: control characters other than tab and line ends (they are
/// invisible, break HTML, XML and PDF, and can command a terminal), the noncharacters U+FFFE and U+FFFF (XML
/// forbids them), and lone surrogates (no character at all). Applied to whole YAML files, values and source texts.
/// </summary>
internal static class TextHygiene
{
    /// <summary>The index of the first forbidden character of <paramref name="text"/>, or -1.</summary>
    /// <param name="lineEnds">Whether CR and LF are allowed (in a file); in one line or value only LF is, as a value's own line break.</param>
    public static int FirstForbidden(string text, bool lineEnds = true)
    {
        // Most text has none of the characters that need a closer look: skipped to the first one at vector speed.
        var first = text.AsSpan().IndexOfAny(lineEnds ? Suspect : SuspectOrCarriageReturn);
        if (first < 0)
            return -1;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' || (c == '\r' && lineEnds))
                continue;
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
                return i;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                return i;
        }
        return -1;
    }

    /// <summary>Every character <see cref="FirstForbidden"/> must look at: controls but tab and LF, surrogates, U+FFFE and U+FFFF.</summary>
    private static readonly SearchValues<char> Suspect = SearchValues.Create(Suspects(carriageReturn: false));

    private static readonly SearchValues<char> SuspectOrCarriageReturn = SearchValues.Create(Suspects(carriageReturn: true));

    private static string Suspects(bool carriageReturn)
    {
        var chars = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (c is '\t' or '\n' || (c == '\r' && !carriageReturn))
                continue;
            if (char.IsControl((char)c) || char.IsSurrogate((char)c) || c is '\uFFFE' or '\uFFFF')
                chars.Append((char)c);
        }
        return chars.ToString();
    }

    /// <summary>How a message names the character at <paramref name="index"/>: "the control character U+001B".</summary>
    public static string Describe(string text, int index)
    {
        var c = text[index];
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
        return char.IsControl(c) ? $"the control character {code}"
            : char.IsSurrogate(c) ? $"a lone surrogate {code} (half of a character)"
            : $"the noncharacter {code}";
    }

    /// <summary>The 1-based line and column (in characters as a reader counts them) of <paramref name="index"/>.</summary>
    public static (int Line, int Column) Position(string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        var column = 1;
        foreach (var _ in text.AsSpan(lineStart, index - lineStart).EnumerateRunes())
            column++;
        return (line, column);
    }

    /// <summary>A value shortened for a message: a limit-breaking value must not flood the terminal.</summary>
    public static string Excerpt(string text, int length = 40) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");

    internal static string Hint => "remove it: such characters are invisible, break HTML, XML and PDF output, and can command a terminal";
}
