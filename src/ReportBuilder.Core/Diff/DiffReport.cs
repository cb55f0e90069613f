using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReportBuilder.Core.Diff;

/// <summary>Writes a <see cref="ModelDiff"/> as Markdown (a pull-request comment), plain text, or JSON.</summary>
public static class DiffReport
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

    public static string Markdown(ModelDiff diff)
    {
        var md = new StringBuilder();
        md.Append("**").Append(Summary(diff)).Append("** (`").Append(diff.Base).Append("` → `").Append(diff.Head).Append("`)\n");
        if (diff.Figures.Count > 0)
        {
            md.Append("\n### Figures\n\n| measure | claimant | date | before | after |\n| --- | --- | --- | --- | --- |\n");
            foreach (var f in diff.Figures)
                md.Append(CultureInfo.InvariantCulture, $"| `{f.MeasureId}` | {Inline(f.Claimant)} | {f.Date} | {Inline(f.Old ?? "—")} | {Inline(f.New ?? "—")} |\n");
        }
        if (diff.Claims.Count > 0)
        {
            md.Append("\n### Claims\n\n");
            foreach (var c in diff.Claims)
            {
                md.Append(c.Kind == ChangeKind.Renamed
                    ? $"- **renamed** `{c.OldId}` → `{c.Id}` ({c.Topic})\n"
                    : $"- **{Verb(c.Kind)}** `{c.Id}` ({c.Topic})\n");
                if (c.Kind != ChangeKind.Renamed)
                    AppendFields(md, c.Fields, "  ");
            }
        }
        if (diff.Entities.Count > 0)
        {
            md.Append("\n### Sources, actors, measures and topics\n\n");
            foreach (var e in diff.Entities)
            {
                md.Append(CultureInfo.InvariantCulture, $"- **{Verb(e.Change)}** {e.Kind} `{e.Id}`\n");
                if (e.Change == ChangeKind.Changed)
                    AppendFields(md, e.Fields, "  ");
            }
        }
        if (Briefings(diff) is { Count: > 0 } weeks)
        {
            md.Append("\n### Briefings that change\n\n");
            foreach (var week in weeks)
                md.Append("- ").Append(week).Append(": ").AppendJoin(", ",
                    diff.Outputs.Where(o => IsBriefing(o.Path) && Path.GetFileNameWithoutExtension(o.Path) == week).Select(o => $"`{o.Path}` ({Verb(o.Kind)})")).Append('\n');
        }
        if (diff.Outputs.Any(o => !IsBriefing(o.Path)))
        {
            md.Append("\n### Pages and files that change\n\n");
            foreach (var group in diff.Outputs.Where(o => !IsBriefing(o.Path)).GroupBy(o => o.Kind).OrderBy(g => g.Key))
                md.Append("- ").Append(Verb(group.Key)).Append(": ").AppendJoin(", ", group.Select(o => $"`{o.Path}`")).Append('\n');
        }
        return md.ToString();
    }

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
                    text.Append(CultureInfo.InvariantCulture, $"           {field.Field}: {Short(field.Old ?? "(none)")} → {Short(field.New ?? "(none)")}\n");
        }
        foreach (var e in diff.Entities)
            text.Append(CultureInfo.InvariantCulture, $"{e.Kind,-8} {Verb(e.Change)} {e.Id}{(e.Change == ChangeKind.Changed ? ": " + string.Join(", ", e.Fields.Select(f => f.Field)) : "")}\n");
        foreach (var o in diff.Outputs)
            text.Append(CultureInfo.InvariantCulture, $"output   {Verb(o.Kind)} {o.Path}\n");
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

    private static void AppendFields(StringBuilder md, IReadOnlyList<FieldChange> fields, string indent)
    {
        foreach (var f in fields)
        {
            md.Append(indent).Append("- ").Append(f.Field).Append(": ");
            md.Append(f.Old is null ? "" : $"~~{Inline(f.Old)}~~");
            md.Append(f.Old is not null && f.New is not null ? " → " : "");
            md.Append(f.New is null ? "" : Inline(f.New)).Append('\n');
        }
    }

    private static bool IsBriefing(string path) => path.StartsWith("briefings/", StringComparison.Ordinal);

    private static string Verb(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Renamed => "renamed",
        _ => "changed",
    };

    private static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static string Short(string text) =>
        (text.Length > 160 ? text[..157] + "…" : text).Replace("\n", " ⏎ ", StringComparison.Ordinal);

    /// <summary>Inline Markdown: shortened, on one line, with Markdown's active characters escaped.</summary>
    private static string Inline(string text)
    {
        var escaped = new StringBuilder();
        foreach (var ch in Short(text))
        {
            if ("\\`*_[]<>|~#".Contains(ch, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(ch);
        }
        return escaped.ToString();
    }

    
}
