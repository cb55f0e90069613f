using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Validation;

/// <summary>
/// Turns the YAML syntax of a project into a resolved <see cref="ReportModel"/>, reporting every rule of
/// DESIGN.md that the data breaks. Split by what it reads: this file (site, actors, measures),
/// Validator.Sources.cs, Validator.Sheets.cs (claims), Validator.Coverage.cs (cross-file rules).
/// </summary>
internal sealed partial class Validator(ProjectDocuments documents, DiagnosticBag bag)
{
    private readonly ProjectFiles files = documents.Files;

    public const string SitePath = "data/site.yaml";
    public const string ActorsPath = "data/actors.yaml";
    public const string MeasuresPath = "data/measures.yaml";
    public const string SourcesFolder = "data/sources/";
    public const string SheetsFolder = "data/sheets/";

    private static readonly string[] SiteFields = ["title", "publisher", "base_url", "language", "page_size", "description"];
    private static readonly string[] ActorFields = ["id", "name", "aliases", "kind", "country", "role", "note"];
    private static readonly string[] MeasureFields = ["id", "label", "unit", "kind", "description"];
    private static readonly string[] PageSizes = ["A4", "Letter"];
    public static readonly IReadOnlyList<string> ActorKinds = ["person", "government", "agency", "military", "media", "organization", "group"];

    public ReportModel? Run()
    {
        bag.AddRange(files.ProblemsUnder("data/"));
        foreach (var folder in new[] { SourcesFolder, SheetsFolder }.Select(f => f.TrimEnd('/')).Where(files.Exists))
            bag.Add(DirectoryReader.FolderExpected(folder));
        var site = ReadSite();
        var actors = ReadList(ActorsPath, "actor", ActorFields, ReadActor);
        var measures = ReadList(MeasuresPath, "measure", MeasureFields, ReadMeasure);
        var sources = ReadSources();
        CheckAliases(actors);
        var topics = ReadSheets(
            actors.ToDictionary(a => a.Id, StringComparer.Ordinal),
            measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
            sources.ToDictionary(s => s.Id, StringComparer.Ordinal));
        CheckDisputes();
        CheckCoverage(sources);
        return bag.HasErrors || site is null ? null : new ReportModel(site, sources, actors, measures, topics);
    }

    private YNode? ReadYaml(string path, bool required)
    {
        var file = files.Get(path);
        if (file is null)
        {
            if (files.IsFolder(path))
                bag.Add(FileExpected(path));
            else if (required && !files.IsUnread(path))
                bag.Add(Codes.MissingFile, SourceSpan.File(path), $"{path} is missing", "every project has it: see the README's data format");
            return null;
        }
        var document = documents.Get(path) ?? throw new InvalidOperationException($"Load did not parse {path}");
        bag.AddRange(document.Problems);
        var root = document.Root;
        if (root is null && document.Problems.Count == 0)
            bag.Add(Codes.MissingField, SourceSpan.File(path), $"{path} is empty",
                "a blank file or one holding only comments says nothing: fill it in, or remove it");
        return root;
    }

    private Site? ReadSite()
    {
        var fields = Fields.Of(ReadYaml(SitePath, required: true), "site.yaml", SiteFields, bag);
        if (fields is null)
            return null;
        var title = fields.Text("title", required: true);
        var publisher = fields.Text("publisher", required: true);
        var baseUrl = fields.Text("base_url", required: true);
        var language = fields.Text("language", required: true);
        var pageSize = fields.OneOf("page_size", PageSizes, required: false) ?? "A4";
        var description = fields.Text("description", required: false);
        if (baseUrl is not null && !IsWellFormedHttpUrl(baseUrl))
            bag.Add(Codes.InvalidValue, fields.SpanOf("base_url"), $"'{baseUrl}' is not an absolute http(s) URL",
                "write the address the site is published at, such as https://example.org/reports/");
        if (language is not null && LanguageTag.Problem(language) is { } notALanguage)
            bag.Add(Codes.InvalidLanguage, fields.SpanOf("language"), notALanguage,
                "write a BCP 47 tag such as en, uk, en-GB or sr-Latn-RS: a two-letter ISO 639-1 language, then optionally a script and a region");
        if (title is null || publisher is null || baseUrl is null || language is null)
            return null;
        return new Site(title, publisher, baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", language, pageSize, description);
    }

    /// <summary>Reads a file that holds a list of records with ids, reporting duplicate ids.</summary>
    private List<T> ReadList<T>(string path, string what, string[] known, Func<Fields, T?> read) where T : class
    {
        var result = new List<T>();
        var root = ReadYaml(path, required: true);
        if (root is null)
            return result;
        if (root is not YSequence sequence)
        {
            bag.Add(Codes.WrongType, root.Span, $"{path} must be a list of {what}s, not {root.Kind}", $"start each {what} with '- id: …'");
            return result;
        }
        var ids = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            var fields = Fields.Of(item, what, known, bag);
            if (fields is null || read(fields) is not { } value)
                continue;
            var id = fields.Text("id", required: true)!;
            if (ids.TryAdd(id, fields.SpanOf("id")))
                result.Add(value);
            else
                bag.Add(Codes.DuplicateId, fields.SpanOf("id"), $"duplicate {what} id '{id}' (first at line {ids[id].Line})",
                    $"each {what} needs its own id");
        }
        return result;
    }

    private Actor? ReadActor(Fields f)
    {
        var id = f.Id("id");
        var name = f.Text("name", required: true);
        var aliases = f.Strings("aliases");
        var kind = f.OneOf("kind", ActorKinds, required: true);
        var country = f.Text("country", required: false);
        var role = f.Text("role", required: false);
        var note = f.Text("note", required: false);
        return id is null || name is null || kind is null ? null : new Actor(id, name, aliases, kind, country, role, f.Span) { Note = note };
    }

    private Measure? ReadMeasure(Fields f)
    {
        var id = f.Id("id");
        var label = f.Text("label", required: true);
        var unit = f.Text("unit", required: true);
        var kind = f.OneOf("kind", DataNames.MeasureKinds, required: false) ?? DataNames.Name(MeasureKind.Level);
        var description = f.Text("description", required: false);
        return id is null || label is null || unit is null ? null
            : new Measure(id, label, unit, description, f.Span) { Kind = Enum.GetValues<MeasureKind>().Single(k => DataNames.Name(k) == kind) };
    }

    /// <summary>One name is one actor: no name or alias may belong to two actors.</summary>
    private void CheckAliases(List<Actor> actors)
    {
        var owner = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            foreach (var name in actor.Aliases.Prepend(actor.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owner.TryGetValue(name, out var other) && other != actor)
                    bag.Add(Codes.DuplicateId, actor.Span, $"the name '{name}' belongs to both '{other.Id}' and '{actor.Id}'",
                        "one person or body is one actor: merge them, keeping the other spelling as an alias");
                else
                    owner[name] = actor;
            }
        }
    }

    /// <summary>RB0009, for a folder where a file belongs.</summary>
    private static Diagnostic FileExpected(string path) => new(Codes.FolderOrFile, SourceSpan.File(path),
        $"{path} is a folder; a file belongs here", $"remove the folder and put the file {path} in its place");

    /// <summary>An absolute http(s) URL as it may stand in a link: no spaces, brackets or other unescaped characters.</summary>
    internal static bool IsWellFormedHttpUrl(string text) =>
        Uri.IsWellFormedUriString(text, UriKind.Absolute) && !text.Any(c => c is ' ' or '(' or ')' or '<' or '>' or '"')
        && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
