using System.Globalization;
using System.Text;
using Markdig;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Views;
using ReportBuilder.Layout;

namespace ReportBuilder.Core.Briefing;

/// <summary>
/// The weekly briefings as PDF: each week's Markdown (rendered from <c>templates/briefing/</c>, the same text the
/// week page shows) parsed by Markdig, mapped onto the layout engine's blocks, typeset with the fonts shipped in
/// <c>templates/assets/fonts/</c> and nothing else. Pure: the same model and Markdown give the same bytes.
/// </summary>
public static class BriefingPdf
{
    public const string FontFolder = "templates/assets/fonts/";

    internal const string MissingGlyphsHint = "the fonts in templates/assets/fonts/ cover Latin and Cyrillic; transliterate, or ship a font that has these characters";

    /// <summary>How many missing characters a diagnostic names before it only counts the rest.</summary>
    private const int MissingCharactersNamed = 10;

    /// <summary>
    /// One PDF per week (or only <paramref name="only"/>) at <c>briefings/&lt;week&gt;.pdf</c>, typeset from the Markdown
    /// and views of a successful site render: one text, two outputs, views built once.
    /// </summary>
    public static IReadOnlyList<OutputFile> Render(ReportModel model, SiteRender site, ProjectFiles files,
        DiagnosticBag diagnostics, IsoWeek? only = null)
    {
        var views = site.Views ?? throw new ArgumentException("the site render failed: it has no views", nameof(site));
        var strings = site.Strings ?? throw new ArgumentException("the site render failed: it has no strings", nameof(site));
        using var fonts = LoadFonts(files, diagnostics);
        if (fonts is null)
            return [];
        var measures = views.Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var result = new List<OutputFile>();
        foreach (var week in views.Weeks.Where(w => only is null || w.Week == only))
        {
            if (!site.Markdown.TryGetValue(week.Id, out var markdown))
                continue;
            result.Add(new OutputFile(week.PdfUrl, Render(model, week, markdown, measures, strings, fonts, diagnostics)));
        }
        return result;
    }

    private static byte[] Render(ReportModel model, WeekView week, string markdown, Dictionary<string, MeasureView> measures, Strings strings, FontSet fonts,
        DiagnosticBag diagnostics)
    {
        var document = LongTables.Parse(markdown, BriefingMarkdown.Pipeline);
        var mapper = new MarkdownToLayout(id => measures.TryGetValue(id, out var m) ? BriefingChart.For(m, week) : null, new Uri(model.Site.BaseUrl), strings["briefing.contents"]);
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
            diagnostics.Add(Codes.MissingGlyphs, SourceSpan.File(BriefingMarkdown.TemplatePath),
                $"briefing {week.Id}: the briefing fonts have no glyph for {Describe(rendered.MissingCharacters)}",
                MissingGlyphsHint);
        }
        foreach (var overflow in rendered.Overflows)
        {
            diagnostics.Add(Codes.LayoutOverflow, SourceSpan.File(BriefingMarkdown.TemplatePath),
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

    internal static FontSet? LoadFonts(ProjectFiles files, DiagnosticBag diagnostics)
    {
        var names = FontFileNames.Default;
        string[] required = [names.SerifRegular, names.SerifBold, names.SerifItalic, names.SerifBoldItalic,
            names.SansRegular, names.SansBold, names.SansItalic, names.SansBoldItalic, .. names.Fallbacks];
        var missing = required.Where(n => files.Get(FontFolder + n)?.Bytes is null).ToList();
        foreach (var name in missing)
            diagnostics.Add(Codes.BriefingLayout, SourceSpan.File(FontFolder + name), "a font the briefings are set in is missing",
                "the briefings use only fonts shipped in templates/assets/fonts/ (see its README); restore the file");
        return missing.Count > 0 ? null : FontSet.FromStreams(name => new MemoryStream(files.Get(FontFolder + name)!.Bytes!), names);
    }
}
