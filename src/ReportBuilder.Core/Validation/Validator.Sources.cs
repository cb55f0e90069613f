using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Validation;

internal sealed partial class Validator
{
    private static readonly string[] SourceFields = ["title", "title_is_headline", "outlet", "published", "url", "text", "not_used", "note"];
    private static readonly string[] Booleans = ["true", "false"];
    private static readonly string[] UnusedFields = ["line", "reason"];

    /// <summary>Sources whose file exists but did not validate: claims citing them are not dangling.</summary>
    private readonly HashSet<string> _brokenSources = new(StringComparer.Ordinal);

    /// <summary>Reads data/sources/&lt;id&gt;.yaml and the text each one names.</summary>
    private List<Source> ReadSources()
    {
        var sources = new List<Source>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Under(SourcesFolder).Where(f => IsYaml(f.Path)))
        {
            if (IdFromFileName(file.Path) is not { } id)
                continue;
            _brokenSources.Add(id);
            var fields = Fields.Of(ReadYaml(file.Path, required: true), $"source '{id}'", SourceFields, bag);
            if (fields is null)
                continue;
            var title = fields.Text("title", required: true);
            var outlet = fields.Text("outlet", required: false);
            var published = fields.Date("published", required: true);
            var url = fields.Text("url", required: false);
            if (url is not null && !IsWellFormedHttpUrl(url))
                bag.Add(Codes.InvalidValue, fields.SpanOf("url"), $"'{url}' is not an absolute http(s) URL",
                    "give the full address of the document, percent-encoding spaces and brackets, or leave 'url' out when it is not known");
            var note = fields.Text("note", required: false);
            var headline = fields.OneOf("title_is_headline", Booleans, required: false) == "true";
            var textName = fields.Text("text", required: true);
            var lines = textName is null ? null : ReadSourceText(fields, textName);
            if (textName is not null)
                texts.Add(SourcesFolder + textName);
            var notUsed = lines is null ? [] : ReadUnused(fields, lines.Count);
            if (title is null || published is null || textName is null || lines is null)
                continue;
            _brokenSources.Remove(id);
            sources.Add(new Source(id, title, outlet, published.Value, url, SourcesFolder + textName, lines, notUsed, fields.Span)
                { Note = note, TitleIsHeadline = headline });
        }
        foreach (var stray in files.Under(SourcesFolder).Where(f => !IsYaml(f.Path) && !texts.Contains(f.Path)))
            bag.Add(Codes.StrayFile, SourceSpan.File(stray.Path), "this file is not the text of any source",
                "name it in a source's 'text:' field, or remove it");
        return sources;
    }

    private IReadOnlyList<string>? ReadSourceText(Fields fields, string textName)
    {
        if (textName.Contains('/', StringComparison.Ordinal) || textName.Contains('\\', StringComparison.Ordinal) || textName.StartsWith('.'))
        {
            bag.Add(Codes.InvalidValue, fields.SpanOf("text"), $"'{textName}' is not a file name in data/sources/",
                "name a file beside this one, such as 'taipei-2024-12-23.txt'");
            return null;
        }
        var path = SourcesFolder + textName;
        var file = files.Get(path);
        if (file is null && files.IsFolder(path))
        {
            bag.Add(FileExpected(path));
            return null;
        }
        if (file is null)
        {
            if (!files.IsUnread(path))
                bag.Add(Codes.MissingFile, fields.SpanOf("text"), $"source text {path} does not exist",
                    "copy the document byte-for-byte into data/sources/ under this name");
            return null;
        }
        var text = Utf8Text.Read(file, bag, "a source document this large is a mistake: keep the excerpt the claims cite");
        if (text is null)
            return null;
        var lines = Utf8Text.SplitLines(text);
        var clean = true;
        for (var i = 0; i < lines.Count; i++)
        {
            if (TextHygiene.FirstForbidden(lines[i], lineEnds: false) is var bad and >= 0)
            {
                var column = TextHygiene.Position(lines[i], bad).Column;
                bag.Add(Codes.ControlCharacter, new SourceSpan(path, i + 1, column), $"the source text holds {TextHygiene.Describe(lines[i], bad)}",
                    TextHygiene.Hint);
                clean = false;
            }
        }
        return clean ? lines : null;
    }

    private List<UnusedLine> ReadUnused(Fields source, int lineCount)
    {
        var result = new List<UnusedLine>();
        var seen = new HashSet<int>();
        foreach (var item in source.List("not_used", required: false))
        {
            var fields = Fields.Of(item, "a not_used entry", UnusedFields, bag);
            if (fields is null)
                continue;
            var line = fields.PositiveInt("line");
            var reason = fields.Text("reason", required: true);
            if (line is null || reason is null)
                continue;
            if (line > lineCount)
                bag.Add(Codes.LineOutOfRange, fields.SpanOf("line"), $"line {line} is past the end of the text ({lineCount} lines)",
                    "count lines from 1 in the .txt file");
            else if (!seen.Add(line.Value))
                bag.Add(Codes.DuplicateId, fields.SpanOf("line"), $"line {line} is listed twice under not_used", "list each line once");
            else
                result.Add(new UnusedLine(line.Value, reason, fields.Span));
        }
        return [.. result.OrderBy(u => u.Line)];
    }

    private static bool IsYaml(string path) => path.EndsWith(".yaml", StringComparison.Ordinal);

    /// <summary>The id a file name gives (<c>data/sheets/casualties.yaml</c> is 'casualties'), or null if it is no slug.</summary>
    private string? IdFromFileName(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..^".yaml".Length];
        if (path.Count(c => c == '/') == 2 && Fields.IsSlug(name) && name.Length <= FieldLimits.Id)
            return name;
        bag.Add(Codes.InvalidId, SourceSpan.File(path), $"'{path}' does not name a valid id",
            $"the file name is the id: a lowercase slug of at most {FieldLimits.Id} characters such as 'taipei-2024-12-23.yaml', directly in its folder");
        return null;
    }
}
