using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Text;

/// <summary>A text style with every choice made: the face to use, its size and colour, the link.</summary>
internal sealed record ResolvedStyle(FontFace Face, float Size, Color Color, bool Underline, Link? Link)
{
    /// <summary>Resolves <paramref name="style"/> on top of a complete <paramref name="baseStyle"/>.</summary>
    public static ResolvedStyle Resolve(FontSet fonts, TextStyle baseStyle, TextStyle? style, Link? link = null, TextStyle? linkStyle = null)
    {
        var s = baseStyle.With(style);
        if (link is not null)
            s = s.With(linkStyle);
        var face = fonts.Get(s.Family ?? FontFamily.Serif, s.Bold ?? false, s.Italic ?? false);
        return new ResolvedStyle(face, s.Size ?? 10f, s.Color ?? Color.Black, s.Underline ?? false, link);
    }

    public float Ascent => Face.Ascent * Size;
    public float Descent => Face.Descent * Size;
}
