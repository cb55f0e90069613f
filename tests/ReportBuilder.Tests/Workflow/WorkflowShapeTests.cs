using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Tests.Workflow;

/// <summary>
/// The CI workflow's shape: check → build → diff → comment → tests, the build and the diff running whatever the
/// check says and before the tests, one comment updated in place, the site as an artifact, Pages on main only.
/// </summary>
public sealed class WorkflowShapeTests
{
    private static readonly WorkflowFile Workflow = WorkflowFile.Report;

    [Fact]
    public void Steps_run_in_review_order()
    {
        var labels = Workflow.Steps("report").Select(s => s.Label).ToList();

        Assert.Equal(
        [
            "actions/checkout@v4", "actions/setup-dotnet@v4", "Cache NuGet packages", "Compile", "Check the data",
            "Build the site and briefings", "What this pull request changes", "Post the diff as the pull request's comment",
            "Upload the site and briefings", "Install the test tools (qpdf, poppler, Java, Nu HTML checker, Chromium, axe)", "Test",
            "Package the site for GitHub Pages",
        ], labels);
    }

    [Theory]
    [InlineData("Build the site and briefings")]
    [InlineData("What this pull request changes")]
    [InlineData("Post the diff as the pull request's comment")]
    [InlineData("Install the test tools (qpdf, poppler, Java, Nu HTML checker, Chromium, axe)")]
    [InlineData("Test")]
    public void Steps_after_the_check_run_even_when_it_fails(string name) =>
        Assert.StartsWith("${{ !cancelled()", Workflow.Step(name).If);

    [Fact]
    public void The_diff_is_made_for_pull_requests_against_their_base()
    {
        var diff = Workflow.Step("What this pull request changes");

        Assert.Contains("github.event_name == 'pull_request'", diff.If);
        Assert.Equal("${{ github.base_ref }}", diff.Map("env")["BASE_REF"]);
        Assert.Contains("--base \"origin/$BASE_REF\" --head HEAD --format markdown --limit 65000", diff.Run);
        Assert.True(65000 + "<!-- reportbuilder-diff -->\n".Length < Core.Diff.DiffMarkdown.GitHubCommentLimit);
        Assert.Contains("fetch-depth", Workflow.Steps("report")[0].Map("with").Keys);
    }

    [Fact]
    public void The_comment_is_posted_once_and_kept_current()
    {
        var post = Workflow.Step("Post the diff as the pull request's comment");

        Assert.Contains("steps.diff.conclusion == 'success' || steps.diff.conclusion == 'failure'", post.If);
        Assert.Equal("${{ github.token }}", post.Map("env")["GH_TOKEN"]);
        Assert.Equal("write", ((YamlScalarNode)((YamlMappingNode)Workflow.Job("report")["permissions"])["pull-requests"]).Value);
    }

    [Fact]
    public void The_site_is_an_artifact_and_main_deploys_it_to_pages()
    {
        var upload = Workflow.Step("Upload the site and briefings");
        Assert.Equal(("actions/upload-artifact@v4", "out/"), (upload.Uses, upload.Map("with")["path"]));
        Assert.Contains("steps.build.conclusion == 'success'", upload.If);

        var pages = Workflow.Step("Package the site for GitHub Pages");
        Assert.Equal(("actions/upload-pages-artifact@v3", "out/"), (pages.Uses, pages.Map("with")["path"]));
        Assert.Equal("${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}", pages.If);

        var deploy = Workflow.Job("deploy");
        Assert.Equal("report", ((YamlScalarNode)deploy["needs"]).Value);
        Assert.Equal(pages.If, ((YamlScalarNode)deploy["if"]).Value);
        var permissions = (YamlMappingNode)deploy["permissions"];
        Assert.Equal(("write", "write"), (((YamlScalarNode)permissions["pages"]).Value, ((YamlScalarNode)permissions["id-token"]).Value));
        Assert.Equal("actions/deploy-pages@v4", Assert.Single(Workflow.Steps("deploy")).Uses);
    }

    [Fact]
    public void NuGet_packages_are_cached()
    {
        var cache = Workflow.Step("Cache NuGet packages");

        Assert.Equal("actions/cache@v4", cache.Uses);
        Assert.Equal("~/.nuget/packages", cache.Map("with")["path"]);
        Assert.Contains("Directory.Packages.props", cache.Map("with")["key"]);
    }

    [Fact]
    public void Scripts_take_values_only_through_env_never_through_expressions() =>
        Assert.All(Workflow.Steps("report").Where(s => s.Run is not null), s => Assert.DoesNotContain("${{", s.Run));
}
