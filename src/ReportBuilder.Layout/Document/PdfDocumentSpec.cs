namespace ReportBuilder.Layout;

/// <summary>
/// What to render: metadata, page setup, theme, running header and footer, and the flow of
/// blocks. Build it, add blocks, hand it to <see cref="PdfRenderer.Render"/>.
/// </summary>
public sealed record PdfDocumentSpec
{
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Default;
    public PageSetup Page { get; init; } = PageSetup.Default;
    public Theme Theme { get; init; } = Theme.Default;

    /// <summary>The header of a page, or null for none. Defaults to title left, section right, from page 2.</summary>
    public Func<PageContext, RunningLine?> Header { get; init; } = RunningLine.DefaultHeader;

    /// <summary>The footer of a page, or null for none. Defaults to "Page X of Y".</summary>
    public Func<PageContext, RunningLine?> Footer { get; init; } = RunningLine.DefaultFooter;

    public List<Block> Blocks { get; init; } = [];
}

/// <summary>What a running header or footer may show.</summary>
public sealed record PageContext(int PageNumber, int PageCount, string DocumentTitle, string? SectionTitle);

/// <summary>A running header or footer line: text at the left, centre and right.</summary>
public sealed record RunningLine(string? Left = null, string? Center = null, string? Right = null)
{
    /// <summary>Draw a hairline between the header and the body (or the footer and the body).</summary>
    public bool Rule { get; init; } = true;

    public static RunningLine? DefaultHeader(PageContext page) =>
        page.PageNumber == 1 ? null : new RunningLine(Left: page.DocumentTitle, Right: page.SectionTitle);

    public static RunningLine? DefaultFooter(PageContext page) =>
        new(Center: PageOfTotal(page)) { Rule = false };

    /// <summary>"Page X of Y".</summary>
    public static string PageOfTotal(PageContext page) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Page {page.PageNumber} of {page.PageCount}");
}
