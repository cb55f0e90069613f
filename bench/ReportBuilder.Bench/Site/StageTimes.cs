using ReportBuilder.Core.Diagnostics;
using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Bench.Site;

/// <summary>
/// Where `build --only site` spends its time, stage by stage, in this process: the same calls the command makes,
/// each timed on its own (a warm-up build first, so JIT is not charged to the first stage), with the managed memory
/// still live after it (a full collection, with what the stages before made still held, as the command holds it);
/// the views are also built alone, to weigh them. Rendering here keeps every output in memory (the command streams them to
/// its staging tree), so the live memory after it includes the outputs' bytes.
/// </summary>
internal static class StageTimes
{
    public static int Report(string project, int claims)
    {
        var outDir = Path.Combine(project, "out-stages");
        Once(project, outDir, print: false);
        if (Directory.Exists(outDir))
            Directory.Delete(outDir, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages of build --only site at {claims:N0} claims (in process, after a warm-up build; load {CliRun.LoadAverage()})"));
        Once(project, outDir, print: true);
        return 0;
    }

    private static void Once(string project, string outDir, bool print)
    {
        var times = new List<(string Stage, double Seconds, double CpuSeconds, long AllocatedMb, long LiveMb)>();
        T Time<T>(string stage, Func<T> work)
        {
            long allocated = GC.GetTotalAllocatedBytes();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = work();
            var (seconds, cpuSeconds) = (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            var allocatedMb = (GC.GetTotalAllocatedBytes() - allocated) >> 20;
            times.Add((stage, seconds, cpuSeconds, allocatedMb, GC.GetTotalMemory(forceFullCollection: true) >> 20));
            return result;
        }
        var files = Time("load files", () => ProjectFiles.FromDirectory(project));
        var documents = Time("load (parse YAML; also inside read)", () => ProjectDocuments.Load(files));
        var model = Time("read (load + validate)", () => Pipeline.Read(files)).Model ?? throw new InvalidOperationException("the synthetic project does not validate");
        var templates = TemplateSet.Parse(files);
        var strings = StringsFile.Load(templates.StringFiles, model.Site.Language, new DiagnosticBag())
            ?? throw new InvalidOperationException("the synthetic project's strings do not load");
        // Weighed while held, then let go, so the stages after it are measured with what the command holds.
        _ = Time("views alone (also inside render)", () => SiteViews.Build(model, strings));
        var sink = new MemorySink();
        var site = Time("render site (templates, views, Markdown, HTML)", () => Pipeline.Render(model, documents, new BuildOptions { Pdf = false }, sink));
        if (!site.Succeeded)
            throw new InvalidOperationException("the synthetic project's site does not render");
        var outputs = sink.Files;
        Time("write out/ (compare, stage, swap)", () => OutputWriter.Write(outDir, outputs));
        if (!print)
            return;
        var counted = times.Where(t => !t.Stage.StartsWith("load (parse", StringComparison.Ordinal) && !t.Stage.StartsWith("views alone", StringComparison.Ordinal)).ToList();
        var (total, totalCpu) = (counted.Sum(t => t.Seconds), counted.Sum(t => t.CpuSeconds));
        Console.WriteLine($"  {"stage",-36}  wall s   cpu s  cpu %  allocated  live after");
        foreach (var (stage, seconds, cpu, allocated, live) in times)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-36} {seconds,7:F2} {cpu,7:F2}  {100 * cpu / totalCpu,4:F0}%  {allocated,6:N0} MB  {live,6:N0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total (YAML parsed once)",-36} {total,7:F2} {totalCpu,7:F2}         {outputs.Count:N0} files, {outputs.Sum(f => (long)f.Bytes.Length) / 1048576.0:F0} MB"));
    }
}
