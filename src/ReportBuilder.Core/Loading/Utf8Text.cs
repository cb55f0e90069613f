using System.Globalization;
using System.Text;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Loading;

/// <summary>Strict UTF-8 decoding that says where the first invalid byte is, as a line and column.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// A project file as text, or null after reporting why not: too large to have been read, or not UTF-8.
    /// <paramref name="tooLargeHint"/> says what a file of this kind should hold instead.
    /// </summary>
    public static string? Read(ProjectFile file, DiagnosticBag bag, string tooLargeHint)
    {
        if (file.Bytes is null)
        {
            bag.Add(Codes.FileTooLarge, SourceSpan.File(file.Path),
                string.Create(CultureInfo.InvariantCulture, $"file is {file.Length:N0} bytes; the limit is {ProjectFiles.MaxFileBytes:N0}"), tooLargeHint);
            return null;
        }
        if (WideEncoding(file.Bytes) is { } encoding)
        {
            bag.Add(Codes.InvalidUtf8, SourceSpan.File(file.Path), $"file is {encoding}, not UTF-8",
                "save the file as UTF-8 (most editors offer it under 'Save with encoding')");
            return null;
        }
        var text = Decode(file.Path, file.Bytes, out var invalidAt);
        if (text is null)
            bag.Add(Codes.InvalidUtf8, invalidAt!.Value, "file is not valid UTF-8",
                "save the file as UTF-8; the byte at this position is not part of a UTF-8 character");
        return text;
    }

    /// <summary>
    /// UTF-16 or UTF-32, by its byte-order mark or, without one, by the zero bytes every ASCII character brings
    /// (a UTF-8 file never starts with a NUL). Named so that the message says what to change.
    /// </summary>
    internal static string? WideEncoding(ReadOnlySpan<byte> b)
    {
        ReadOnlySpan<byte> utf32Le = [0xFF, 0xFE, 0, 0], utf32Be = [0, 0, 0xFE, 0xFF], utf16Le = [0xFF, 0xFE], utf16Be = [0xFE, 0xFF];
        if (b.StartsWith(utf32Le) || (b.Length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0))
            return "UTF-32 (little-endian)";
        if (b.StartsWith(utf32Be) || (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0))
            return "UTF-32 (big-endian)";
        if (b.StartsWith(utf16Le) || (b.Length >= 2 && b[0] != 0 && b[1] == 0))
            return "UTF-16 (little-endian)";
        if (b.StartsWith(utf16Be) || (b.Length >= 2 && b[0] == 0 && b[1] != 0))
            return "UTF-16 (big-endian)";
        return null;
    }

    /// <summary>Decodes <paramref name="bytes"/>; on invalid UTF-8 returns null and the span of the bad byte.</summary>
    public static string? Decode(string path, byte[] bytes, out SourceSpan? invalidAt)
    {
        ReadOnlySpan<byte> span = bytes;
        // A UTF-8 byte-order mark (EF BB BF) is no text: accepted at the start, and skipped.
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        invalidAt = null;
        // Checked whole first (vectorised): only a file that is not UTF-8 is walked character by character, to say where.
        if (System.Text.Unicode.Utf8.IsValid(span))
            return Encoding.UTF8.GetString(span);
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
        return Encoding.UTF8.GetString(span);
    }

    /// <summary>
    /// Splits a source document into its lines: on '\n', and a '\r' before it (a document saved with CRLF) belongs
    /// to the line break, not the line. A final newline ends the last line rather than starting an empty one.
    /// The file itself stays byte for byte; these lines are what quotes are matched against and pages show.
    /// </summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>(text.AsSpan().Count('\n') + 1);
        for (var start = 0; ;)
        {
            var end = text.IndexOf('\n', start);
            // After a final newline there is no line; an empty text is one empty line.
            if (end < 0 && start == text.Length && lines.Count > 0)
                return lines;
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            lines.Add((line.EndsWith('\r') ? line[..^1] : line).ToString());
            if (end < 0)
                return lines;
            start = end + 1;
        }
    }
}
