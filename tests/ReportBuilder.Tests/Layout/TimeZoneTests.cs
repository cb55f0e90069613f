using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ReportBuilder.Tests.Layout.Support;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Layout;

/// <summary>
/// The machine's time zone never shows in a PDF. The runtime reads the zone of the process once, so
/// each zone gets its own child process: the command line writing one week's briefing.
/// </summary>
public sealed partial class TimeZoneTests
{
    [Fact]
    public void A_briefing_has_the_same_bytes_in_every_time_zone()
    {
        var utc = BriefingIn("UTC");

        foreach (var zone in new[] { "Pacific/Kiritimati", "America/New_York" })
        {
            var zoned = BriefingIn(zone);
            Assert.Equal(Dates(utc), Dates(zoned));
            Assert.True(utc.AsSpan().SequenceEqual(zoned), $"TZ={zone} gives different bytes from TZ=UTC");
        }
        Assert.Equal(["/CreationDate (D:20241229000000+00'00')", "/ModDate (D:20241229000000+00'00')"], Dates(utc));
    }

    /// <summary>The dates the PDF's document information says, wherever they are.</summary>
    private static string[] Dates(byte[] pdf) =>
        [.. DatePattern().Matches(Encoding.Latin1.GetString(pdf)).Select(m => m.Value)];

    private static byte[] BriefingIn(string zone)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"rb-tz-{Guid.NewGuid():N}");
        var output = Path.Combine(folder, "briefing.pdf");
        var start = new ProcessStartInfo(CliProcess.Dotnet()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { CliProcess.Tool, "briefing", "--week", "2024-W52", "--project", Repo.Root, "--out", output })
            start.ArgumentList.Add(argument);
        start.Environment["TZ"] = zone;
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"TZ={zone}: exit {process.ExitCode}\n{stdout.Result}{stderr}");
            return File.ReadAllBytes(output);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"/(CreationDate|ModDate) \([^)]*\)")]
    private static partial Regex DatePattern();
}
