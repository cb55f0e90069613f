using System.Diagnostics;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// Headless Chromium (installed by tools/setup.sh): loads a page, runs its scripts and returns the DOM as they
/// left it. Missing Chromium fails the test; a page that does not settle within the time limit fails it too.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>Starts Chromium headless with its own profile folder and the given arguments; stdout and stderr redirected.</summary>
    public static Process Start(string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile}" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
    }

    /// <summary>Debian's Chromium by either of its names, else Google Chrome (as on GitHub's Ubuntu runners).</summary>
    private static string Executable() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is required by this test and was not found on PATH. Run tools/setup.sh (CI runs it from .ci/run)");

    public static string DumpDom(string url)
    {
        var profile = Directory.CreateTempSubdirectory("rb-chromium-").FullName;
        try
        {
            var process = Start(profile, "--dump-dom", url);
            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(Limit))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"chromium did not finish {url} within {Limit.TotalSeconds} s");
                }
                if (process.ExitCode != 0)
                    throw new InvalidOperationException($"chromium exited {process.ExitCode} on {url}: {error.Result}");
                return output.Result;
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
