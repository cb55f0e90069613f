using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Bench.Synthetic;

namespace ReportBuilder.Bench.Site;

/// <summary>
/// `generate N DIR [--seed S]` writes a synthetic project; `site [--claims …] [--pdf …] [--stages N]` measures the
/// real command line on such projects: a clean, an unchanged and two one-edit `build --only site` per size (the first edit after a clean build, then the next), and a
/// clean `build --only pdf` for the sizes given to --pdf.
/// </summary>
internal static class SiteBench
{
    private const string Usage =
        "usage: bench generate N DIR [--seed S]\n" +
        "       bench site [--claims 1000,10000,50000] [--pdf 1000,10000] [--stages 10000] [--pdf-stages 10000 [--repeat 3]] [--seed S] [--work DIR] [--cli reportbuilder.dll]";

    public static int Run(string[] args, string root)
    {
        int seed = 20241229;
        int[] claims = [1000, 10000, 50000], pdf = [1000, 10000];
        int? stages = null, pdfStages = null;
        int repeat = 3;
        string work = Path.Combine(root, "bench", "results", "work");
        string cli = Path.Combine(root, "src", "ReportBuilder", "bin", "Release", "net10.0", "reportbuilder.dll");
        var positional = new List<string>();
        try
        {
            for (int i = 1; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--seed": seed = Int(Value()); break;
                    case "--claims": claims = Ints(Value()); break;
                    case "--pdf": pdf = Value() is "none" ? [] : Ints(args[i]); break;
                    case "--stages": stages = Int(Value()); break;
                    case "--pdf-stages": pdfStages = Int(Value()); break;
                    case "--repeat": repeat = Int(Value()); break;
                    case "--work": work = Path.GetFullPath(Value()); break;
                    case "--cli": cli = Path.GetFullPath(Value()); break;
                    default: positional.Add(args[i]); break;
                }
            }
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"bench: {e.Message}\n{Usage}");
            return 2;
        }
        var templates = Path.Combine(root, "templates");
        if (args[0] == "generate")
        {
            if (positional.Count != 2 || !int.TryParse(positional[0], CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
            ProjectWriter.Write(SyntheticProject.Create(n, seed), positional[1], templates);
            Console.WriteLine($"{positional[1]}: {n} claims, seed {seed}");
            return 0;
        }
        if (positional.Count > 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"bench: {cli} is missing: build it first with `dotnet build -c Release src/ReportBuilder` (or pass --cli)");
            return 2;
        }
        if (!CliRun.CanMeasureMemory)
            Console.Error.WriteLine("bench: /proc/PID/status has no VmHWM here (not Linux?): peak memory is shown as 0");
        if (stages is { } stageClaims)
            return StageTimes.Report(Prepare(work, stageClaims, seed, templates), stageClaims);
        if (pdfStages is { } pdfClaims)
            return PdfStageTimes.Report(Prepare(work, pdfClaims, seed, templates), pdfClaims, repeat);
        Console.WriteLine($"reportbuilder {cli}, {Environment.ProcessorCount} cores, seed {seed}");
        Console.WriteLine(Row.Header);
        foreach (var n in claims.Union(pdf).Order())
        {
            var project = Prepare(work, n, seed, templates);
            if (claims.Contains(n))
                Site(cli, project, n);
            if (pdf.Contains(n))
                Pdf(cli, project, n);
        }
        return 0;
    }

    private static string Prepare(string work, int claims, int seed, string templates)
    {
        var project = Path.Combine(work, $"claims-{claims}");
        if (Directory.Exists(project))
            Directory.Delete(project, recursive: true);
        var clock = Stopwatch.StartNew();
        ProjectWriter.Write(SyntheticProject.Create(claims, seed), project, templates);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: generated {project} in {clock.Elapsed.TotalSeconds:F1} s"));
        return project;
    }

    private static void Site(string cli, string project, int claims)
    {
        var outDir = Path.Combine(project, "out");
        var clean = Measure(cli, project, outDir, "site", claims, "clean");
        var unchanged = Measure(cli, project, outDir, "site", claims, "unchanged");
        EditOneStatement(project);
        var edit = Measure(cli, project, outDir, "site", claims, "one edit");
        // A desk edits again and again: from the second edit on, the build has a tree an earlier swap replaced to update.
        EditOneStatement(project);
        var again = Measure(cli, project, outDir, "site", claims, "next edit");
        if (clean is null || unchanged is null || edit is null || again is null)
            return;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {claims:N0} claims vs targets: clean {clean.Seconds:F2} s (≤ 3.6 s at 10,000, ≤ 13 s at 50,000); peak {clean.PeakMb:F0} MB (< 400); " +
            $"largest page {clean.Stats.LargestPageBytes / 1024.0:F0} KB (< 300); unchanged {100 * unchanged.Seconds / clean.Seconds:F0}% of clean " +
            $"({100 * unchanged.CpuSeconds / clean.CpuSeconds:F0}% in CPU time), one edit {100 * edit.Seconds / clean.Seconds:F0}% ({100 * edit.CpuSeconds / clean.CpuSeconds:F0}%), " +
            $"next edit {100 * again.Seconds / clean.Seconds:F0}% ({100 * again.CpuSeconds / clean.CpuSeconds:F0}%) (< 10%)"));
    }

    private static void Pdf(string cli, string project, int claims)
    {
        var outDir = Path.Combine(project, "out-pdf");
        if (Measure(cli, project, outDir, "pdf", claims, "clean") is { } row)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {claims:N0} claims: {row.Stats.Pdfs} briefings, {row.Pages:N0} PDF pages, {row.Pages / row.Seconds:F0} PDF pages/s end to end"));
    }

    private static Row? Measure(string cli, string project, string outDir, string only, int claims, string kind)
    {
        // A clean build starts without out/ and without the render cache beside it.
        foreach (var folder in new[] { outDir, ReportBuilder.Core.Caching.RenderCache.PathFor(Path.GetFullPath(outDir)) })
        {
            if (kind == "clean" && Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        var load = CliRun.LoadAverage();
        var since = DateTime.UtcNow;
        var run = CliRun.Start(cli, "build", "--project", project, "--out", outDir, "--only", only);
        if (run.Exit != 0)
        {
            Console.WriteLine($"  {claims} claims, {only} {kind}: exit {run.Exit}\n{run.Stderr}");
            return null;
        }
        var stats = OutputStats.Of(outDir, since);
        var pages = only == "pdf" ? PdfPages.Count(outDir) : stats.HtmlPages;
        var row = new Row(claims, $"{only} {kind}", run.Seconds, run.CpuSeconds, pages, run.PeakBytes / 1048576.0, stats, load);
        Console.WriteLine(row.ToLine());
        return row;
    }

    /// <summary>Changes the first claim's statement in the first sheet: the smallest edit a curator makes.</summary>
    private static void EditOneStatement(string project)
    {
        var sheet = Directory.EnumerateFiles(Path.Combine(project, "data", "sheets"), "*.yaml").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(sheet);
        const string field = "    statement: \"";
        var at = text.IndexOf(field, StringComparison.Ordinal) + field.Length;
        File.WriteAllText(sheet, text[..at] + "Edited: " + text[at..]);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int[] Ints(string text) => [.. text.Split(',').Select(Int)];
}
