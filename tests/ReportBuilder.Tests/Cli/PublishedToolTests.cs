using System.Diagnostics;
using System.Reflection.PortableExecutable;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>
/// The tool as a desk installs it (README, "Install the tool": <c>dotnet publish src/ReportBuilder</c>) is compiled ahead
/// of time (ReadyToRun), and writes the very bytes the tool run from source writes, PDFs included: its machine code
/// comes from another compiler than the JIT's, and no output may depend on which.
/// </summary>
public sealed class PublishedToolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-published-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_published_tool_is_compiled_ahead_of_time_and_builds_data_into_the_same_bytes()
    {
        var tool = Path.Combine(_folder, "tool");
        // Its own artifacts folder: the repository's bin/ and obj/ are left as they are.
        var (exit, output) = Run("publish", Repo.Path("src/ReportBuilder"), "-o", tool, "--artifacts-path", Path.Combine(_folder, "artifacts"),
            "--disable-build-servers"); // no compiler server left running after the test
        Assert.True(exit == 0, output);
        foreach (var assembly in new[] { "reportbuilder.dll", "ReportBuilder.Core.dll", "ReportBuilder.Layout.dll", "Scriban.Signed.dll" })
            Assert.True(IsReadyToRun(Path.Combine(tool, assembly)), $"{assembly} is not compiled ahead of time");

        var (published, fromSource) = (Path.Combine(_folder, "published"), Path.Combine(_folder, "from-source"));
        (exit, output) = Run(Path.Combine(tool, "reportbuilder.dll"), "build", "--project", Repo.Root, "--out", published, "--no-cache");
        Assert.True(exit == 0, output);
        (exit, output) = Run(CliProcess.Tool, "build", "--project", Repo.Root, "--out", fromSource, "--no-cache");
        Assert.True(exit == 0, output);

        var expected = FileTree.Digests(fromSource);
        Assert.Contains(expected.Keys, path => path.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(expected, FileTree.Digests(published));
    }

    /// <summary>An image with a managed native header holds code compiled ahead of time (ReadyToRun).</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static (int Exit, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(CliProcess.Dotnet()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "dotnet " + string.Join(' ', arguments) + ": no exit in 10 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
