using System.Runtime.CompilerServices;
using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Validation;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core;

/// <summary>Which outputs a build makes. The site's files and the briefings' PDFs can be built apart.</summary>
public sealed record BuildOptions
{
    public bool Site { get; init; } = true;
    public bool Pdf { get; init; } = true;

    /// <summary>Only this week's briefing (for `briefing --week`); null for every week.</summary>
    public IsoWeek? Week { get; init; }

    /// <summary>How many threads render pages and briefings: -1 (the default) for every core. The bytes are the same whatever it is.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// Where rendered pages and briefings are kept between builds (beside out/), so unchanged ones are not rendered
    /// again; null renders everything. The bytes are the same either way.
    /// </summary>
    public string? CacheFolder { get; init; }

    public static BuildOptions Default { get; } = new();
}

/// <summary>What reading a project gives: a model, or the diagnostics that stopped it (all of them).</summary>
public sealed record ReadResult(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The resolved model, null when the data does not validate (for the commands and tests; not public surface).</summary>
    internal ReportModel? Model { get; init; }

    public bool IsValid => Model is not null;
}

/// <summary>
/// What a build gave: its output files in path order (when built in memory; a streaming build's went to its sink),
/// or the diagnostics that stopped it, with how many pages and briefings it made.
/// </summary>
public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Briefings)
{
    /// <summary>With a cache: how many pages, Markdown texts and PDFs came from it, and how many were rendered.</summary>
    public (int Hits, int Misses) Cache { get; init; }

    /// <summary>The model the build was made from, null when the data does not validate (for the commands and tests; not public surface).</summary>
    internal ReportModel? Model { get; init; }

    /// <summary>What a successful render was made from (templates, strings, views), so serve can typeset a week later without building them again.</summary>
    internal PreparedBuild? Prepared { get; init; }

    /// <summary>The build had nothing to do: the same inputs as the last one, whose out/ is as it left it (nothing read past the files).</summary>
    public bool UpToDate { get; init; }

    public bool Succeeded => (Model is not null || UpToDate) && Diagnostics.Count == 0;
}

/// <summary>
/// The one place that runs the stages, in order, each handed what the one before made: Load (project files →
/// parsed YAML) → Validate (→ model) → Views (the shared ones once; each page's as it renders) → briefing Markdown (once per week) → the site (Html) and
/// the PDFs (Briefing), each a pure function of those inputs, writing into a sink. No stage calls another.
/// </summary>
public static partial class Pipeline
{
    /// <summary>Load and Validate: project files in, a resolved model or every diagnostic out.</summary>
    public static ReadResult Read(ProjectFiles files)
    {
        var bag = new DiagnosticBag();
        var model = Validate(ProjectDocuments.Load(files), bag);
        return model is null ? new ReadResult(bag.ToSortedList()) : new ReadResult([]) { Model = model };
    }

    /// <summary>
    /// What `check` reports: the data's diagnostics, then the templates' syntax errors (a template that does not
    /// parse fails every build), then, when both are clean, each value no briefing font can show.
    /// </summary>
    public static ReadResult Check(ProjectFiles files)
    {
        var documents = ProjectDocuments.Load(files);
        var bag = new DiagnosticBag();
        var model = Validate(documents, bag);
        var templates = TemplateSet.Parse(files).Diagnostics;
        var glyphs = model is not null && templates.Count == 0 ? GlyphCoverage.Check(files, documents.Values()) : [];
        return new ReadResult([.. bag.ToSortedList(), .. templates, .. glyphs]) { Model = model };
    }

    /// <summary>The whole build in memory: for `diff`, `serve` and tests.</summary>
    public static BuildResult Build(ProjectFiles files, BuildOptions options)
    {
        var sink = new MemorySink();
        var build = Build(files, options, sink);
        return build.Succeeded ? build with { Files = sink.Files } : build;
    }

    /// <summary>
    /// The whole build, each file handed to <paramref name="sink"/> as it is made. When the build fails the sink
    /// may hold some files: its owner discards them.
    /// </summary>
    public static BuildResult Build(ProjectFiles files, BuildOptions options, IOutputSink sink) => Build(files, options, sink, later: true);

    /// <summary>
    /// The build; with <paramref name="later"/> its result keeps what a later PDF needs (<see cref="BuildResult.Prepared"/>,
    /// for serve), else a site-only build drops the data's values (kept only for the PDFs' glyph check) after Validate.
    /// Either way it renders from templates/ alone, so the data's bytes and YAML trees are not held while the pages
    /// render. Compiled optimised at once: unoptimised code would keep <paramref name="files"/> alive to the end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BuildResult Build(ProjectFiles files, BuildOptions options, IOutputSink sink, bool later)
    {
        var (model, values, diagnostics) = LoadAndValidate(files, values: later || options.Pdf);
        return model is null ? new BuildResult([], diagnostics, 0, 0) : Render(model, files.Only(TemplateSet.Folder), values, options, sink);
    }

    /// <summary>
    /// Load and Validate for a build: the model and (when asked for) the data's values, not the YAML trees, which go
    /// when this returns (a frame of the build would keep them for all of it).
    /// </summary>
    private static (ReportModel? Model, IReadOnlyList<DataValue> Values, IReadOnlyList<Diagnostic> Diagnostics) LoadAndValidate(ProjectFiles files, bool values)
    {
        var documents = ProjectDocuments.Load(files);
        var bag = new DiagnosticBag();
        var model = Validate(documents, bag);
        return model is null ? (null, [], bag.ToSortedList()) : (model, values ? documents.Values() : [], []);
    }

    /// <summary>Everything after Validate, from a model: the views, the Markdown, the site and the PDFs.</summary>
    internal static BuildResult Render(ReportModel model, ProjectDocuments documents, BuildOptions options, IOutputSink sink) =>
        Render(model, documents.Files.Only(TemplateSet.Folder), documents.Values(), options, sink);

    private static BuildResult Render(ReportModel model, ProjectFiles files, IReadOnlyList<DataValue> values, BuildOptions options, IOutputSink sink) =>
        Guarded(() => Prepare(model, files, values, options, out var prepared) ?? Emit(prepared!, options, sink));

    /// <summary>The Markdown, the site and the PDFs from inputs an earlier render prepared (<see cref="BuildResult.Prepared"/>).</summary>
    internal static BuildResult Render(PreparedBuild prepared, BuildOptions options, IOutputSink sink) =>
        Guarded(() => Emit(prepared, options, sink));

    private static BuildResult Guarded(Func<BuildResult> render)
    {
        try
        {
            return render();
        }
        catch (MissingStringException missing)
        {
            return MissingString(missing);
        }
        catch (AggregateException parallel) when (FirstMissingString(parallel) is { } missing)
        {
            return MissingString(missing);
        }
    }

    /// <summary>A project's strings older than this tool: the views asked for a key that none of its files has.</summary>
    private static BuildResult MissingString(MissingStringException missing) =>
        new([], [new Diagnostic(Codes.MissingString, SourceSpan.File(missing.Path),
            $"{missing.Path} has no string '{missing.Key}'",
            $"add '{missing.Key}:' with its text; a new project's templates/strings/ (reportbuilder init) has every key this version needs")], 0, 0);

    /// <summary>The first missing key, in key order, whichever thread met it first.</summary>
    private static MissingStringException? FirstMissingString(AggregateException parallel) =>
        parallel.Flatten().InnerExceptions.OfType<MissingStringException>()
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal).FirstOrDefault();

    private static ReportModel? Validate(ProjectDocuments documents, DiagnosticBag bag)
    {
        var model = new Validator(documents, bag).Run();
        if (bag.HasErrors)
            return null;
        return model ?? throw new InvalidOperationException("validation gave neither a model nor a diagnostic");
    }

    /// <summary>The templates parsed, the strings loaded and the views built; the build's failure when they cannot be.</summary>
    private static BuildResult? Prepare(ReportModel model, ProjectFiles files, IReadOnlyList<DataValue> values, BuildOptions options, out PreparedBuild? prepared)
    {
        prepared = null;
        var templates = TemplateSet.Parse(files);
        if (templates.Diagnostics.Count > 0)
            return new BuildResult([], templates.Diagnostics, 0, 0) { Model = model };
        var bag = new DiagnosticBag();
        if (StringsFile.Load(templates.StringFiles, model.Site.Language, bag) is not { } strings)
            return Failed(model, bag);
        prepared = new PreparedBuild(model, files, values, templates, strings, SiteViews.Build(model, strings, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }));
        return null;
    }

    private static BuildResult Emit(PreparedBuild prepared, BuildOptions options, IOutputSink sink)
    {
        var (model, files, values, templates, strings, views) = prepared;
        var bag = new DiagnosticBag();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

        IReadOnlyList<WeekView> briefingWeeks = options.Pdf ? [.. views.Weeks.Where(w => options.Week is null || w.Week == options.Week)] : [];
        // The site shows every week's briefing; a PDF-only build needs only the Markdown of the PDFs it makes.
        var markdownWeeks = options.Site ? views.Weeks : briefingWeeks;
        var cache = options.CacheFolder is { } folder ? RenderCache.Open(folder, RenderCache.Engine) : null;
        var renders = cache is null ? CachedRender.None
            : CachedRender.Over(cache, files, views.Measures.ToDictionary(m => CachedRender.ChartLookup(m.Id), object (m) => m, StringComparer.Ordinal));
        // Each week's Markdown goes to the sink as it is made; the site needs only the charts each asks for, the PDFs the text.
        var markdown = BriefingMarkdown.Render(templates, views.Site, new Format(strings), markdownWeeks, parallel, bag, renders, sink, keepTexts: options.Pdf);

        var pages = options.Site ? HtmlSite.Render(new SiteInputs(model, views, strings, templates, markdown.Charts), parallel, sink, bag, renders) : 0;
        if (bag.HasErrors)
            return Failed(model, bag);
        if (!options.Pdf)
            return Built(pages, 0);
        if (GlyphCoverage.Check(files, values) is { Count: > 0 } glyphs)
            return new BuildResult([], glyphs, 0, 0) { Model = model };
        var briefings = BriefingPdf.Render(new BriefingInputs(model, views, strings, markdown.Texts!, files), briefingWeeks, parallel, sink, bag, renders);
        if (bag.HasErrors)
            return Failed(model, bag);
        return Built(pages, briefings);

        BuildResult Built(int pages, int briefings)
        {
            // One week's briefing leaves every other week's renders in the cache as they were.
            cache?.Save(partial: options.Week is not null);
            return new BuildResult([], [], pages, briefings) { Model = model, Prepared = prepared, Cache = cache is null ? default : (cache.Hits, cache.Misses) };
        }
    }

    private static BuildResult Failed(ReportModel? model, DiagnosticBag bag) => new([], bag.ToSortedList(), 0, 0) { Model = model };
}
