using ReportBuilder.Core;
using ReportBuilder.Core.Diff;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;

using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Diff;

/// <summary>The semantic diff of two revisions, read from a real git repository.</summary>
public sealed class ModelComparerTests : IDisposable
{
    private const string Sheet = "data/sheets/casualties.yaml";

    private readonly TempGitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private ModelDiff DiffHeadAgainstWorkingTree()
    {
        var before = Pipeline.Read(GitSnapshot.Read(_repo.Root, "HEAD")).Model!;
        var after = Pipeline.Read(ProjectFiles.FromDirectory(_repo.Root)).Model!;
        return ModelComparer.Compare(before, after, "HEAD", "working tree", []);
    }

    [Fact]
    public void Git_snapshot_reads_the_same_model_as_the_working_tree()
    {
        var fromGit = GitSnapshot.Read(_repo.Root, "HEAD");
        var fromDisk = ProjectFiles.FromDirectory(_repo.Root);

        Assert.Equal(fromDisk.All.Select(f => f.Path), fromGit.All.Select(f => f.Path));
        Assert.All(fromDisk.All, f => Assert.Equal(f.Bytes, fromGit.Get(f.Path)!.Bytes));
        Assert.True(DiffHeadAgainstWorkingTree().IsEmpty);
    }

    [Fact]
    public void Git_snapshot_does_not_touch_the_working_tree()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(s, "3000", "3100"));
        var edited = File.ReadAllText(_repo.Path_(Sheet));

        GitSnapshot.Read(_repo.Root, "HEAD");

        Assert.Equal(edited, File.ReadAllText(_repo.Path_(Sheet)));
    }

    [Fact]
    public void Unknown_revision_is_a_clear_error() =>
        Assert.Equal("'no-such-ref' is not a commit in this repository",
            Assert.Throws<GitException>(() => GitSnapshot.Read(_repo.Root, "no-such-ref")).Message);

    [Fact]
    public void A_project_in_a_subfolder_of_its_repository_reads_the_same_from_git_as_from_disk()
    {
        Directory.CreateDirectory(_repo.Path_("desk"));
        _repo.Git("mv", "data", "desk/data");
        _repo.Git("mv", "templates", "desk/templates");
        _repo.Commit("the project moves into a subfolder");
        var project = _repo.Path_("desk");

        var fromGit = GitSnapshot.Read(project, "HEAD");
        var fromDisk = ProjectFiles.FromDirectory(project);

        Assert.NotEmpty(fromGit.All);
        Assert.Equal(fromDisk.All.Select(f => f.Path), fromGit.All.Select(f => f.Path));
    }

    [Fact]
    public void A_revision_that_looks_like_an_option_never_reaches_git_as_one() =>
        Assert.Equal("'--output=/tmp/x' is not a revision: a revision does not start with '-'",
            Assert.Throws<GitException>(() => GitSnapshot.Read(_repo.Root, "--output=/tmp/x")).Message);

    [Fact]
    public void In_a_shallow_clone_a_missing_commit_says_the_clone_is_shallow()
    {
        _repo.Edit(Sheet, s => s.Replace("stance: estimates", "stance: asserts", StringComparison.Ordinal));
        _repo.Commit("second");
        var clone = Path.Combine(_repo.Root, "shallow");
        _repo.Git("clone", "-q", "--depth", "1", "file://" + _repo.Root, clone);

        var error = Assert.Throws<GitException>(() => GitSnapshot.Read(clone, "HEAD~1"));

        Assert.StartsWith("'HEAD~1' is not a commit in this clone: it is shallow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_figure_names_measure_claimant_date_old_and_new()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(s, "3000", "3100"));

        var diff = DiffHeadAgainstWorkingTree();

        var figure = Assert.Single(diff.Figures);
        Assert.Equal("nk-casualties-kursk · Volodymyr Zelenskyy · 2024-12-23: more than 3,000 → more than 3,100", figure.ToString());
        Assert.Equal(new QuotedEvidence("report", 1, "more than 3,000 North Korean soldiers had been killed or wounded"), Assert.Single(figure.Evidence));
        var claim = Assert.Single(diff.Claims);
        Assert.Equal((ChangeKind.Changed, "zelenskyy-kursk-casualties"), (claim.Kind, claim.Id));
        Assert.Equal(
            [new FieldChange("figure nk-casualties-kursk", "more than 3,000", "more than 3,100"),
             new FieldChange("figure nk-casualties-kursk derived", null, "the desk's own count")],
            claim.Fields);
    }

    [Fact]
    public void A_changed_note_is_a_field_of_its_claim()
    {
        _repo.Edit(Sheet, s => s.Replace("    stance: estimates\n", "    stance: estimates\n    note: \"Said on Telegram.\"\n", StringComparison.Ordinal));

        var diff = DiffHeadAgainstWorkingTree();

        var claim = Assert.Single(diff.Claims);
        Assert.Equal(new FieldChange("note", null, "Said on Telegram."), Assert.Single(claim.Fields));
    }

    [Fact]
    public void A_changed_id_with_the_same_content_is_a_rename()
    {
        _repo.Edit(Sheet, s => s.Replace("id: south-korea-kursk-casualties", "id: south-korea-kursk-casualties-1100", StringComparison.Ordinal));

        var diff = DiffHeadAgainstWorkingTree();

        var claim = Assert.Single(diff.Claims);
        Assert.Equal((ChangeKind.Renamed, "south-korea-kursk-casualties-1100", "south-korea-kursk-casualties"), (claim.Kind, claim.Id, claim.OldId));
        Assert.Empty(diff.Figures); // the renamed claim's figure did not change
    }

    [Fact]
    public void Added_and_removed_claims_and_changed_quotes_are_reported()
    {
        _repo.Edit(Sheet, s => s
            .Replace("quote: \"at least 1,100 North Korean troops had been killed or wounded\"", "quote: \"at least 1,100 North Korean troops\"", StringComparison.Ordinal)
            .Replace("stance: estimates", "stance: asserts", StringComparison.Ordinal));
        _repo.Commit("quote and stance");
        var before = Pipeline.Read(GitSnapshot.Read(_repo.Root, "HEAD~1")).Model!;
        var after = Pipeline.Read(GitSnapshot.Read(_repo.Root, "HEAD")).Model!;

        var diff = ModelComparer.Compare(before, after, "HEAD~1", "HEAD", []);

        var claim = Assert.Single(diff.Claims);
        Assert.Equal(
            [new FieldChange("stance", "estimates", "asserts"),
             new FieldChange("evidence report:2", "at least 1,100 North Korean troops had been killed or wounded", "at least 1,100 North Korean troops")],
            claim.Fields);
    }

    [Fact]
    public void Markdown_starts_with_a_one_line_summary()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(s, "3000", "3100"));

        var markdown = DiffMarkdown.Write(DiffHeadAgainstWorkingTree());

        Assert.StartsWith("**1 claim and 1 figure changed; 0 pages and files and 0 briefings change.** (`HEAD` → `working tree`)\n", markdown);
        Assert.Contains("| `nk-casualties-kursk` | Volodymyr Zelenskyy | 2024-12-23 | more than 3,000 | more than 3,100 | “", markdown);
    }
}
