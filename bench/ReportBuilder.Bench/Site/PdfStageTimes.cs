using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Core;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Bench.Site;

/// <summary>
/// `build --only pdf` in this process, the stages the briefings need — load, read + validate, views, each week's Markdown from the template, then the PDFs
/// (Markdig, layout, PDF writing) — each timed on its own. The first pass is cold (JIT, first use of every cache),
/// like a fresh `build`; the passes after it are warm. Pages per CPU-second over the whole pipeline, and for the PDF stage.
/// </summary>
internal static class PdfStageTimes
{
    private static readonly string[] Stages = ["load files", "read + validate", "views", "template → Markdown", "Markdown → layout → PDF"];

    public static int Report(string project, int claims, int repeat)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the briefings of build --only pdf at {claims:N0} claims, no HTML site, in process (load {CliRun.LoadAverage()})"));
        Console.WriteLine($"  {"pass",-6} {"stage",-26}  wall s   cpu s  alloc MB  pages/cpu-s");
        for (int pass = 0; pass <= repeat; pass++)
            Once(project, pass == 0 ? "cold" : string.Create(CultureInfo.InvariantCulture, $"warm {pass}"));
        return 0;
    }

    private static void Once(string project, string pass)
    {
        var times = new List<(double Wall, double Cpu, long AllocatedMb)>();
        T Time<T>(Func<T> work)
        {
            long allocated = GC.GetTotalAllocatedBytes();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = work();
            times.Add((clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalAllocatedBytes() - allocated) >> 20));
            return result;
        }
        var files = Time(() => ProjectFiles.FromDirectory(project));
        var model = Time(() => Pipeline.Read(files)).Model ?? throw new InvalidOperationException("the synthetic project does not validate");
        var templates = TemplateSet.Parse(files);
        var strings = StringsFile.Load(templates.StringFiles, model.Site.Language, new DiagnosticBag())
            ?? throw new InvalidOperationException("the synthetic project's strings file does not load");
        var views = Time(() => SiteViews.Build(model, strings));
        var parallel = new ParallelOptions();
        var markdown = Time(() => BriefingMarkdown.Render(templates, views.Site, new Format(strings), views.Weeks, parallel, new DiagnosticBag(), CachedRender.None, new MemorySink(), keepTexts: true).Texts!);
        var diagnostics = new DiagnosticBag();
        var sink = new MemorySink();
        Time(() => BriefingPdf.Render(new BriefingInputs(model, views, strings, markdown, files), views.Weeks, parallel, sink, diagnostics, CachedRender.None));
        var pdfs = sink.Files;
        if (pass == "cold" && diagnostics.HasErrors)
        {
            // The PDFs are written all the same; a real build stops on these.
            var found = diagnostics.ToSortedList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ({found.Count} diagnostics, first: {found[0].Message})"));
        }
        int pages = pdfs.Sum(f => PdfPages.Count(f.Bytes));
        for (int i = 0; i < Stages.Length; i++)
            Print(pass, Stages[i], times[i], i == Stages.Length - 1 ? pages : null);
        var total = (times.Sum(t => t.Wall), times.Sum(t => t.Cpu), times.Sum(t => t.AllocatedMb));
        Print(pass, string.Create(CultureInfo.InvariantCulture, $"all: {pdfs.Count} PDFs, {pages:N0} pages"), total, pages);
    }

    private static void Print(string pass, string stage, (double Wall, double Cpu, long AllocatedMb) time, int? pages) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {pass,-6} {stage,-26} {time.Wall,7:F2} {time.Cpu,7:F2} {time.AllocatedMb,9:N0} {(pages is { } p ? (p / time.Cpu).ToString("F0", CultureInfo.InvariantCulture) : ""),12}"));
}
