using ReportBuilder.Core.Briefing;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core;

/// <summary>Which outputs a build makes. The site's files and the briefings' PDFs can be built apart.</summary>
public sealed record BuildOptions
{
    public bool Site { get; init; } = true;
    public bool Pdf { get; init; } = true;

    /// <summary>Only this week's briefing (for `briefing --week`); null for every week.</summary>
    public IsoWeek? Week { get; init; }

    public static BuildOptions Default { get; } = new();
}

/// <summary>What a build gave: every output file in path order, or the diagnostics that stopped it.</summary>
public sealed record BuildResult(ReportModel? Model, IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Briefings)
{
    public bool Succeeded => Model is not null && Diagnostics.Count == 0;
}

/// <summary>
/// The whole pipeline as one pure function: project files in, output files out (Load → Validate → Model →
/// Views → Render). `build` writes its result; `diff` builds two revisions and compares them.
/// </summary>
public static class Pipeline
{
    public static BuildResult Build(ProjectFiles files, BuildOptions options)
    {
        try
        {
            return BuildChecked(files, options);
        }
        catch (MissingStringException missing)
        {
            // A project's strings older than this tool: the views asked for a key that none of its files has.
            return new BuildResult(null, [], [new Diagnostic(Codes.MissingString, SourceSpan.File(missing.Path),
                $"{missing.Path} has no string '{missing.Key}'",
                $"add '{missing.Key}:' with its text; a new project's templates/strings/ (reportbuilder init) has every key this version needs")], 0, 0);
        }
    }

    private static BuildResult BuildChecked(ProjectFiles files, BuildOptions options)
    {
        var read = ModelReader.Read(files);
        if (read.Model is not { } model)
            return new BuildResult(null, [], read.Diagnostics, 0, 0);
        var site = SiteRenderer.Render(model, TemplateSet.Parse(files));
        if (!site.Succeeded)
            return new BuildResult(model, [], site.Diagnostics, 0, 0);
        var outputs = new List<OutputFile>(options.Site ? site.Files : []);
        var briefings = 0;
        if (options.Pdf && GlyphCoverage.Check(files) is { Count: > 0 } glyphs)
            return new BuildResult(model, [], glyphs, 0, 0);
        if (options.Pdf)
        {
            // The PDFs are typeset from the Markdown the site stage wrote: one text, two outputs.
            var diagnostics = new DiagnosticBag();
            var pdfs = BriefingPdf.Render(model, site, files, diagnostics, options.Week);
            if (diagnostics.HasErrors)
                return new BuildResult(model, [], diagnostics.ToSortedList(), 0, 0);
            outputs.AddRange(pdfs);
            // Each PDF has its Markdown source beside it, also when only the PDFs are built.
            if (!options.Site)
            {
                var pdfPaths = pdfs.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
                outputs.AddRange(site.Files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal) && pdfPaths.Contains(Path.ChangeExtension(f.Path, ".pdf"))));
            }
            briefings = pdfs.Count;
        }
        return new BuildResult(model, [.. outputs.OrderBy(f => f.Path, StringComparer.Ordinal)], [], options.Site ? site.Pages : 0, briefings);
    }
}
