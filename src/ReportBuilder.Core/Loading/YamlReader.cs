using ReportBuilder.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// Reads one YAML file into the <see cref="YNode"/> tree, event by event, so that nothing is expanded:
/// anchors and aliases (the billion-laughs bomb) are refused, duplicate keys and nesting deeper than
/// <see cref="MaxDepth"/> are reported, and a syntax error becomes a diagnostic at its position.
/// </summary>
internal static class YamlReader
{
    public const int MaxDepth = 32;

    /// <summary>Returns the document's root node, or null when the file is empty or broken (see the bag).</summary>
    /// <param name="strings">Where the file's short keys and values come from (<see cref="StringPool"/>), shared with the project's other files.</param>
    public static YNode? Read(ProjectFile file, DiagnosticBag bag, StringPool? strings = null)
    {
        var text = Utf8Text.Read(file, bag, "a fact sheet this large is a mistake: split it, or check that the right file is in data/");
        if (text is null)
            return null;
        // Checked before parsing: a NUL or ESC would otherwise surface as parser noise, or slip into a value.
        if (TextHygiene.FirstForbidden(text) is var bad and >= 0)
        {
            var (line, column) = TextHygiene.Position(text, bad);
            bag.Add(Codes.ControlCharacter, new SourceSpan(file.Path, line, column), $"the file holds {TextHygiene.Describe(text, bad)}", TextHygiene.Hint);
            return null;
        }
        strings ??= new StringPool();
        return BlockYaml.TryRead(file.Path, text, strings) ?? Parse(file.Path, text, bag, strings);
    }

    /// <summary>Parses <paramref name="text"/> with YamlDotNet: every file <see cref="BlockYaml"/> does not read, and every problem.</summary>
    internal static YNode? Parse(string path, string text, DiagnosticBag bag, StringPool? strings = null)
    {
        var builder = new Builder(path, text, bag, strings ?? new StringPool());
        try
        {
            return builder.ReadDocument();
        }
        catch (TooDeepException e)
        {
            bag.Add(Codes.TooDeep, e.Span, $"nesting is deeper than {MaxDepth} levels",
                "fact sheets need a handful of levels; this file is malformed or hostile");
            return null;
        }
        catch (AnchorException e)
        {
            bag.Add(Codes.AnchorOrAlias, e.Span, e.Message,
                "write the value out in full; anchors and aliases are refused so that no file can expand itself");
            return null;
        }
        catch (YamlException e) when (e.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
        {
            // A "\uD800" escape: half of a character, which no output can hold.
            bag.Add(Codes.ControlCharacter, new SourceSpan(path, (int)e.Start.Line, (int)e.Start.Column),
                "a \\u escape makes a lone surrogate (half of a character)", TextHygiene.Hint);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed flow collections (found by the mutation tests).
            bag.Add(Codes.YamlSyntax, builder.LastPosition, "YAML syntax: the parser cannot read on after this value",
                "check brackets, braces and quotes from here on");
            return null;
        }
        catch (YamlException e)
        {
            var span = new SourceSpan(path, (int)e.Start.Line, (int)e.Start.Column);
            if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(text) is { } tabLine)
                span = new SourceSpan(path, tabLine, 1);
            bag.Add(Codes.YamlSyntax, span, Describe(e), SyntaxHint(text, span.Line));
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 12) - (…): "; our span says that already.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return "YAML syntax: " + message.TrimEnd('.');
    }

    /// <summary>YamlDotNet reports a tab at the mapping it breaks; the line to fix is the one indented with it.</summary>
    private static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
                return i + 1;
        }
        return null;
    }

    private static string SyntaxHint(string text, int line)
    {
        var lines = text.Split('\n');
        var around = lines.Skip(Math.Max(0, line - 2)).Take(2);
        if (around.Any(l => l.TrimStart(' ').StartsWith('\t')))
            return "YAML indentation must be spaces, not tabs";
        if (around.Any(l => l.Count(c => c == '"') % 2 == 1))
            return "a double-quoted string is not closed; close it, or escape an inner quote as \\\"";
        return "check indentation and quoting on this line and the one before it";
    }

    private sealed class Builder(string path, string text, DiagnosticBag bag, StringPool strings)
    {
        private readonly Parser _parser = new(new StringReader(text));

        public YNode? ReadDocument()
        {
            Expect<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
                return null;
            Expect<DocumentStart>();
            var root = _parser.Accept<DocumentEnd>(out _) ? null : ReadNode(1);
            Expect<DocumentEnd>();
            if (_parser.Current is DocumentStart next)
                bag.Add(Codes.YamlSyntax, Span(next.Start), "a file holds one YAML document; found a second",
                    "remove the '---' separator and the document after it");
            return root;
        }

        /// <summary>Where the last event read began: the place to point at when the parser fails without saying where.</summary>
        public SourceSpan LastPosition { get; private set; } = new(path, 1, 1);

        private YNode ReadNode(int depth)
        {
            var current = _parser.Current ?? throw new YamlException("unexpected end of the file");
            var span = Span(current.Start);
            LastPosition = span;
            // The first anchor or alias ends the file: reading on would only repeat the same diagnostic.
            if (current is AnchorAlias alias)
                throw new AnchorException(span, $"YAML alias '*{alias.Value}' is not allowed");
            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
                throw new AnchorException(span, $"YAML anchor '&{anchored.Anchor.Value}' is not allowed");
            if (depth > MaxDepth)
                throw new TooDeepException(span);
            switch (current)
            {
                case Scalar scalar:
                    _parser.MoveNext();
                    return new YScalar(strings.Get(scalar.Value), scalar.Style == ScalarStyle.Plain, span);
                case SequenceStart:
                    _parser.MoveNext();
                    var items = new List<YNode>();
                    while (!_parser.Accept<SequenceEnd>(out _))
                        items.Add(ReadNode(depth + 1));
                    _parser.MoveNext();
                    return new YSequence(items, span);
                case MappingStart:
                    _parser.MoveNext();
                    return ReadMapping(span, depth);
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private YMapping ReadMapping(SourceSpan span, int depth)
        {
            var entries = new List<YEntry>();
            var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            while (!_parser.Accept<MappingEnd>(out _))
            {
                var keyNode = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (keyNode is not YScalar key)
                {
                    bag.Add(Codes.WrongType, keyNode.Span, "a key must be a plain name, not " + keyNode.Kind,
                        "keys are field names such as 'id' or 'title'");
                    continue;
                }
                if (seen.TryGetValue(key.Value, out var first))
                {
                    bag.Add(Codes.DuplicateKey, key.Span, $"duplicate key '{key.Value}' (first at line {first.Line})",
                        "a key may appear once per mapping; remove one of them");
                    continue;
                }
                seen.Add(key.Value, key.Span);
                entries.Add(new YEntry(key, value));
            }
            _parser.MoveNext();
            return new YMapping(entries, span);
        }

        private void Expect<T>() where T : ParsingEvent
        {
            if (_parser.Current is null)
                _parser.MoveNext();
            if (_parser.Current is T)
                _parser.MoveNext();
        }

        private SourceSpan Span(Mark mark) => new(path, (int)mark.Line, (int)mark.Column);
    }

    private sealed class TooDeepException(SourceSpan span) : Exception("nesting too deep")
    {
        public SourceSpan Span { get; } = span;
    }

    private sealed class AnchorException(SourceSpan span, string message) : Exception(message)
    {
        public SourceSpan Span { get; } = span;
    }
}
