namespace ReportBuilder.Layout.Text;

/// <summary>
/// A small subset of UAX #14 line breaking: break after spaces, after a hyphen between letters,
/// after en and em dashes, after a slash that is not followed by a digit, after zero-width and
/// typographic spaces. No break at no-break spaces or non-breaking hyphens. "\n" forces a break.
/// </summary>
internal static class BreakRules
{
    /// <summary>A segment of text that ends at a break opportunity: content, then the spaces after it.</summary>
    public readonly record struct Segment(int Start, int ContentEnd, int End, bool Forced);

    public static bool IsBreakSpace(char c) => c is ' ' or '\t' or '\u3000';

    /// <summary>The segment that starts at <paramref name="start"/>.</summary>
    public static Segment Next(ReadOnlySpan<char> text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
                return new Segment(start, i, i + 1, Forced: true);
            if (IsBreakSpace(c))
            {
                int j = i;
                while (j < text.Length && IsBreakSpace(text[j]))
                    j++;
                bool forced = j < text.Length && text[j] == '\n';
                return new Segment(start, i, forced ? j + 1 : j, forced);
            }
            if (i + 1 < text.Length && BreaksAfter(text, i))
                return new Segment(start, i + 1, i + 1, Forced: false);
        }
        return new Segment(start, text.Length, text.Length, Forced: false);
    }

    private static bool BreaksAfter(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        char next = text[i + 1];
        char prev = i > 0 ? text[i - 1] : ' ';
        return c switch
        {
            '-' or '\u2010' => char.IsLetterOrDigit(prev) && char.IsLetter(next),
            '\u2013' or '\u2014' => !IsBreakSpace(prev) && !IsBreakSpace(next) && !IsClosing(next),
            '/' => !IsBreakSpace(prev) && !char.IsDigit(next) && !IsBreakSpace(next) && !IsClosing(next),
            '\u200B' => true,
            (>= '\u2000' and <= '\u2006') or (>= '\u2008' and <= '\u200A') => !IsClosing(next),
            _ => false,
        };
    }

    private static bool IsClosing(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '\'' or '\u2019' or '\u201D' or '\u00BB';
}
