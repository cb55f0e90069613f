using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>
/// What every composer needs: fonts, the shaper and its cache, the theme, the page, the headings, and
/// in the drawing pass the page each heading landed on in the measuring pass.
/// </summary>
internal sealed class LayoutContext(FontSet fonts, TextShaper shaper, PdfDocumentSpec spec, DocumentIndex index,
    IReadOnlyDictionary<string, int>? pageOfAnchor = null)
{
    private readonly InlineLayout.Scratch _scratch = new();
    private readonly Dictionary<(TextStyle Base, TextStyle? Style, bool Link), ResolvedStyle> _styles = [];

    public FontSet Fonts { get; } = fonts;
    public TextShaper Shaper { get; } = shaper;
    public Theme Theme { get; } = spec.Theme;
    public PageSetup Page { get; } = spec.Page;
    public DocumentIndex Index { get; } = index;

    /// <summary>The page each heading anchor landed on in the measuring pass; null during that pass.</summary>
    public IReadOnlyDictionary<string, int>? PageOfAnchor { get; } = pageOfAnchor;

    /// <summary>What did not fit, as the drawing pass finds it.</summary>
    public List<LayoutOverflow> Overflows { get; } = [];

    /// <summary>Lays out runs over a complete base style, wrapping at <paramref name="width"/>.</summary>
    public InlineLayout Layout(IReadOnlyList<Run> runs, TextStyle baseStyle, float width, TextAlign align, float lineHeight,
        float firstIndent = 0, bool styleLinks = true)
    {
        var styles = new ResolvedStyle[runs.Count];
        Span<int> starts = runs.Count <= 32 ? stackalloc int[runs.Count] : new int[runs.Count];
        int length = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            starts[i] = length;
            length += run.Text.Length;
            styles[i] = Resolve(baseStyle, run.Style, run.Link, styleLinks);
        }
        string text = runs.Count == 1 ? runs[0].Text : Concat(runs, length);
        return InlineLayout.Create(Shaper, text, starts, styles, width, align, lineHeight, firstIndent, _scratch);
    }

    /// <summary>Resolved styles are cached: a document uses a handful of style combinations many times.</summary>
    private ResolvedStyle Resolve(TextStyle baseStyle, TextStyle? style, Link? link, bool styleLinks)
    {
        var key = (baseStyle, style, link is not null && styleLinks);
        if (!_styles.TryGetValue(key, out var resolved))
        {
            resolved = ResolvedStyle.Resolve(Fonts, baseStyle, style, key.Item3 ? link : null, Theme.Link);
            _styles.Add(key, resolved);
        }
        return link is null || ReferenceEquals(resolved.Link, link) ? resolved : resolved with { Link = link };
    }

    /// <summary>A single line of plain text that does not wrap (labels, markers, page numbers).</summary>
    public InlineLayout Label(string text, TextStyle style, TextAlign align = TextAlign.Left, float width = float.PositiveInfinity) =>
        InlineLayout.Create(Shaper, text.Replace('\n', ' '), [0], [Resolve(style, null, null, false)], width, align, 1.2f, 0, _scratch);

    private static string Concat(IReadOnlyList<Run> runs, int length) =>
        string.Create(length, runs, static (span, rs) =>
        {
            int at = 0;
            foreach (var run in rs)
            {
                run.Text.CopyTo(span[at..]);
                at += run.Text.Length;
            }
        });
}
