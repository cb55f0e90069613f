using System.Diagnostics;
using System.Globalization;

namespace ReportBuilder.Bench.Site;

/// <summary>One run of the real command line as its own process: wall time, CPU time, exit code, peak resident memory.</summary>
internal sealed record CliRun(double Seconds, double CpuSeconds, int Exit, long PeakBytes, string Stderr)
{
    /// <summary>
    /// Runs `dotnet DLL ARGS`, reading VmHWM (the kernel's high-water mark of resident memory) from
    /// /proc/PID/status and the CPU time (user + system) from /proc/PID/stat every 5 ms; both only grow,
    /// so the last reading before exit is the figure but for the last 5 ms. CPU time is steadier than
    /// wall time on a shared machine.
    /// </summary>
    public static CliRun Start(string dll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var status = $"/proc/{process.Id}/status";
        var stat = $"/proc/{process.Id}/stat";
        long peak = 0, ticks = 0;
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, HighWaterMark(status));
            ticks = Math.Max(ticks, CpuTicks(stat));
        }
        clock.Stop();
        return new CliRun(clock.Elapsed.TotalSeconds, ticks / TicksPerSecond, process.ExitCode, peak, stderr.Result + stdout.Result);
    }

    /// <summary>Whether peak memory can be read here: /proc with VmHWM is Linux's.</summary>
    public static bool CanMeasureMemory => File.Exists("/proc/self/status") && File.ReadAllText("/proc/self/status").Contains("VmHWM:", StringComparison.Ordinal);

    private static long HighWaterMark(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // the process ended between the check and the read
        }
        return 0;
    }

    /// <summary>Linux's USER_HZ, the unit of /proc/PID/stat's times: 100 on every architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>utime + stime, fields 14 and 15 of /proc/PID/stat (counted after the command name, which may hold spaces).</summary>
    private static long CpuTicks(string stat)
    {
        try
        {
            var text = File.ReadAllText(stat);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The 1-minute load average, to print beside figures taken on a shared machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
