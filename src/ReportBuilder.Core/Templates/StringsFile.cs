using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Chooses and reads the interface's strings: <c>templates/strings/&lt;primary subtag&gt;.yaml</c> for site.yaml's
/// <c>language</c> ("uk" for uk-UA), a flat mapping of key to text. English (<c>en.yaml</c>) is the reference:
/// every other file must have each of its keys (RB0142), so a missing translation fails the build by name.
/// </summary>
internal static class StringsFile
{
    public const string Folder = TemplateSet.Folder + "strings/";
    public const string Reference = Folder + "en.yaml";

    private static readonly Dictionary<string, string[]> FormsByRule = new(StringComparer.Ordinal)
    {
        ["one-other"] = ["one", "other"],
        ["one-few-many"] = ["one", "few", "many"],
    };

    public static Strings? Load(IReadOnlyDictionary<string, byte[]> files, string language, DiagnosticBag diagnostics)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        var path = Folder + primary + ".yaml";
        if (!files.ContainsKey(path))
        {
            diagnostics.Add(Codes.NoStringsFile, SourceSpan.File("data/site.yaml"),
                $"language '{language}' has no strings file: there is no {path}",
                $"copy {Reference} to {path} and translate its values, or set language: en");
            return null;
        }
        var values = Read(path, files[path], diagnostics);
        var reference = path == Reference ? values : files.TryGetValue(Reference, out var en) ? Read(Reference, en, diagnostics) : null;
        if (values is null || reference is null)
        {
            if (reference is null && values is not null)
                diagnostics.Add(Codes.MissingString, SourceSpan.File(Reference), $"there is no {Reference}, the strings every language must translate",
                    "restore it from a new project (reportbuilder init)");
            return null;
        }
        var complete = true;
        foreach (var key in Expected(reference.Keys.ToList(), values))
        {
            if (values.ContainsKey(key))
                continue;
            diagnostics.Add(Codes.MissingString, SourceSpan.File(path), $"{path} has no string '{key}'",
                $"add '{key}:' with its text in this language ({Reference} has the English)");
            complete = false;
        }
        return complete ? new Strings(path, values) : null;
    }

    // The reference's keys, with each counted text (a stem with .one and .other, such as count.claim) in the
    // plural forms this file's own rule needs.
    private static IEnumerable<string> Expected(IReadOnlyCollection<string> referenceKeys, IReadOnlyDictionary<string, string> values)
    {
        var forms = FormsByRule.GetValueOrDefault(values.GetValueOrDefault("plural") ?? "", FormsByRule["one-other"]);
        var counted = referenceKeys.Where(k => k.EndsWith(".one", StringComparison.Ordinal)).Select(k => k[..^".one".Length])
            .Where(stem => referenceKeys.Contains(stem + ".other")).ToHashSet(StringComparer.Ordinal);
        string Stem(string key) => key.LastIndexOf('.') is var dot and > 0 && counted.Contains(key[..dot]) ? key[..dot] : key;
        return referenceKeys.Select(Stem).Distinct(StringComparer.Ordinal)
            .SelectMany(key => counted.Contains(key) ? forms.Select(f => key + "." + f) : [key])
            .Order(StringComparer.Ordinal);
    }

    private static Dictionary<string, string>? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var root = YamlReader.Read(new ProjectFile(path, bytes, bytes.Length), diagnostics);
        if (root is not YMapping mapping)
        {
            if (root is not null)
                diagnostics.Add(Codes.StringsNotFlat, root.Span, $"{path} is {root.Kind}, not a mapping of key: text", Hint);
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YScalar { IsNull: false } text)
                values[entry.Key.Value] = text.Value;
            else
                diagnostics.Add(Codes.StringsNotFlat, entry.Value.Span, $"'{entry.Key.Value}' is {entry.Value.Kind}, not a text", Hint);
        }
        if (values.GetValueOrDefault("plural") is { } rule && !FormsByRule.ContainsKey(rule))
            diagnostics.Add(Codes.StringsNotFlat, mapping.Span, $"plural: '{rule}' is not a plural rule",
                "use one-other (as English) or one-few-many (as Ukrainian)");
        return diagnostics.HasErrors ? null : values;
    }

    private const string Hint = "a strings file maps each key to one line of text: 'nav.weeks: Weeks'";
}
