using System.Text;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Loading;

/// <summary>Strict UTF-8 decoding that says where the first invalid byte is, as a line and column.</summary>
public static class Utf8Text
{
    /// <summary>Decodes <paramref name="bytes"/>; on invalid UTF-8 returns null and the span of the bad byte.</summary>
    public static string? Decode(string path, byte[] bytes, out SourceSpan? invalidAt)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\xEF\xBB\xBF"u8))
            span = span[3..];
        int line = 1, column = 1;
        var rest = span;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                invalidAt = new SourceSpan(path, line, column);
                return null;
            }
            if (rune.Value == '\n') { line++; column = 1; }
            else column++;
            rest = rest[consumed..];
        }
        invalidAt = null;
        return Encoding.UTF8.GetString(span);
    }

    /// <summary>
    /// Splits a source document into its lines: on '\n', and a '\r' before it (a document saved with CRLF) belongs
    /// to the line break, not the line. A final newline ends the last line rather than starting an empty one.
    /// The file itself stays byte for byte; these lines are what quotes are matched against and pages show.
    /// </summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = text.Split('\n');
        if (text.EndsWith('\n'))
            lines = lines[..^1];
        return [.. lines.Select(l => l.EndsWith('\r') ? l[..^1] : l)];
    }
}
