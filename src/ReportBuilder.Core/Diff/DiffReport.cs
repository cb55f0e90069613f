using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReportBuilder.Core.Diff;

/// <summary>Writes a <see cref="ModelDiff"/> as plain text or JSON (Markdown: <see cref="DiffMarkdown"/>), and the summary line all share.</summary>
internal static class DiffReport
{
    /// <summary>One line: "1 claim and 1 figure changed; 10 pages and 4 briefings change."</summary>
    public static string Summary(ModelDiff diff)
    {
        if (diff.IsEmpty)
            return "No changes in the data or the published output.";
        var facts = new[]
        {
            (diff.Claims.Count, "claim", "claims"),
            (diff.Figures.Count, "figure", "figures"),
            (diff.Entities.Count, "source, actor, measure or topic", "sources, actors, measures or topics"),
        }.Where(p => p.Item1 > 0).Select(p => Count(p.Item1, p.Item2, p.Item3)).ToList();
        var pages = diff.Outputs.Count(o => !IsBriefing(o.Path));
        var briefings = Briefings(diff).Count;
        return (facts.Count == 0 ? "No facts changed" : Join(facts) + " changed")
            + $"; {Count(pages, "page or file", "pages and files")} and {Count(briefings, "briefing", "briefings")} change.";
    }

    /// <summary>The weeks whose briefing (PDF or its Markdown) changes.</summary>
    private static List<string> Briefings(ModelDiff diff) =>
        [.. diff.Outputs.Where(o => IsBriefing(o.Path))
            .Select(o => Path.GetFileNameWithoutExtension(o.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];

    public static string Text(ModelDiff diff)
    {
        var text = new StringBuilder();
        text.Append(Summary(diff)).Append(" (").Append(diff.Base).Append(" -> ").Append(diff.Head).Append(")\n");
        foreach (var f in diff.Figures)
            text.Append("figure   ").Append(f).Append('\n');
        foreach (var c in diff.Claims)
        {
            text.Append(c.Kind == ChangeKind.Renamed ? $"claim    renamed {c.OldId} -> {c.Id}\n" : $"claim    {Verb(c.Kind)} {c.Id} ({c.Topic})\n");
            if (c.Kind == ChangeKind.Changed)
                foreach (var field in c.Fields)
                    text.Append(CultureInfo.InvariantCulture, $"           {field.Field}: {ChangedText.Plain(field.Old, field.New)}\n");
        }
        foreach (var e in diff.Entities)
            text.Append(CultureInfo.InvariantCulture, $"{e.Kind,-8} {Verb(e.Change)} {e.Id}{(e.Change == ChangeKind.Changed ? ": " + string.Join(", ", e.Fields.Select(f => f.Field)) : "")}\n");
        foreach (var o in diff.Outputs)
            text.Append(CultureInfo.InvariantCulture, $"output   {Verb(o.Kind)} {o.Path}\n").Append(o.TextDiff);
        return text.ToString();
    }

    public static string Json(ModelDiff diff) =>
        JsonSerializer.Serialize(diff, new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";

    internal static bool IsBriefing(string path) => path.StartsWith("briefings/", StringComparison.Ordinal);

    internal static string Verb(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Renamed => "renamed",
        _ => "changed",
    };

    private static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
