using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Layout;

namespace ReportBuilder.Bench;

/// <summary>One size's figures, measured in a child process so peak memory belongs to that size alone.</summary>
internal sealed record Measurement(int Requested, int Pages, double Seconds, double BestSeconds, double CpuSeconds, long PeakBytes, long ModelBytes, long AllocatedBytes, long OutputBytes, double HitRate)
{
    public double PagesPerSecond => Pages / Seconds;

    public static Measurement Run(FontSet fonts, int requested, int repeat)
    {
        // One core: layout and the PDF writer are single-threaded; pinning keeps the GC honest too.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var spec = SyntheticBriefing.Create(requested);
        long model = GC.GetTotalMemory(forceFullCollection: true) - before;
        var path = Path.Combine(Path.GetTempPath(), $"rb-bench-{Environment.ProcessId}.pdf");
        try
        {
            // Warm up for a few seconds: the JIT's optimised tier and the shaped-word cache.
            var warmUp = SyntheticBriefing.Create(40, seed: 7);
            for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(3);)
                Render(fonts, warmUp, path);
            var times = new List<(double Wall, double Cpu)>();
            RenderResult? result = null;
            long allocated = 0;
            for (int i = 0; i < repeat; i++)
            {
                long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                result = Render(fonts, spec, path);
                clock.Stop();
                times.Add((clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds));
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            }
            var median = times.OrderBy(t => t.Wall).ElementAt(times.Count / 2);
            return new Measurement(requested, result!.PageCount, median.Wall, times.Min(t => t.Wall), median.Cpu, Process.GetCurrentProcess().PeakWorkingSet64,
                model, allocated, new FileInfo(path).Length, result.Shaping.HitRate);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static RenderResult Render(FontSet fonts, PdfDocumentSpec spec, string path)
    {
        using var file = File.Create(path);
        return PdfRenderer.Render(spec, fonts, file);
    }

    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Requested} {Pages} {Seconds:R} {BestSeconds:R} {CpuSeconds:R} {PeakBytes} {ModelBytes} {AllocatedBytes} {OutputBytes} {HitRate:R}");

    private static Measurement FromLine(string line)
    {
        var f = line.Trim().Split(' ');
        var c = CultureInfo.InvariantCulture;
        return new Measurement(int.Parse(f[0], c), int.Parse(f[1], c), double.Parse(f[2], c), double.Parse(f[3], c), double.Parse(f[4], c),
            long.Parse(f[5], c), long.Parse(f[6], c), long.Parse(f[7], c), long.Parse(f[8], c), double.Parse(f[9], c));
    }

    /// <summary>Measures every size in its own process and prints the table and the ratios.</summary>
    public static int Report(Options options)
    {
        var rows = new List<Measurement>();
        foreach (int pages in options.Pages)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            foreach (var arg in new[] { "--child", pages.ToString(CultureInfo.InvariantCulture), "--repeat", options.Repeat.ToString(CultureInfo.InvariantCulture), "--fonts", options.Fonts })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                return process.ExitCode;
            rows.Add(FromLine(output));
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"layout + PDF writing, one core, median of {options.Repeat} renders (two layout passes each)");
        Console.WriteLine("  pages  pages/s  best p/s  pages/cpu-s  ms/page  peak MB  model MB  alloc KB/page  output KB  KB/page  cache hits");
        foreach (var r in rows)
        {
            Console.WriteLine(string.Create(c,
                $"{r.Pages,7} {r.PagesPerSecond,8:F0} {r.Pages / r.BestSeconds,9:F0} {r.Pages / r.CpuSeconds,12:F0} {1000 * r.Seconds / r.Pages,8:F2} {r.PeakBytes / 1048576.0,8:F1} {r.ModelBytes / 1048576.0,9:F1} {r.AllocatedBytes / 1024.0 / r.Pages,14:F1} {r.OutputBytes / 1024.0,10:F0} {r.OutputBytes / 1024.0 / r.Pages,8:F2} {r.HitRate,11:P1}"));
        }
        var first = rows[0];
        foreach (var r in rows.Skip(1))
        {
            Console.WriteLine(string.Create(c,
                $"{r.Pages} vs {first.Pages} pages: ×{(double)r.Pages / first.Pages:F1} pages, speed ×{r.PagesPerSecond / first.PagesPerSecond:F2}, peak memory ×{(double)r.PeakBytes / first.PeakBytes:F2} (×{(double)(r.PeakBytes - r.ModelBytes) / (first.PeakBytes - first.ModelBytes):F2} without the input model)"));
        }
        return 0;
    }
}
