using System.Diagnostics;
using ReportBuilder.Tests.Diff;

using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Workflow;

/// <summary>
/// The workflow's own scripts, run as GitHub runs them (<c>bash -eo pipefail</c>) in a throwaway git repository
/// with a pull request's base at <c>origin/main</c>; <c>gh</c> is a stand-in that answers from a file and logs calls.
/// </summary>
public sealed class WorkflowScriptTests : IDisposable
{
    private const string Sheet = "data/sheets/casualties.yaml";
    private readonly TempGitRepo _repo = new();
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-runner-").FullName;

    public WorkflowScriptTests()
    {
        _repo.Git("update-ref", "refs/remotes/origin/main", "HEAD");
        _repo.Git("checkout", "-q", "-b", "pull-request");
        File.WriteAllText(Path.Combine(_temp, "summary.md"), "");
        var bin = Directory.CreateDirectory(Path.Combine(_temp, "bin")).FullName;
        var gh = Path.Combine(bin, "gh");
        // The stand-in: logs each call, keeps the body it was given, and answers a listing by running its --jq on comments.json.
        File.WriteAllText(gh, """
            #!/usr/bin/env bash
            echo "$*" >> "$RUNNER_TEMP/gh.log"
            for a in "$@"; do case "$a" in body=@*) cp "${a#body=@}" "$RUNNER_TEMP/gh-body.md";; esac; done
            if [ "$2" = "--paginate" ]; then jq -r "$5" "$RUNNER_TEMP/comments.json"; fi
            """.Replace("\r", "", StringComparison.Ordinal));
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("the workflow runs on ubuntu-latest: run its scripts on Linux or macOS");
        File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose()
    {
        _repo.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    private (int Exit, string Output) RunStep(string name)
    {
        var step = WorkflowFile.Report.Step(name);
        var info = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.Run!])
        {
            WorkingDirectory = _repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var cli = Path.Combine(AppContext.BaseDirectory, "reportbuilder.dll");
        info.Environment["REPORTBUILDER"] = $"dotnet {cli}";
        info.Environment["RUNNER_TEMP"] = _temp;
        info.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(_temp, "summary.md");
        info.Environment["GITHUB_REPOSITORY"] = "desk/report";
        info.Environment["PR_NUMBER"] = "7";
        info.Environment["GH_TOKEN"] = "not-a-token";
        info.Environment["BASE_REF"] = "main";
        info.Environment["PATH"] = Path.Combine(_temp, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private string Temp(string name) => File.ReadAllText(Path.Combine(_temp, name));

    [Fact]
    public void A_figure_change_is_checked_built_diffed_and_posted_then_the_comment_is_updated_in_place()
    {
        _repo.Edit(Sheet, s => FigureEdit.Min(s, "3000", "3100"));
        _repo.Commit("Zelenskyy: more than 3,100");

        Assert.Equal(0, RunStep("Check the data").Exit);
        Assert.Equal(0, RunStep("Build the site and briefings").Exit);
        Assert.True(File.Exists(_repo.Path_("out/weeks/2024-W52/index.html")));
        var diff = RunStep("What this pull request changes");
        Assert.True(diff.Exit == 0, diff.Output);
        Assert.Contains("more than <del>3,000</del><ins>3,100</ins>", Temp("diff.md"));
        Assert.Contains("<details><summary><code>briefings/2024-W52.pdf</code> as pdf-text</summary>", Temp("summary.md"));

        File.WriteAllText(Path.Combine(_temp, "comments.json"), """[{"id": 1, "user": {"login": "someone"}, "body": "LGTM"}]""");
        var first = RunStep("Post the diff as the pull request's comment");
        Assert.True(first.Exit == 0, first.Output);
        Assert.Contains("posted a new comment", first.Output);
        Assert.EndsWith("api --method POST repos/desk/report/issues/7/comments -F body=@" + _temp + "/comment.md\n", Temp("gh.log"));
        Assert.Equal("<!-- reportbuilder-diff -->\n" + Temp("diff.md"), Temp("gh-body.md"));

        File.WriteAllText(Path.Combine(_temp, "comments.json"), """
            [{"id": 1, "user": {"login": "someone"}, "body": "<!-- reportbuilder-diff --> quoted by a person"},
             {"id": 42, "user": {"login": "github-actions[bot]"}, "body": "<!-- reportbuilder-diff -->\nold"}]
            """);
        var second = RunStep("Post the diff as the pull request's comment");
        Assert.Contains("updated comment 42", second.Output);
        Assert.EndsWith("api --method PATCH repos/desk/report/issues/comments/42 -F body=@" + _temp + "/comment.md\n", Temp("gh.log"));
    }

    [Fact]
    public void Data_that_does_not_validate_annotates_and_still_gives_the_reviewer_a_comment()
    {
        _repo.Edit(Sheet, s => s.Replace("said_on: 2024-12-23", "said_on: 2024-13-23", StringComparison.Ordinal));
        _repo.Commit("a bad date");

        var check = RunStep("Check the data");
        Assert.Equal(1, check.Exit);
        Assert.Contains("::error file=data/sheets/casualties.yaml,line=7,col=14", check.Output);
        Assert.NotEqual(0, RunStep("Build the site and briefings").Exit);
        var diff = RunStep("What this pull request changes");

        Assert.Equal(1, diff.Exit);
        var comment = Temp("diff.md");
        Assert.StartsWith("**The diff could not be made** (`reportbuilder diff` exited with 1):", comment);
        Assert.Contains("error RB0107: '2024-13-23' is not a real date", comment);
        Assert.Equal(comment, Temp("summary.md"));
    }
}
