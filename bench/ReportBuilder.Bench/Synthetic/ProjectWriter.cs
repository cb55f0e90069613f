using System.Globalization;
using System.Text;

namespace ReportBuilder.Bench.Synthetic;

/// <summary>Writes a <see cref="SyntheticProject"/> as a project folder: data/ in our format, templates/ copied in.</summary>
internal static class ProjectWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(SyntheticProject project, string directory, string templates)
    {
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(Path.Combine(data, "sheets"));
        Directory.CreateDirectory(Path.Combine(data, "sources"));
        Save(Path.Combine(data, "site.yaml"), new StringBuilder()
            .Append("title: Synthetic desk\npublisher: ReportBuilder bench\nbase_url: https://example.org/synthetic/\nlanguage: en\npage_size: A4\n")
            .Append(CultureInfo.InvariantCulture, $"description: {Q($"A generated project of {project.Claims.Count} claims for measuring build speed; every name and figure is made up.")}\n"));
        Save(Path.Combine(data, "actors.yaml"), Actors(project.Actors));
        Save(Path.Combine(data, "measures.yaml"), Measures(project.Measures));
        foreach (var source in project.Sources)
        {
            Save(Path.Combine(data, "sources", source.Id + ".yaml"), Source(source));
            Save(Path.Combine(data, "sources", source.Id + ".txt"), new StringBuilder(string.Join('\n', source.Lines) + "\n"));
        }
        var byTopic = project.Claims.GroupBy(c => c.Topic).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var topic in project.Topics.Where(t => byTopic.ContainsKey(t.Id)))
            Save(Path.Combine(data, "sheets", topic.Id + ".yaml"), Sheet(topic, byTopic[topic.Id]));
        foreach (var file in Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(directory, "templates", Path.GetRelativePath(templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static StringBuilder Actors(IReadOnlyList<SyntheticActor> actors)
    {
        var text = new StringBuilder();
        foreach (var a in actors)
        {
            text.Append(CultureInfo.InvariantCulture, $"- id: {a.Id}\n  name: {Q(a.Name)}\n  aliases: [{string.Join(", ", a.Aliases.Select(Q))}]\n");
            text.Append(CultureInfo.InvariantCulture, $"  kind: {a.Kind}\n  country: {a.Country}\n");
            if (a.Role is not null)
                text.Append(CultureInfo.InvariantCulture, $"  role: {Q(a.Role)}\n");
            text.Append('\n');
        }
        return text;
    }

    private static StringBuilder Measures(IReadOnlyList<SyntheticMeasure> measures)
    {
        var text = new StringBuilder();
        foreach (var m in measures)
            text.Append(CultureInfo.InvariantCulture, $"- id: {m.Id}\n  label: {Q(m.Label)}\n  unit: {m.Unit}\n  kind: {m.Kind}\n  description: {Q(m.Description)}\n\n");
        return text;
    }

    private static StringBuilder Source(SyntheticSource source)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"title: {Q(source.Title)}\noutlet: Synthetic Wire\npublished: {source.Published}\n")
            .Append(CultureInfo.InvariantCulture, $"url: https://example.org/synthetic/{source.Id}\ntext: {source.Id}.txt\nnot_used:\n");
        foreach (var (line, reason) in source.NotUsed)
            text.Append(CultureInfo.InvariantCulture, $"  - line: {line}\n    reason: {Q(reason)}\n");
        return text;
    }

    private static StringBuilder Sheet(SyntheticTopic topic, List<SyntheticClaim> claims)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"title: {Q(topic.Title)}\nsummary: {Q($"Generated claims about {topic.Title.ToLowerInvariant()}.")}\nclaims:\n");
        foreach (var c in claims)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: {c.Id}\n    statement: {Q(c.Statement)}\n    claimant: {c.Claimant}\n");
            if (c.SaidOn is not null)
                text.Append(CultureInfo.InvariantCulture, $"    said_on: {c.SaidOn}\n");
            text.Append(CultureInfo.InvariantCulture, $"    stance: {c.Stance}\n    evidence:\n");
            foreach (var e in c.Evidence)
                text.Append(CultureInfo.InvariantCulture, $"      - source: {e.Source}\n        line: {e.Line}\n        quote: {Q(e.Quote)}\n");
            if (c.Figure is { } f)
            {
                text.Append(CultureInfo.InvariantCulture, $"    figures:\n      - measure: {f.Measure}\n");
                foreach (var (name, value) in new[] { ("value", f.Value), ("min", f.Min), ("max", f.Max) })
                {
                    if (value is { } v)
                        text.Append(CultureInfo.InvariantCulture, $"        {name}: {v}\n");
                }
                text.Append(CultureInfo.InvariantCulture, $"        qualifier: {f.Qualifier}\n");
            }
            if (c.Note is not null)
                text.Append(CultureInfo.InvariantCulture, $"    note: {Q(c.Note)}\n");
            text.Append('\n');
        }
        return text;
    }

    /// <summary>A YAML double-quoted scalar; our text has no control characters, so only \ and " need escaping.</summary>
    private static string Q(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void Save(string path, StringBuilder text) => File.WriteAllText(path, text.ToString(), Utf8);
}
