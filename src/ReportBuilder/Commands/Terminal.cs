using System.Globalization;
using System.Text;

namespace ReportBuilder.Commands;

/// <summary>
/// Text bound for a terminal, made safe: a control character taken from data or a file name (ESC, BEL, NUL, …)
/// is shown as <c>\u001B</c>, never sent raw, so no value can move the cursor, recolour or retitle the terminal.
/// </summary>
internal static class Terminal
{
    public static string Safe(string text)
    {
        if (!text.Any(IsUnsafe))
            return text;
        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                safe.Append(c);
        }
        return safe.ToString();
    }

    // Tab and newline lay text out; every other C0 and C1 control, and DEL, is an instruction to the terminal.
    private static bool IsUnsafe(char c) => char.IsControl(c) && c is not '\n' and not '\t';
}
