using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Core;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Bench.Site;

/// <summary>
/// The briefings' part of `build --only pdf`, in this process, without the HTML site around it: each week's
/// Markdown from the template, then the PDFs from it (Markdig, layout, PDF writing), each stage timed on its own
/// after warm-up renders (JIT tiers, caches), as pages per CPU-second.
/// </summary>
internal static class PdfStageTimes
{
    private const int WarmUps = 2;

    public static int Report(string project, int claims, int repeat)
    {
        var files = ProjectFiles.FromDirectory(project);
        var model = ModelReader.Read(files).Model ?? throw new InvalidOperationException("the synthetic project does not validate");
        var templates = TemplateSet.Parse(files);
        // Main's week, measure and timeline pages outgrow the page limit at 10,000 claims (issue 10 splits them);
        // the site here only supplies the views and strings the briefings are made from, so lift it.
        var site = SiteRenderer.Render(model, templates, new TemplateOptions { OutputLimit = int.MaxValue });
        var views = site.Views ?? throw new InvalidOperationException("the synthetic project's site does not render: " + string.Join("; ", site.Diagnostics.Take(3)));
        var strings = site.Strings!;
        var markdown = new BriefingMarkdown(templates, views.Site, new Format(strings));
        var pages = BriefingPdf.Render(model, site, files, new DiagnosticBag()).Sum(f => PdfPages.Count(f.Bytes));
        for (int i = 1; i < WarmUps; i++)
            BriefingPdf.Render(model, site, files, new DiagnosticBag());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"briefings of build --only pdf at {claims:N0} claims: {views.Weeks.Count} briefings, {pages:N0} pages (in process, after {WarmUps} warm-up renders; load {CliRun.LoadAverage()})"));
        Console.WriteLine($"  {"stage",-34}  wall s   cpu s  alloc MB  pages/cpu-s");
        for (int run = 0; run < repeat; run++)
        {
            Print("template → Markdown", pages, () => views.Weeks.Sum(w => markdown.Render(w, new DiagnosticBag())?.Length ?? 0));
            Print("Markdown → layout → PDF", pages, () => BriefingPdf.Render(model, site, files, new DiagnosticBag()).Count);
        }
        return 0;
    }

    private static void Print(string stage, int pages, Func<int> work)
    {
        long allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        var (wall, cpuSeconds) = (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-34} {wall,7:F2} {cpuSeconds,7:F2} {(GC.GetTotalAllocatedBytes() - allocated) >> 20,9:N0} {pages / cpuSeconds,12:F0}"));
    }
}
