using ReportBuilder.Tests.Validation;

using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>`reportbuilder check` end to end, in process: exit codes, formats, hostile files.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-check-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);


    private string CopyOfBase()
    {
        var target = Path.Combine(_temp, "project");
        CliRunner.CopyTree(FixtureData.BaseProject, target);
        return target;
    }

    [Fact]
    public void Valid_project_exits_0_with_the_summary_line()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--project", FixtureData.BaseProject);

        Assert.Equal(0, exit);
        Assert.Equal("check: data is valid: 1 sources, 2 actors, 1 measures, 1 topics, 2 claims, 2 evidence, 2 figures; 3 of 3 source lines accounted for\n", stdout);
    }

    [Fact]
    public void Invalid_project_exits_1_naming_file_line_and_code()
    {
        var project = CopyOfBase();
        var sheet = Path.Combine(project, "data", "sheets", "casualties.yaml");
        File.WriteAllText(sheet, File.ReadAllText(sheet).Replace("said_on: 2024-12-23", "said_on: 2024-12-32", StringComparison.Ordinal));

        var (exit, stdout, _) = CliRunner.Run("check", "--project", project);

        Assert.Equal(1, exit);
        Assert.StartsWith("data/sheets/casualties.yaml:7:14: error RB0107: '2024-12-32' is not a real date\n", stdout);
        Assert.EndsWith("check: 2 errors in 1 file\n", stdout);
    }

    [Fact]
    public void A_50_MB_file_is_a_diagnostic_not_a_hang()
    {
        var project = CopyOfBase();
        using (var big = File.Create(Path.Combine(project, "data", "sheets", "huge.yaml")))
            big.SetLength(50L * 1024 * 1024);

        var (exit, stdout, _) = CliRunner.Run("check", "--project", project);

        Assert.Equal(1, exit);
        Assert.Contains("data/sheets/huge.yaml: error RB0003: file is 52,428,800 bytes; the limit is 4,194,304", stdout);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--project", CopyOfBaseWithDanglingClaimant(), "--format", "github");

        Assert.Equal(1, exit);
        Assert.Contains("::error file=data/sheets/casualties.yaml,line=6,col=15,title=RB0106::no actor has the id 'zelensky'%0Ahint: 'zelensky' is a name of actor 'zelenskyy': write its id\n", stdout);
    }

    [Fact]
    public void Json_format_lists_diagnostics_with_positions()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--project", CopyOfBaseWithDanglingClaimant(), "--format", "json");

        Assert.Equal(1, exit);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("RB0106", diagnostic.GetProperty("code").GetString());
        Assert.Equal("data/sheets/casualties.yaml", diagnostic.GetProperty("path").GetString());
        Assert.Equal(6, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_template_that_does_not_parse_fails_check_too()
    {
        var project = CopyOfBase();
        Directory.CreateDirectory(Path.Combine(project, "templates", "pages"));
        File.WriteAllText(Path.Combine(project, "templates", "pages", "topic.sbn"), "<h1>{{ page.title }}</h1>\n{{ if }}\n");

        var (exit, stdout, _) = CliRunner.Run("check", "--project", project);

        Assert.Equal(1, exit);
        Assert.Matches(@"templates/pages/topic\.sbn:2:\d+: error RB2001: ", stdout);
    }

    [Fact]
    public void An_empty_file_is_invalid_in_every_format()
    {
        var project = CopyOfBase();
        File.WriteAllText(Path.Combine(project, "data", "site.yaml"), "# to do\n");

        var text = CliRunner.Run("check", "--project", project);
        var json = CliRunner.Run("check", "--project", project, "--format", "json");

        Assert.Equal(1, text.Exit);
        Assert.StartsWith("data/site.yaml: error RB0103: data/site.yaml is empty\n", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, json.Exit);
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.False(document.RootElement.GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData("check", "--format", "yaml")]
    [InlineData("check", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Bad_usage_exits_2(params string[] args) => Assert.Equal(2, CliRunner.Run(args).Exit);

    [Fact]
    public void Missing_project_folder_is_bad_usage() =>
        Assert.Equal(2, CliRunner.Run("check", "--project", Path.Combine(_temp, "nowhere")).Exit);

    [Fact]
    public void Help_exits_0_and_describes_the_options()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--format", stdout);
        Assert.Contains("--project", stdout);
    }

    private string CopyOfBaseWithDanglingClaimant()
    {
        var project = CopyOfBase();
        var sheet = Path.Combine(project, "data", "sheets", "casualties.yaml");
        File.WriteAllText(sheet, File.ReadAllText(sheet).Replace("claimant: zelenskyy", "claimant: zelensky", StringComparison.Ordinal));
        return project;
    }
}
