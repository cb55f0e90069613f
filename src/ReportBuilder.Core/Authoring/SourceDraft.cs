using System.Globalization;
using System.Text;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Authoring;

/// <summary>What `new source` is told about a document. Title defaults to its first non-blank line.</summary>
internal sealed record SourceFacts(string Id, string Published, string? Title = null, string? Outlet = null, string? Url = null);

/// <summary>
/// A new source as two project files: the document byte for byte, and its YAML with every non-blank line
/// listed under not_used as "not yet curated", so the project validates at once and `check` can count what is
/// still to read. Pure: the caller writes the files.
/// </summary>
internal static class SourceDraft
{
    public const string Folder = "data/sources/";

    public static IReadOnlyList<ProjectFile> Files(SourceFacts facts, byte[] text)
    {
        var lines = Utf8Text.Decode(Folder + facts.Id + ".txt", text, out _) is { } decoded ? Utf8Text.SplitLines(decoded) : [];
        var yaml = Encoding.UTF8.GetBytes(Yaml(facts, lines));
        return
        [
            new ProjectFile(Folder + facts.Id + ".txt", text.Length > ProjectFiles.MaxFileBytes ? null : text, text.Length),
            new ProjectFile(Folder + facts.Id + ".yaml", yaml, yaml.Length),
        ];
    }

    private static string Yaml(SourceFacts facts, IReadOnlyList<string> lines)
    {
        var title = facts.Title ?? lines.FirstOrDefault(l => !Source.IsBlank(l))?.Trim() ?? facts.Id;
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(Quoted(title)).Append('\n');
        if (facts.Outlet is not null)
            yaml.Append("outlet: ").Append(Quoted(facts.Outlet)).Append('\n');
        yaml.Append("published: ").Append(Quoted(facts.Published)).Append('\n');
        if (facts.Url is not null)
            yaml.Append("url: ").Append(Quoted(facts.Url)).Append('\n');
        yaml.Append("text: ").Append(facts.Id).Append(".txt\n");
        var uncurated = Enumerable.Range(1, lines.Count).Where(n => !Source.IsBlank(lines[n - 1])).ToList();
        if (uncurated.Count == 0)
            return yaml.ToString();
        yaml.Append("# Curating: cite a line from a claim and remove it here, or give a real reason why no claim needs it.\n");
        yaml.Append("not_used:\n");
        foreach (var line in uncurated)
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{line: {line}, reason: {UnusedLine.NotYetCurated}}}\n");
        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted scalar: any text reads back as itself.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
                quoted.Append('\\').Append(c);
            else if (char.IsControl(c) || c is '\u2028' or '\u2029')   // YAML reads the line and paragraph separators as line breaks
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else
                quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
