using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using Scriban;
using DiagnosticSpan = ReportBuilder.Core.Diagnostics.SourceSpan;
using ParserMessageType = Scriban.Parsing.ParserMessageType;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Every template of a project, parsed once with its project path (so errors carry it) and reused for every
/// page. Built from the files under templates/; the assets (css, fonts) ride along as bytes to be copied.
/// </summary>
internal sealed class TemplateSet
{
    public const string Folder = "templates/";
    public const string Extension = ".sbn";

    private readonly SortedDictionary<string, Template> _templates;

    private TemplateSet(SortedDictionary<string, Template> templates, SortedDictionary<string, byte[]> assets,
        SortedDictionary<string, byte[]> strings, IReadOnlyList<Diagnostic> diagnostics)
    {
        _templates = templates;
        Assets = assets;
        StringFiles = strings;
        Diagnostics = diagnostics;
    }

    /// <summary>The syntax errors of every template (RB2001), all of them. Nothing renders while there are any.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>templates/assets/** by project path, to be copied under out/assets/.</summary>
    public IReadOnlyDictionary<string, byte[]> Assets { get; }

    /// <summary>templates/strings/*.yaml by project path: the interface's words, one file a language (see <see cref="StringsFile"/>).</summary>
    public IReadOnlyDictionary<string, byte[]> StringFiles { get; }

    /// <summary>
    /// Parses every <c>templates/**/*.sbn</c> of <paramref name="files"/> (project paths with '/', to bytes).
    /// </summary>
    public static TemplateSet Parse(IReadOnlyDictionary<string, byte[]> files, IEnumerable<Diagnostic>? earlier = null)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(earlier ?? []);
        var templates = new SortedDictionary<string, Template>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var strings = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            if (!path.StartsWith(Folder, StringComparison.Ordinal))
                continue;
            if (path.StartsWith(Folder + "assets/", StringComparison.Ordinal))
            {
                assets[path] = bytes;
                continue;
            }
            if (path.StartsWith(StringsFile.Folder, StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                strings[path] = bytes;
                continue;
            }
            if (!path.EndsWith(Extension, StringComparison.Ordinal))
                continue;
            var template = Template.Parse(Text(bytes), path);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Add(Codes.TemplateSyntax, Position(message.Span), message.Message, TemplateHints.Syntax);
            templates[path] = template;
        }
        return new TemplateSet(templates, assets, strings, diagnostics.ToSortedList());
    }

    /// <summary>The templates of a project snapshot; a file too large to have been read is an error.</summary>
    public static TemplateSet Parse(ProjectFiles files)
    {
        var tooLarge = files.Under(Folder).Where(f => f.Bytes is null)
            .Select(f => new Diagnostic(Codes.FileTooLarge, DiagnosticSpan.File(f.Path),
                $"{f.Path} is {f.Length} bytes, more than the {ProjectFiles.MaxFileBytes} a template may have"));
        return Parse(files.Under(Folder).Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => f.Bytes!, StringComparer.Ordinal),
            tooLarge.Concat(files.ProblemsUnder(Folder)));
    }

    public bool Contains(string path) => _templates.ContainsKey(path);

    /// <summary>The parsed template at a project path, such as <c>templates/pages/week.sbn</c>.</summary>
    public Template? Get(string path) => _templates.GetValueOrDefault(path);

    /// <summary>Fills a context's include cache, so that includes use the templates parsed here.</summary>
    internal void Prime(TemplateContext context)
    {
        foreach (var (path, template) in _templates)
            context.CachedTemplates[path] = template;
    }

    /// <summary>A Scriban span as our 1-based <c>path:line:col</c>.</summary>
    public static DiagnosticSpan Position(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "templates/", span.Start.Line + 1, span.Start.Column + 1);

    // A byte-order mark is not text; CRLF checkouts render as LF so output is the same on every machine.
    private static string Text(byte[] bytes) =>
        new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
}
