using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// A fast reader for the plain block YAML our data is written in — nested mappings and '- ' lists, one
/// <c>key: value</c> a line, values plain or quoted on one line, blank and comment lines — giving the same tree,
/// values and places as <see cref="YamlReader"/>'s YamlDotNet path, several times faster. Anything else (flow
/// collections, block scalars, anchors, tags, multi-line values, escapes beyond <c>\"</c> and <c>\\</c>, tabs,
/// CR, duplicate keys, unusual keys or values, deep nesting, an empty file) makes it give up (null), and the file
/// is read by YamlDotNet, which also reports every problem: this reader never reports one.
/// </summary>
internal sealed class BlockYaml
{
    private readonly string _path;
    private readonly string _text;
    private readonly StringPool _strings;
    /// <summary>The lines that hold something (not blank, not a comment): where they start and end, and their 1-based numbers.</summary>
    private readonly List<(int Start, int End, int Number)> _lines = [];

    /// <summary>The next line to read, an index into <see cref="_lines"/>.</summary>
    private int _next;

    private BlockYaml(string path, string text, StringPool strings)
    {
        _path = path;
        _text = text;
        _strings = strings;
        for (int start = 0, number = 1; start <= text.Length; number++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            if (!IsBlankOrComment(start, end))
                _lines.Add((start, end, number));
            start = end + 1;
        }
    }

    /// <summary>The file's tree, or null when it is not of the plain shape this reader knows (read it with YamlDotNet).</summary>
    /// <param name="strings">Where the file's short keys and values come from, shared with the project's other files.</param>
    public static YNode? TryRead(string path, string text, StringPool? strings = null)
    {
        // Tabs, CR, a BOM, and the line breaks YAML knows besides LF (NEL, LS, PS) are YamlDotNet's to read.
        if (text.AsSpan().IndexOfAny(NotPlain) >= 0)
            return null;
        var reader = new BlockYaml(path, text, strings ?? new StringPool());
        if (reader._lines.Count == 0)
            return null;
        var root = reader.ReadBlock(reader.Indent(0), depth: 1);
        // Whatever is left is at a shallower indent than the root's, or after it: not this reader's.
        return reader._next == reader._lines.Count ? root : null;
    }

    private bool IsBlankOrComment(int start, int end)
    {
        var line = _text.AsSpan(start, end - start).TrimStart(' ');
        return line.IsEmpty || line[0] == '#';
    }

    private int Indent(int line) => _text.AsSpan(_lines[line].Start, _lines[line].End - _lines[line].Start).IndexOfAnyExcept(' ');

    private ReadOnlySpan<char> Content(int line, int column) => _text.AsSpan(_lines[line].Start + column, _lines[line].End - _lines[line].Start - column);

    /// <summary>Where a node starts, as YamlDotNet's marks say it: 1-based line and column.</summary>
    private SourceSpan Span(int line, int column) => new(_path, _lines[line].Number, column + 1);

    /// <summary>A mapping or a list whose first line is the next one, at <paramref name="indent"/>; null past <see cref="YamlReader.MaxDepth"/>.</summary>
    private YNode? ReadBlock(int indent, int depth)
    {
        if (depth + 1 > YamlReader.MaxDepth)
            return null;
        return Content(_next, indent).StartsWith("- ") ? ReadSequence(indent, depth) : ReadMapping(indent, depth);
    }

    /// <summary>
    /// A mapping whose keys stand at column <paramref name="indent"/>, the first on the next line (which starts with
    /// '- ' when the mapping is a list item).
    /// </summary>
    private YMapping? ReadMapping(int indent, int depth)
    {
        var entries = new List<YEntry>();
        var span = Span(_next, indent);
        while (_next < _lines.Count)
        {
            var line = _next;
            var content = Content(line, indent);
            var colon = KeyEnd(content);
            if (colon < 0)
                return null;
            var key = new YScalar(_strings.Get(content[..colon]), true, Span(line, indent));
            if (entries.Exists(e => e.Key.Value == key.Value))
                return null;
            var rest = content[(colon + 1)..];
            YNode? value;
            if (rest.TrimStart(' ').IsEmpty)
            {
                // The value is the block below: more indented, or a list at the key's own indent.
                _next++;
                if (_next == _lines.Count)
                    return null;
                var below = Indent(_next);
                value = below > indent || (below == indent && Content(_next, below).StartsWith("- ")) ? ReadBlock(below, depth + 1) : null;
            }
            else
            {
                var at = colon + 1 + rest.IndexOfAnyExcept(' ');
                value = rest[at - colon - 1] == '[' ? ReadFlowList(line, indent + at, depth + 1) : ReadScalar(line, indent + at);
                _next++;
            }
            if (value is null)
                return null;
            entries.Add(new YEntry(key, value));
            if (_next == _lines.Count)
                break;
            var next = Indent(_next);
            if (next < indent)
                break;
            // Deeper is a value running on; a list item here would follow a value: neither is this reader's.
            if (next > indent || Content(_next, indent).StartsWith("- "))
                return null;
        }
        return new YMapping(entries, span);
    }

    /// <summary>A list whose '- ' stand at <paramref name="indent"/>.</summary>
    private YSequence? ReadSequence(int indent, int depth)
    {
        var items = new List<YNode>();
        var span = Span(_next, indent);
        while (_next < _lines.Count && Indent(_next) == indent && Content(_next, indent).StartsWith("- "))
        {
            var line = _next;
            var column = indent + 2;
            var item = Content(line, column);
            if (item.IsEmpty || item[0] == ' ')
                return null;
            YNode? value;
            if (KeyEnd(item) >= 0)
                value = depth + 2 > YamlReader.MaxDepth ? null : ReadMapping(column, depth + 1);
            else
            {
                value = ReadScalar(line, column);
                _next++;
                if (_next < _lines.Count && Indent(_next) > indent)
                    return null;
            }
            if (value is null)
                return null;
            items.Add(value);
        }
        if (_next < _lines.Count && Indent(_next) > indent)
            return null;
        return new YSequence(items, span);
    }

    /// <summary>A list written <c>[a, "b c"]</c> that fills the rest of its line: plain or double-quoted items without escapes.</summary>
    private YSequence? ReadFlowList(int line, int column, int depth)
    {
        var content = Content(line, column).TrimEnd(' ');
        if (content[^1] != ']' || depth + 1 > YamlReader.MaxDepth)
            return null;
        var items = new List<YNode>();
        var at = 1 + content[1..].IndexOfAnyExcept(' ');
        while (content[at] != ']')
        {
            var item = content[at..];
            int length;
            if (item[0] == '"')
            {
                length = item[1..].IndexOfAny('"', '\\') + 2;
                if (length < 2 || item[length - 1] != '"')
                    return null;
                items.Add(new YScalar(_strings.Get(item[1..(length - 1)]), false, Span(line, column + at)));
            }
            else
            {
                length = item.IndexOfAnyExcept(FlowPlainCharacters);
                var plain = item[..length].TrimEnd(' ');
                if (plain.IsEmpty || plain[0] == '-' || plain[0] == '.')
                    return null;
                items.Add(new YScalar(_strings.Get(plain), true, Span(line, column + at)));
            }
            at += length;
            at += content[at..].IndexOfAnyExcept(' ');
            if (content[at] == ',')
            {
                at += 1 + content[(at + 1)..].IndexOfAnyExcept(' ');
                if (content[at] == ']')
                    return null;
            }
            else if (content[at] != ']')
                return null;
            if (content[at] == ']' && at != content.Length - 1)
                return null;
        }
        return at == content.Length - 1 ? new YSequence(items, Span(line, column)) : null;
    }

    private static readonly System.Buffers.SearchValues<char> FlowPlainCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-. ");

    /// <summary>A value that fills the rest of its line: "double-quoted", 'single-quoted' or plain.</summary>
    private YScalar? ReadScalar(int line, int column)
    {
        var content = Content(line, column);
        var span = Span(line, column);
        switch (content[0])
        {
            case '"':
                var close = ClosingDoubleQuote(content);
                if (close < 0 || !content[(close + 1)..].TrimEnd(' ').IsEmpty)
                    return null;
                var inner = content[1..close];
                return new YScalar(inner.Contains('\\') ? Unescape(inner) : _strings.Get(inner), false, span);
            case '\'':
                var end = content[1..].IndexOf('\'') + 1;
                if (end <= 0 || !content[(end + 1)..].TrimEnd(' ').IsEmpty)
                    return null;
                return new YScalar(_strings.Get(content[1..end]), false, span);
            default:
                var plain = content.TrimEnd(' ');
                if (plain.IndexOfAny("#[]{}\"'\\") >= 0 || plain.Contains(": ", StringComparison.Ordinal) || plain[^1] == ':'
                    || "-?:,&*!|>%@`".Contains(plain[0], StringComparison.Ordinal))
                    return null;
                return new YScalar(_strings.Get(plain), true, span);
        }
    }

    /// <summary>The index of the quote that closes the double-quoted value at the start of <paramref name="content"/>, or -1 (also for an escape other than \" and \\).</summary>
    private static int ClosingDoubleQuote(ReadOnlySpan<char> content)
    {
        for (var i = 1; i < content.Length; i++)
        {
            if (content[i] == '"')
                return i;
            if (content[i] != '\\')
                continue;
            if (i + 1 >= content.Length || content[i + 1] is not ('"' or '\\'))
                return -1;
            i++;
        }
        return -1;
    }

    /// <summary>A double-quoted value's text, its <c>\"</c> and <c>\\</c> (the only escapes <see cref="ClosingDoubleQuote"/> lets through) undone.</summary>
    private static string Unescape(ReadOnlySpan<char> inner)
    {
        var text = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
            text.Append(inner[i] == '\\' ? inner[++i] : inner[i]);
        return text.ToString();
    }

    /// <summary>Where the ':' after a key such as <c>said_on</c> is, when the line starts with one (then a space or the line's end); else -1.</summary>
    private static int KeyEnd(ReadOnlySpan<char> content)
    {
        var colon = content.IndexOf(':');
        // YamlDotNet takes no simple key longer than 1,024 characters (a syntax error): such keys, and one at the limit, are its to read.
        if (colon <= 0 || colon >= MaxSimpleKey || content[0] == '-' || content[..colon].IndexOfAnyExcept(KeyCharacters) >= 0)
            return -1;
        return colon + 1 == content.Length || content[colon + 1] == ' ' ? colon : -1;
    }

    private const int MaxSimpleKey = 1024;

    private static readonly System.Buffers.SearchValues<char> NotPlain = System.Buffers.SearchValues.Create("\t\r\uFEFF\u0085\u2028\u2029");

    private static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
}
