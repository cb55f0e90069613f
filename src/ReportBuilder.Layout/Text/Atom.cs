namespace ReportBuilder.Layout.Text;

internal enum AtomBreak : byte
{
    /// <summary>The next atom belongs to the same word (a style or font change inside it).</summary>
    None,
    Allowed,
    Forced,
}

/// <summary>
/// The unit of line breaking: a range of one shaped run's glyphs in one style. A word is one or
/// more atoms; the last carries the break opportunity and the width of the spaces after it.
/// </summary>
internal struct Atom
{
    public ShapedRun Run;
    public int GlyphStart;
    public int GlyphEnd;

    /// <summary>Index into the layout's styles.</summary>
    public int Style;

    /// <summary>The characters [TextStart, TextEnd) of the layout's text that the glyphs show.</summary>
    public int TextStart;
    public int TextEnd;

    /// <summary>Width of the glyphs, in points.</summary>
    public float Width;

    /// <summary>Width of the break spaces after the atom, in points; dropped at the end of a line.</summary>
    public float SpaceAfter;
    public AtomBreak Break;
}
