using System.Globalization;
using System.Runtime.CompilerServices;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.FileSystem;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core;

/// <summary>What `briefing --week` did: the build, and where its PDF went (null when the week has no claims).</summary>
public sealed record BriefingWrite(BuildResult Build, string? Path, long Bytes);

/// <summary>The builds that end in files: streamed into out/, or one briefing to out/ or a file of the caller's choosing.</summary>
public static partial class Pipeline
{
    /// <summary>
    /// The build streamed into <paramref name="outDir"/>: each file goes to the staging tree as it is made and the
    /// tree is swapped in when all succeeded; a failed build leaves out/ as it was (the result has no write).
    /// With only one stage built, the other stage's files from an earlier build stay in place. With
    /// <paramref name="cache"/>, what earlier builds rendered is kept beside out/ and taken from there when unchanged, and
    /// a build of the same inputs into an out/ left as the last build wrote it does nothing at all (<see cref="BuildStamp"/>).
    /// </summary>
    /// <exception cref="OutputRefusedException">out/ is not the build's to write; nothing was written.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // else unoptimised code keeps files alive for the whole build
    public static (BuildResult Build, OutputResult? Written) BuildInto(string outDir, ProjectFiles files, BuildOptions options, bool cache = true)
    {
        var target = OutputPaths.FullFolderPath(outDir);
        var folder = cache ? RenderCache.PathFor(target) : null;
        using var staging = OutputStaging.Open(outDir, KeepOtherStage(options), spare: folder is null ? null : RenderCache.SpareTreeIn(folder));
        var inputs = cache ? BuildStamp.Inputs(files, string.Create(CultureInfo.InvariantCulture, $"site={options.Site} pdf={options.Pdf} week={options.Week}")) : null;
        if (folder is not null && inputs is not null && BuildStamp.Unchanged(folder, target, inputs) is { } previous)
            return (new BuildResult([], [], previous.Pages, previous.Briefings) { UpToDate = true }, new OutputResult(0, previous.Files, 0, previous.Bytes));
        var build = Build(files, options with { CacheFolder = folder }, staging, later: false);
        if (!build.Succeeded)
            return (build, null);
        var written = staging.Commit();
        if (folder is not null && inputs is not null)
            BuildStamp.Record(folder, target, inputs, build.Pages, build.Briefings, written.Bytes);
        return (build, written);
    }

    /// <summary>
    /// One week's PDF, built alone (no page, no other week), written to <paramref name="file"/> (a file, or a
    /// folder to hold <c>&lt;week&gt;.pdf</c>), or by default into the project's out/, joining the files and the
    /// manifest of its last build, every other file kept as it is.
    /// </summary>
    /// <exception cref="OutputRefusedException">The target is not one to write; nothing was written.</exception>
    public static BriefingWrite BuildBriefing(ProjectFiles files, IsoWeek week, string projectDirectory, string? file)
    {
        var build = Build(files, new BuildOptions { Site = false, Week = week });
        if (!build.Succeeded || build.Files.FirstOrDefault(f => f.Path == SitePaths.Briefing(week)) is not { } pdf)
            return new BriefingWrite(build, null, 0);
        if (file is null)
        {
            var outDir = OutputPaths.DefaultTarget(projectDirectory);
            OutputWriter.Write(outDir, [pdf], keep: _ => true);
            return new BriefingWrite(build, Path.Combine(outDir, pdf.Path), pdf.Bytes.Length);
        }
        OutputWriter.WriteFile(file, pdf.Bytes, projectDirectory);
        return new BriefingWrite(build, file, pdf.Bytes.Length);
    }

    /// <summary>Where `briefing --out` puts a week's PDF: the file named, or <c>&lt;week&gt;.pdf</c> inside a folder.</summary>
    public static string BriefingFile(string outFile, IsoWeek week)
    {
        var target = Path.GetFullPath(outFile);
        // A folder (existing, or written with a trailing '/') gets the week's file inside it, as `cp` would do.
        return Entries.KindOf(target) == EntryKind.Directory || Path.EndsInDirectorySeparator(outFile)
            ? Path.Combine(target, Path.GetFileName(SitePaths.Briefing(week)))
            : target;
    }

    /// <summary>With one stage built, which files of an earlier build belong to the other and stay.</summary>
    private static Func<string, bool>? KeepOtherStage(BuildOptions options) => (options.Site, options.Pdf) switch
    {
        (true, false) => SitePaths.IsBriefingPdf,
        (false, true) => path => !SitePaths.IsBriefingPdf(path),
        _ => null,
    };
}
