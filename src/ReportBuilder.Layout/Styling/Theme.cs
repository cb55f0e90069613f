namespace ReportBuilder.Layout;

/// <summary>
/// Every style a document uses, with defaults for a handsome briefing: serif body, sans
/// headings, muted running header and footer, shaded table headers. Change parts with <c>with</c>.
/// </summary>
public sealed record Theme
{
    private static readonly TextStyle HeadingText = DefaultText.Body with { Family = FontFamily.Sans, Bold = true, Color = Palette.Navy };

    public ParagraphStyle Body { get; init; } = new() { Align = TextAlign.Justify };

    public ParagraphStyle Heading1 { get; init; } = new()
    {
        Text = HeadingText with { Size = 16f }, SpaceBefore = 20f, SpaceAfter = 8f, LineHeight = 1.2f,
    };

    public ParagraphStyle Heading2 { get; init; } = new()
    {
        Text = HeadingText with { Size = 12.5f }, SpaceBefore = 14f, SpaceAfter = 5f, LineHeight = 1.25f,
    };

    public ParagraphStyle Heading3 { get; init; } = new()
    {
        Text = HeadingText with { Size = 10.5f, Color = Palette.Ink }, SpaceBefore = 10f, SpaceAfter = 3f, LineHeight = 1.3f,
    };

    /// <summary>Applied on top of a run's style when the run is a link.</summary>
    public TextStyle Link { get; init; } = new() { Color = Palette.Link };

    public ListStyle List { get; init; } = ListStyle.Default;
    public TableStyle Table { get; init; } = TableStyle.Default;
    public BoxStyle Box { get; init; } = BoxStyle.Default;
    public RuleStyle Rule { get; init; } = RuleStyle.Default;
    public TocStyle Toc { get; init; } = TocStyle.Default;
    public ChartStyle Chart { get; init; } = ChartStyle.Default;
    public RunningStyle Running { get; init; } = RunningStyle.Default;

    /// <summary>
    /// Widow and orphan control: a paragraph leaves at least this many lines at the foot of a
    /// page and carries at least this many to the next; a shorter paragraph is not split.
    /// </summary>
    public int MinLinesAtPageBreak { get; init; } = 2;

    /// <summary>
    /// Standard ligatures (fi, fl) are off by default. When on, a ligature glyph maps to the
    /// characters it joins in the PDF's ToUnicode table, so search and copy still work.
    /// </summary>
    public bool Ligatures { get; init; }

    public static Theme Default { get; } = new();

    internal ParagraphStyle HeadingStyle(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };
}

/// <summary>
/// The complete base text style of the default theme. It lives apart from <see cref="Theme"/> so
/// the style records' static defaults never wait on each other's initialisation.
/// </summary>
internal static class DefaultText
{
    public static readonly TextStyle Body = new()
    {
        Family = FontFamily.Serif, Bold = false, Italic = false, Size = 10.5f, Color = Palette.Ink, Underline = false,
    };
}

/// <summary>The colours of the default theme.</summary>
public static class Palette
{
    public static Color Ink { get; } = Color.FromHex("#1c1f24");
    public static Color Navy { get; } = Color.FromHex("#1d3557");
    public static Color Muted { get; } = Color.FromHex("#6b7280");
    public static Color Link { get; } = Color.FromHex("#1f5fa8");
    public static Color Hairline { get; } = Color.FromHex("#c9d1db");
    public static Color HeaderFill { get; } = Color.FromHex("#e6ecf3");
    public static Color ZebraFill { get; } = Color.FromHex("#f5f7fa");
    public static Color CalloutFill { get; } = Color.FromHex("#f1f5f9");
    public static Color Accent { get; } = Color.FromHex("#2b5c8a");
}
