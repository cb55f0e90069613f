using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout;

/// <summary>The file names a <see cref="FontSet"/> loads; the defaults are the shipped Noto subsets.</summary>
public sealed record FontFileNames
{
    public string SerifRegular { get; init; } = "NotoSerif-Regular.ttf";
    public string SerifBold { get; init; } = "NotoSerif-Bold.ttf";
    public string SerifItalic { get; init; } = "NotoSerif-Italic.ttf";
    public string SerifBoldItalic { get; init; } = "NotoSerif-BoldItalic.ttf";
    public string SansRegular { get; init; } = "NotoSans-Regular.ttf";
    public string SansBold { get; init; } = "NotoSans-Bold.ttf";
    public string SansItalic { get; init; } = "NotoSans-Italic.ttf";
    public string SansBoldItalic { get; init; } = "NotoSans-BoldItalic.ttf";

    /// <summary>Fonts for characters the others lack, tried in order.</summary>
    public IReadOnlyList<string> Fallbacks { get; init; } = ["NotoSansMath-Symbols.ttf", "NotoSansMono-Symbols.ttf"];

    public static FontFileNames Default { get; } = new();
}

/// <summary>
/// The fonts a document is set in, loaded only from files or streams the caller supplies —
/// never from the machine — so output is the same everywhere. Safe to share between renders.
/// </summary>
public sealed class FontSet : IDisposable
{
    /// <summary>Serif and sans, each regular, italic, bold and bold italic: the faces before the fallbacks.</summary>
    private const int TextFaces = 8;

    private readonly FontFace[] _faces;

    private readonly CodepointMemo _covered;

    private FontSet(FontFace[] faces)
    {
        _faces = faces;
        _covered = new CodepointMemo(AnyFaceShows);
    }

    /// <summary>Loads the fonts through <paramref name="open"/>, given each file name.</summary>
    public static FontSet FromStreams(Func<string, Stream> open, FontFileNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        names ??= FontFileNames.Default;
        // Order matters: Get() indexes family * 4 + bold * 2 + italic.
        string[] files =
        [
            names.SerifRegular, names.SerifItalic, names.SerifBold, names.SerifBoldItalic,
            names.SansRegular, names.SansItalic, names.SansBold, names.SansBoldItalic,
        ];
        var faces = new List<FontFace>();
        foreach (var file in files)
            faces.Add(new FontFace(faces.Count, Path.GetFileNameWithoutExtension(file), ReadAll(open, file)));
        // Each text face points at the first fallback, each fallback at the next: a chain.
        FontFace? previous = null;
        foreach (var file in names.Fallbacks)
        {
            var fallback = new FontFace(faces.Count, Path.GetFileNameWithoutExtension(file), ReadAll(open, file));
            if (previous is null)
            {
                foreach (var face in faces)
                    face.Fallback = fallback;
            }
            else
            {
                previous.Fallback = fallback;
            }
            faces.Add(fallback);
            previous = fallback;
        }
        return new FontSet([.. faces]);
    }

    internal int Count => _faces.Length;

    /// <summary>
    /// Whether text in any family and style can show <paramref name="codepoint"/> (each text face, or a fallback after
    /// it, has a glyph for it), so that it never prints as an empty box. Spaces and invisible characters need none.
    /// </summary>
    public bool Covers(int codepoint) => _covered.Get(codepoint);

    private bool AnyFaceShows(int codepoint)
    {
        if (System.Text.Rune.IsWhiteSpace(new System.Text.Rune(codepoint)) || Text.MissingCharacters.IsDefaultIgnorable(codepoint))
            return true;
        for (int i = 0; i < TextFaces; i++)
        {
            if (!ChainHas(_faces[i], codepoint))
                return false;
        }
        return true;
    }

    private static bool ChainHas(FontFace face, int codepoint)
    {
        for (FontFace? f = face; f is not null; f = f.Fallback)
        {
            if (f.HasGlyph(codepoint))
                return true;
        }
        return false;
    }

    internal FontFace Get(FontFamily family, bool bold, bool italic) =>
        _faces[((int)family * 4) + (bold ? 2 : 0) + (italic ? 1 : 0)];

    public void Dispose()
    {
        foreach (var face in _faces)
            face.Dispose();
    }

    private static byte[] ReadAll(Func<string, Stream> open, string name)
    {
        using var stream = open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
