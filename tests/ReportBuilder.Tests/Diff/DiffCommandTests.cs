using System.Text.Json;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Diff;

/// <summary>`reportbuilder diff` end to end on a throwaway repository: each format, each kind of change.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private const string Sheet = "data/sheets/casualties.yaml";

    private readonly TempGitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private (int Exit, string Out, string Err) Diff(params string[] args) => CliRunner.Run(["diff", "--project", _repo.Root, .. args]);

    [Fact]
    public void Changed_figure_names_claim_values_and_the_week_page_and_briefing_that_change()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(s, "3000", "3100"));

        var (exit, markdown, _) = Diff();

        Assert.Equal(0, exit);
        Assert.Contains("| `nk-casualties-kursk` | Volodymyr Zelenskyy | 2024-12-23 | more than 3,000 | more than 3,100 | “", markdown);
        Assert.Contains("- **changed** `zelenskyy-kursk-casualties` (casualties)", markdown);
        Assert.Contains("  - figure nk-casualties-kursk: more than <del>3,000</del><ins>3,100</ins>\n", markdown);
        Assert.Contains("- 2024-W52: `briefings/2024-W52.md` (changed)", markdown);
        Assert.Contains("`weeks/2024-W52/index.html`", markdown);
        Assert.Contains("`measures/nk-casualties-kursk/index.html`", markdown);
    }

    [Fact]
    public void Each_changed_briefing_and_page_has_a_collapsible_text_diff()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(s, "3000", "3100"));

        var (_, markdown, _) = Diff();

        Assert.Contains("<details><summary><code>briefings/2024-W52.md</code></summary>\n\n````diff\n--- briefings/2024-W52.md (HEAD)\n+++ briefings/2024-W52.md (working tree)\n", markdown);
        Assert.Contains("<details><summary><code>briefings/2024-W52.pdf</code> as pdf-text</summary>", markdown);
        Assert.Contains("<details><summary><code>weeks/2024-W52/index.html</code></summary>", markdown);
        // The changed figure's line, before and after, in each of these diffs.
        var pdf = markdown[markdown.IndexOf("<code>briefings/2024-W52.pdf</code>", StringComparison.Ordinal)..];
        pdf = pdf[..pdf.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Matches(@"\n-.*more than 3,000", pdf);
        Assert.Matches(@"\n\+.*more than 3,100", pdf);
    }

    [Fact]
    public void Limit_trims_the_markdown_under_it_with_a_note()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(s, "3000", "3100"));
        var whole = Diff().Out;

        var (exit, trimmed, _) = Diff("--limit", "3000");

        Assert.Equal(0, exit);
        Assert.True(whole.Length > 3000, "the untrimmed diff must be longer than the limit, or the test proves nothing");
        Assert.True(trimmed.Length <= 3000, $"{trimmed.Length} characters");
        Assert.Contains("> **Trimmed to fit a comment** (under 3,000 characters): ", trimmed);
        Assert.Contains("more than <del>3,000</del><ins>3,100</ins>", trimmed); // the facts stay; text diffs go first
        Assert.Equal(2, Diff("--limit", "10").Exit);
    }

    [Fact]
    public void A_limit_the_facts_alone_exceed_cuts_them_at_a_line_and_says_so()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(FigureEdit.Min(s, "3000", "3100"), "1100", "1200"));

        var (exit, trimmed, _) = Diff("--limit", "1000");

        Assert.Equal(0, exit);
        Assert.True(trimmed.Length <= 1000, $"{trimmed.Length} characters");
        Assert.EndsWith(" text diffs left out; the list is cut here. `reportbuilder diff` prints all of it, and the workflow's job summary holds it.\n", trimmed);
        Assert.StartsWith("**2 claims and 2 figures changed;", trimmed);
    }

    [Fact]
    public void Rename_delete_and_add_between_two_commits_in_text_format()
    {
        _repo.Edit(Sheet, s => s
            .Replace("id: zelenskyy-kursk-casualties", "id: zelenskyy-kursk-casualties-3000", StringComparison.Ordinal)
            .Replace("    statement: At least 1,100 North Korean troops were killed or wounded.", "    statement: At least 1,100 North Korean troops were killed or wounded in total.", StringComparison.Ordinal)
            .Replace("id: south-korea-kursk-casualties", "id: south-korea-kursk-casualties-total", StringComparison.Ordinal));
        _repo.Commit("rename one claim, replace another");

        var (exit, text, _) = Diff("--base", "HEAD~1", "--head", "HEAD", "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("claim    renamed zelenskyy-kursk-casualties -> zelenskyy-kursk-casualties-3000\n", text);
        Assert.Contains("claim    added south-korea-kursk-casualties-total (casualties)\n", text);
        Assert.Contains("claim    removed south-korea-kursk-casualties (casualties)\n", text);
    }

    [Fact]
    public void Json_format_is_machine_readable()
    {
        _repo.Edit(Sheet, s => s.Replace("stance: estimates", "stance: asserts", StringComparison.Ordinal));

        var (exit, json, _) = Diff("--format", "json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(json);
        var claim = document.RootElement.GetProperty("claims")[0];
        Assert.Equal("changed", claim.GetProperty("kind").GetString());
        Assert.Equal("south-korea-kursk-casualties", claim.GetProperty("id").GetString());
        Assert.Equal("stance", claim.GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal("asserts", claim.GetProperty("fields")[0].GetProperty("new").GetString());
    }

    [Fact]
    public void A_side_that_does_not_validate_prints_its_diagnostics_and_exits_1()
    {
        _repo.Edit(Sheet, s => s.Replace("said_on: 2024-12-23", "said_on: 2024-13-23", StringComparison.Ordinal));

        var (exit, _, stderr) = Diff();

        Assert.Equal(1, exit);
        Assert.Contains("diff: working tree does not build:", stderr);
        Assert.Contains("data/sheets/casualties.yaml:7:14: error RB0107: '2024-13-23' is not a real date", stderr);
    }

    [Fact]
    public void No_change_says_so()
    {
        var (exit, markdown, _) = Diff();

        Assert.Equal(0, exit);
        Assert.StartsWith("**No changes in the data or the published output.**", markdown);
    }

    [Fact]
    public void Unknown_revision_is_bad_usage() => Assert.Equal(2, Diff("--base", "nope").Exit);
}
