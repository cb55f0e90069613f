using System.Diagnostics;
using System.Text.Json;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// The Nu HTML Checker (vnu.jar, from npm, run on Java), as tools/setup.sh installs it into .tools/.
/// Missing tools fail the test with what to run: a validity test that skips would pass without checking.
/// </summary>
internal static class NuChecker
{
    public static readonly string Jar = Repo.Path(".tools/node_modules/vnu-jar/build/dist/vnu.jar");

    /// <summary>Every error the checker finds in the files, as "file:line:col: message".</summary>
    public static IReadOnlyList<string> Errors(IReadOnlyList<string> files)
    {
        if (!File.Exists(Jar))
            Assert.Fail($"vnu.jar is missing at {Jar}: run tools/setup.sh (it installs Java and vnu-jar from npm)");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", Jar, "--errors-only", "--format", "json" }.Concat(files))
            start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"java could not be started ({e.Message}): run tools/setup.sh, which installs a Java runtime");
            throw;
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd(); // vnu writes its JSON report to stderr
        process.WaitForExit();
        _ = stdout.Result;
        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Name(m, "url")}:{Number(m, "lastLine")}:{Number(m, "firstColumn")}: {m.GetProperty("message").GetString()}")];
    }

    private static string Name(JsonElement m, string property) =>
        m.TryGetProperty(property, out var v) ? Path.GetFileName(Path.GetDirectoryName(v.GetString() ?? "")) + "/" + Path.GetFileName(v.GetString()) : "?";

    private static string Number(JsonElement m, string property) => m.TryGetProperty(property, out var v) ? v.GetRawText() : "?";
}
