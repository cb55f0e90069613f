using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using ReportBuilder.Core;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Commands;

/// <summary>
/// <c>reportbuilder build</c>: data and templates in, out/ written whole or not at all. Progress goes to stderr;
/// the closing line (pages, bytes, time) to stdout.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliOutput output)
    {
        var project = ProjectOption.Create();
        var outDir = new Option<string?>("--out")
        {
            Description = "Where to write the site and briefings (default: out/ in the project folder)",
            HelpName = "DIR",
        };
        var only = new Option<string?>("--only") { Description = "Build only the site or only the PDF briefings", HelpName = "site|pdf" };
        only.AcceptOnlyFromAmong("site", "pdf");
        var noCache = new Option<bool>("--no-cache") { Description = "Render every page and briefing, ignoring what earlier builds kept beside out/" };
        var command = new Command("build", "Build the HTML site and the weekly PDF briefings into out/") { project, outDir, only, noCache };
        command.SetAction(parse => Run(parse.GetValue(project)!, parse.GetValue(outDir), parse.GetValue(only), parse.GetValue(noCache), output));
        return command;
    }

    // Optimised at once: unoptimised code would keep the project's files alive for the whole build (Pipeline.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Run(string projectDirectory, string? outDirectory, string? only, bool noCache, CliOutput output)
    {
        var clock = Stopwatch.StartNew();
        if (ProjectOption.IsEmpty(outDirectory, output))
            return Cli.BadUsage;
        var target = outDirectory is null ? OutputPaths.DefaultTarget(projectDirectory) : OutputPaths.FullFolderPath(outDirectory);
        // Judged before the (slow) build so a mistyped --out fails at once; the writer judges again as it writes.
        if (OutputPaths.Refusal(target, projectDirectory) is { } refusal)
        {
            output.Error.WriteLine($"reportbuilder: will not write {Terminal.Safe(target)}: {refusal}");
            return Cli.BadUsage;
        }
        var files = ProjectOption.Files(projectDirectory, output);
        if (files is null)
            return Cli.BadUsage;
        output.Error.WriteLine($"build: reading {files.Origin}, rendering and writing to {target}");
        BuildResult build;
        OutputResult? written;
        try
        {
            (build, written) = Pipeline.BuildInto(target, files, new BuildOptions { Site = only != "pdf", Pdf = only != "site" }, cache: !noCache);
        }
        catch (OutputRefusedException e)
        {
            output.Error.WriteLine($"reportbuilder: {Terminal.Safe(e.Message)}");
            return Cli.BadUsage;
        }
        if (written is null)
        {
            DiagnosticPrinter.Text(build.Diagnostics, output.Error, colour: false);
            output.Error.WriteLine($"build: {Counted.Of(build.Diagnostics.Count, "error")}; {target} was left as it was");
            return Cli.InvalidInput;
        }
        if (!noCache && RenderCache.Unusable(RenderCache.PathFor(target)) is { } unusable)
            output.Error.WriteLine($"build: {Terminal.Safe(unusable)}");
        if (build.UpToDate)
            output.Error.WriteLine("build: the project and out/ are as the last build left them: nothing to do");
        else if (!noCache)
            output.Error.WriteLine($"build: {build.Cache.Misses} rendered, {build.Cache.Hits} from the cache");
        output.Error.WriteLine($"build: {written.Written} written, {written.Unchanged} unchanged, {written.Removed} removed");
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {Counted.Of(build.Pages, "page")} and {Counted.Of(build.Briefings, "briefing")}, {Megabytes(written.Bytes)} MB in {clock.Elapsed.TotalSeconds:0.00} s"));
        // Where to look: the home page as a link a terminal can open, or the briefings' folder when only they were built.
        output.Out.WriteLine(only == "pdf"
            ? $"briefings: {Path.Combine(target, SitePaths.BriefingsFolder)}"
            : $"site: {new Uri(Path.Combine(target, SitePaths.Home)).AbsoluteUri}");
        return Cli.Success;
    }

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture);
}
