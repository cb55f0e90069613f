using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>
/// What every composer needs: fonts, the shaper and its cache, the theme, the page, the headings, and
/// in the drawing pass the page each heading landed on in the measuring pass.
/// </summary>
internal sealed class LayoutContext
{
    private readonly InlineLayout.Scratch _scratch = new();
    private readonly Dictionary<(TextStyle Base, TextStyle? Style, bool Link), ResolvedStyle> _styles = [];
    private readonly PdfDocumentSpec _spec;
    private readonly LayoutMemo _memo;

    /// <summary>The measuring pass's context.</summary>
    public LayoutContext(FontSet fonts, TextShaper shaper, PdfDocumentSpec spec, DocumentIndex index)
        : this(fonts, shaper, spec, index, new LayoutMemo(), null)
    {
    }

    private LayoutContext(FontSet fonts, TextShaper shaper, PdfDocumentSpec spec, DocumentIndex index, LayoutMemo memo,
        IReadOnlyDictionary<string, int>? pageOfAnchor)
    {
        (Fonts, Shaper, _spec, Index, _memo, PageOfAnchor) = (fonts, shaper, spec, index, memo, pageOfAnchor);
        Theme = spec.Theme;
        Page = spec.Page;
    }

    /// <summary>The drawing pass's context: the shaper and its cache, and the measured paragraphs' layouts, carry over.</summary>
    public LayoutContext ForDrawing(IReadOnlyDictionary<string, int> pageOfAnchor) => new(Fonts, Shaper, _spec, Index, _memo, pageOfAnchor);

    public FontSet Fonts { get; }
    public TextShaper Shaper { get; }
    public Theme Theme { get; }
    public PageSetup Page { get; }
    public DocumentIndex Index { get; }

    /// <summary>The page each heading anchor landed on in the measuring pass; null during that pass.</summary>
    public IReadOnlyDictionary<string, int>? PageOfAnchor { get; }

    /// <summary>What did not fit, as the drawing pass finds it.</summary>
    public List<LayoutOverflow> Overflows { get; } = [];

    /// <summary>Lays out runs over a complete base style, wrapping at <paramref name="width"/>.</summary>
    public InlineLayout Layout(IReadOnlyList<Run> runs, TextStyle baseStyle, float width, TextAlign align, float lineHeight,
        float firstIndent = 0, bool styleLinks = true)
    {
        var key = new LayoutMemo.Key(runs, baseStyle, width, align, lineHeight, firstIndent, styleLinks);
        if (_memo.TryGet(key, out var known))
            return known;
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
        var layout = InlineLayout.Create(Shaper, text, starts, styles, width, align, lineHeight, firstIndent, _scratch);
        _memo.Add(key, layout);
        return layout;
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
