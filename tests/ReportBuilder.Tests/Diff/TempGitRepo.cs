using System.Diagnostics;
using ReportBuilder.Tests.Support;
using ReportBuilder.Tests.Validation;

namespace ReportBuilder.Tests.Diff;

/// <summary>A throwaway git repository holding a copy of the base fixture, for diff tests.</summary>
internal sealed class TempGitRepo : IDisposable
{
    public TempGitRepo()
    {
        Root = Directory.CreateTempSubdirectory("rb-diff-").FullName;
        CliRunner.CopyTree(FixtureData.BaseProject, Root);
        // The project's real templates, so that both sides build and their outputs can be compared.
        CliRunner.CopyTree(Repo.Path("templates"), Path.Combine(Root, "templates"));
        Git("init", "-q", "-b", "main");
        Commit("base data");
    }

    public string Root { get; }



    public string Path_(string relative) => Path.Combine(Root, relative);

    public void Edit(string relative, Func<string, string> change)
    {
        var path = Path.Combine(Root, relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after); // the edit must hit, or the test proves nothing
        File.WriteAllText(path, after);
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message);
    }

    public string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
