using System.Globalization;
using System.Text;
using Markdig;
using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using ReportBuilder.Layout;

namespace ReportBuilder.Core.Briefing;

/// <summary>What the briefings are made from: the model, its views and words, each week's Markdown, and the project's files (for the fonts).</summary>
internal sealed record BriefingInputs(ReportModel Model, SiteViews Views, Strings Strings, IReadOnlyDictionary<string, string> Markdown, ProjectFiles Files);

/// <summary>
/// The weekly briefings as PDF: each week's Markdown (rendered from <c>templates/briefing/</c>, the same text the
/// week page shows) parsed by Markdig, mapped onto the layout engine's blocks, typeset with the fonts shipped in
/// <c>templates/assets/fonts/</c> and nothing else. Pure: the same model and Markdown give the same bytes.
/// </summary>
internal static class BriefingPdf
{
    public const string FontFolder = "templates/assets/fonts/";

    internal const string MissingGlyphsHint = "the fonts in templates/assets/fonts/ cover Latin and Cyrillic; transliterate, or ship a font that has these characters";

    /// <summary>How many missing characters a diagnostic names before it only counts the rest.</summary>
    private const int MissingCharactersNamed = 10;

    /// <summary>
    /// One PDF per week of <paramref name="weeks"/> at <c>briefings/&lt;week&gt;.pdf</c>, each handed to the sink as
    /// it is made, typeset from that week's Markdown (the text its week page shows). Briefings typeset on up to
    /// <c>parallelism</c> threads, each with its own fonts (HarfBuzz buffers and the shaping cache are not
    /// thread-safe); a PDF is a function of its week alone, so the bytes do not depend on the thread.
    /// </summary>
    /// <returns>How many PDFs were made; none when the fonts are missing (see the diagnostics).</returns>
    public static int Render(BriefingInputs inputs, IReadOnlyList<WeekView> weeks, ParallelOptions parallel, IOutputSink sink, DiagnosticBag diagnostics,
        CachedRender cache)
    {
        if (ReportMissingFonts(inputs.Files, diagnostics))
            return 0;
        var measures = inputs.Views.Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Parallel.ForEach(weeks, parallel,
            () => OpenFonts(inputs.Files),
            (week, _, fonts) =>
            {
                var site = inputs.Model.Site;
                var bytes = cache.GetOrRender("briefing-pdf",
                    [inputs.Markdown[week.Id], week, site.Title, site.Publisher, site.Language, site.BaseUrl, site.PageSize, inputs.Model.AsOfWeek(week.Week)],
                    (lookups, bag) => Render(inputs.Model, week, inputs.Markdown[week.Id], measures, inputs.Strings, fonts, lookups, bag), diagnostics);
                if (bytes is not null)
                    sink.Add(new OutputFile(week.PdfUrl, bytes));
                return fonts;
            },
            fonts => fonts.Dispose());
        return weeks.Count;
    }

    private static byte[] Render(ReportModel model, WeekView week, string markdown, Dictionary<string, MeasureView> measures, Strings strings, FontSet fonts,
        CachedRender.Lookups lookups, DiagnosticBag diagnostics)
    {
        var document = LongTables.Parse(markdown, BriefingMarkdownSyntax.MarkdigPipeline);
        var mapper = new MarkdownToLayout(id =>
        {
            lookups.Add(CachedRender.ChartLookup(id));
            return measures.TryGetValue(id, out var m) ? BriefingChart.For(m, week) : null;
        }, new Uri(model.Site.BaseUrl), strings["briefing.contents"]);
        var spec = new PdfDocumentSpec
        {
            Metadata = Metadata(model, week, strings),
            Footer = page => new RunningLine(Center: strings.Fill("briefing.page_of",
                ("page", page.PageNumber.ToString(CultureInfo.InvariantCulture)), ("pages", page.PageCount.ToString(CultureInfo.InvariantCulture)))) { Rule = false },
            Page = model.Site.PageSize == "Letter" ? PageSetup.Letter : PageSetup.A4,
            Blocks = mapper.Map(document),
        };
        using var stream = new MemoryStream();
        var rendered = PdfRenderer.Render(spec, fonts, stream);
        if (rendered.MissingCharacters.Count > 0)
        {
            diagnostics.Add(Codes.MissingGlyphs, SourceSpan.File(BriefingMarkdownSyntax.TemplatePath),
                $"briefing {week.Id}: the briefing fonts have no glyph for {Describe(rendered.MissingCharacters)}",
                MissingGlyphsHint);
        }
        foreach (var overflow in rendered.Overflows)
        {
            diagnostics.Add(Codes.LayoutOverflow, SourceSpan.File(BriefingMarkdownSyntax.TemplatePath),
                string.Create(CultureInfo.InvariantCulture, $"briefing {week.Id}, page {overflow.Page}: {overflow.Block} does not fit: {overflow.Problem}"),
                "shorten or split that block in the template, or for a chart show fewer claimants");
        }
        return stream.ToArray();
    }

    /// <summary>"'김' (U+AE40), '😀' (U+1F600)", the first few, then how many more.</summary>
    internal static string Describe(IReadOnlyList<string> characters)
    {
        var named = characters.Take(MissingCharactersNamed).Select(c =>
        {
            var rune = Rune.GetRuneAt(c, 0);
            var code = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            return Rune.IsControl(rune) ? code : $"'{c}' ({code})";
        });
        var text = string.Join(", ", named);
        return characters.Count > MissingCharactersNamed
            ? string.Create(CultureInfo.InvariantCulture, $"{text} and {characters.Count - MissingCharactersNamed} more")
            : text;
    }

    /// <summary>Fixed metadata: the date is the week's "as of", from the data, never the clock.</summary>
    private static DocumentMetadata Metadata(ReportModel model, WeekView week, Strings strings) => new()
    {
        Title = strings.Fill("briefing.document_title", ("site", model.Site.Title), ("week", week.Id)),
        Author = model.Site.Publisher,
        Subject = $"{week.Title}, {week.Range}",
        Keywords = string.Join(", ", week.Topics.Select(t => t.Group.Label)),
        Creator = "ReportBuilder",
        Language = model.Site.Language,
        Created = new DateTimeOffset(model.AsOfWeek(week.Week).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };

    internal static FontSet? LoadFonts(ProjectFiles files, DiagnosticBag diagnostics) =>
        ReportMissingFonts(files, diagnostics) ? null : OpenFonts(files);

    /// <returns>Whether a font the briefings are set in is missing (each one reported).</returns>
    private static bool ReportMissingFonts(ProjectFiles files, DiagnosticBag diagnostics)
    {
        var names = FontFileNames.Default;
        string[] required = [names.SerifRegular, names.SerifBold, names.SerifItalic, names.SerifBoldItalic,
            names.SansRegular, names.SansBold, names.SansItalic, names.SansBoldItalic, .. names.Fallbacks];
        var missing = required.Where(n => files.Get(FontFolder + n)?.Bytes is null).ToList();
        foreach (var name in missing)
            diagnostics.Add(Codes.BriefingLayout, SourceSpan.File(FontFolder + name), "a font the briefings are set in is missing",
                "the briefings use only fonts shipped in templates/assets/fonts/ (see its README); restore the file");
        return missing.Count > 0;
    }

    /// <summary>The shipped fonts, opened anew: a <see cref="FontSet"/> serves one thread.</summary>
    private static FontSet OpenFonts(ProjectFiles files) =>
        FontSet.FromStreams(name => new MemoryStream(files.Get(FontFolder + name)!.Bytes!), FontFileNames.Default);
}
