using System.Globalization;
using System.Text;

namespace ReportBuilder.Core.Diff;

/// <summary>
/// A <see cref="ModelDiff"/> as Markdown for a pull-request comment: the facts in words, then each briefing and
/// page that changes with its text diff in a collapsible section. Given a limit, it fits under it: text diffs
/// are left out from the last one back, then the rest is cut at a line, and a closing note says what is missing.
/// </summary>
internal static class DiffMarkdown
{
    /// <summary>GitHub refuses a comment longer than this many characters.</summary>
    public const int GitHubCommentLimit = 65_536;

    public static string Write(ModelDiff diff, int? limit = null)
    {
        var blocks = Blocks(diff).ToList();
        var whole = string.Concat(blocks.Select(b => b.Text));
        return limit is { } max && whole.Length > max ? Trim(blocks, max) : whole;
    }

    private sealed record Block(string Text, bool IsTextDiff);

    private static string Trim(List<Block> blocks, int limit)
    {
        var left = 0;
        for (var i = blocks.Count - 1; i >= 0 && Length(blocks) + Note(limit, left + 1, cut: false).Length > limit; i--)
        {
            if (!blocks[i].IsTextDiff)
                continue;
            blocks.RemoveAt(i);
            left++;
        }
        var text = string.Concat(blocks.Select(b => b.Text));
        if (text.Length + Note(limit, left, cut: false).Length <= limit)
            return text + Note(limit, left, cut: false);
        var note = Note(limit, left, cut: true);
        var end = text.LastIndexOf('\n', Math.Max(0, limit - note.Length - 1));
        return text[..(end + 1)] + note;
    }

    private static int Length(List<Block> blocks) => blocks.Sum(b => b.Text.Length);

    private static string Note(int limit, int textDiffsLeftOut, bool cut) =>
        "\n> **Trimmed to fit a comment** (under " + limit.ToString("N0", CultureInfo.InvariantCulture) + " characters): "
            + (textDiffsLeftOut > 0 ? $"{textDiffsLeftOut} text {(textDiffsLeftOut == 1 ? "diff" : "diffs")} left out" : "")
            + (textDiffsLeftOut > 0 && cut ? "; " : "")
            + (cut ? "the list is cut here" : "")
            + ". `reportbuilder diff` prints all of it, and the workflow's job summary holds it.\n";

    private static IEnumerable<Block> Blocks(ModelDiff diff)
    {
        yield return new Block($"**{DiffReport.Summary(diff)}** (`{diff.Base}` → `{diff.Head}`)\n", false);
        if (diff.Figures.Count > 0)
        {
            var table = new StringBuilder("\n### Figures\n\n| measure | claimant | date | before | after | evidence |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var f in diff.Figures)
                table.Append(CultureInfo.InvariantCulture,
                    $"| `{f.MeasureId}` | {MarkdownText.Inline(f.Claimant)} | {f.Date} | {MarkdownText.Inline(f.Old ?? "—")} | {MarkdownText.Inline(f.New ?? "—")} | {Evidence(f.Evidence)} |\n");
            yield return new Block(table.ToString(), false);
        }
        if (diff.Claims.Count > 0)
        {
            var claims = new StringBuilder("\n### Claims\n\n");
            foreach (var c in diff.Claims)
            {
                claims.Append(c.Kind == ChangeKind.Renamed
                    ? $"- **renamed** `{c.OldId}` → `{c.Id}` ({c.Topic})\n"
                    : $"- **{DiffReport.Verb(c.Kind)}** `{c.Id}` ({c.Topic})\n");
                if (c.Kind != ChangeKind.Renamed)
                    AppendFields(claims, c.Fields);
            }
            yield return new Block(claims.ToString(), false);
        }
        if (diff.Entities.Count > 0)
        {
            var entities = new StringBuilder("\n### Sources, actors, measures and topics\n\n");
            foreach (var e in diff.Entities)
            {
                entities.Append(CultureInfo.InvariantCulture, $"- **{DiffReport.Verb(e.Change)}** {e.Kind} `{e.Id}`\n");
                if (e.Change == ChangeKind.Changed)
                    AppendFields(entities, e.Fields);
            }
            yield return new Block(entities.ToString(), false);
        }
        foreach (var block in Outputs(diff.Outputs.Where(o => DiffReport.IsBriefing(o.Path)).ToList(), "Briefings that change", BriefingList))
            yield return block;
        foreach (var block in Outputs(diff.Outputs.Where(o => !DiffReport.IsBriefing(o.Path)).ToList(), "Pages and files that change", PageList))
            yield return block;
    }

    /// <summary>The list of outputs of one kind, then a collapsible text diff for each changed one.</summary>
    private static IEnumerable<Block> Outputs(List<OutputChange> outputs, string heading, Action<StringBuilder, List<OutputChange>> writeList)
    {
        if (outputs.Count == 0)
            yield break;
        var list = new StringBuilder("\n### ").Append(heading).Append("\n\n");
        writeList(list, outputs);
        yield return new Block(list.ToString(), false);
        foreach (var output in outputs.Where(o => o.TextDiff is not null))
            yield return new Block($"\n<details><summary><code>{output.Path}</code>{(output.Path.EndsWith(".pdf", StringComparison.Ordinal) ? " as pdf-text" : "")}</summary>\n\n"
                + MarkdownText.Fenced("diff", output.TextDiff!) + "\n</details>\n", true);
    }

    /// <summary>One line per week: "- 2024-W52: `briefings/2024-W52.md` (changed), `briefings/2024-W52.pdf` (changed)".</summary>
    private static void BriefingList(StringBuilder md, List<OutputChange> outputs)
    {
        foreach (var week in outputs.GroupBy(o => Path.GetFileNameWithoutExtension(o.Path), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            md.Append("- ").Append(week.Key).Append(": ").AppendJoin(", ", week.Select(o => $"`{o.Path}` ({DiffReport.Verb(o.Kind)})")).Append('\n');
    }

    /// <summary>One line per kind of change: "- changed: `index.html`, `weeks/2024-W52/index.html`".</summary>
    private static void PageList(StringBuilder md, List<OutputChange> outputs)
    {
        foreach (var group in outputs.GroupBy(o => o.Kind).OrderBy(g => g.Key))
            md.Append("- ").Append(DiffReport.Verb(group.Key)).Append(": ").AppendJoin(", ", group.Select(o => $"`{o.Path}`")).Append('\n');
    }

    private static string Evidence(IReadOnlyList<QuotedEvidence> evidence) =>
        string.Join("<br>", evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"“{MarkdownText.Inline(e.Quote)}” (`{e.Source}`:{e.Line})")));

    private static void AppendFields(StringBuilder md, IReadOnlyList<FieldChange> fields)
    {
        foreach (var f in fields)
            md.Append("  - ").Append(f.Field).Append(": ").Append(ChangedText.Markdown(f.Old, f.New)).Append('\n');
    }
}
