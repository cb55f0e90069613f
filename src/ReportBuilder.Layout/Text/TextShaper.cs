using HarfBuzzSharp;
using ReportBuilder.Layout.Fonts;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace ReportBuilder.Layout.Text;

/// <summary>
/// Shapes words with HarfBuzz and caches them by face and text. Shaped runs are in ems, so the
/// cache key needs no size: "the" in 10pt and 12pt body text is one entry. Looking a word up
/// takes a span, so a hit allocates nothing. One shaper per render: it is not thread-safe.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    // Enough for the vocabulary of any briefing; a pathological input empties it rather than growing without end.
    private const int MaxEntriesPerFace = 200_000;

    private readonly Dictionary<string, ShapedText>[] _caches;
    private readonly HbBuffer _buffer = new();
    private readonly Feature[] _features;
    private readonly MissingCharacters _missing = new();

    public TextShaper(int faceCount, bool ligatures)
    {
        _caches = new Dictionary<string, ShapedText>[faceCount];
        for (int i = 0; i < faceCount; i++)
            _caches[i] = new Dictionary<string, ShapedText>(StringComparer.Ordinal);
        _features = ligatures ? [] : [Feature.Parse("liga=0"), Feature.Parse("clig=0")];
    }

    public long Hits { get; private set; }
    public long Misses { get; private set; }

    /// <summary>The characters shaped so far that no face of their chain has (drawn as .notdef), in ordinal order.</summary>
    public IReadOnlyList<string> Missing => _missing.ToList();

    public ShapedText Shape(FontFace face, ReadOnlySpan<char> text)
    {
        var cache = _caches[face.Id];
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var shaped))
        {
            Hits++;
            return shaped;
        }
        Misses++;
        if (cache.Count >= MaxEntriesPerFace)
            cache.Clear();
        shaped = new ShapedText(ShapeByFace(face, text));
        lookup[text] = shaped;
        return shaped;
    }

    /// <summary>Splits the text where the face lacks glyphs its fallback has, and shapes each part.</summary>
    private ShapedRun[] ShapeByFace(FontFace face, ReadOnlySpan<char> text)
    {
        if (face.Fallback is null || !NeedsFallback(face, text))
            return [ShapeRange(face, text, 0, text.Length)];
        var runs = new List<ShapedRun>(3);
        int start = 0;
        var current = FaceFor(face, text, 0, face);
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text[i], i + 1 < text.Length ? text[i + 1] : '\0') ? 2 : 1)
        {
            var next = FaceFor(face, text, i, current);
            if (next == current)
                continue;
            runs.Add(ShapeRange(current, text, start, i - start));
            (start, current) = (i, next);
        }
        runs.Add(ShapeRange(current, text, start, text.Length - start));
        return [.. runs];
    }

    private static bool NeedsFallback(FontFace face, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!face.HasGlyph(c) && !char.IsSurrogate(c) && !IsMark(c))
                return true;
        }
        return false;
    }

    /// <summary>The face for the character at <paramref name="i"/>: marks stay with the character before them.</summary>
    private static FontFace FaceFor(FontFace face, ReadOnlySpan<char> text, int i, FontFace previous)
    {
        int codepoint = char.IsSurrogatePair(text[i], i + 1 < text.Length ? text[i + 1] : '\0')
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i];
        if (IsMark(codepoint))
            return previous;
        if (face.HasGlyph(codepoint))
            return face;
        for (var fallback = face.Fallback; fallback is not null; fallback = fallback.Fallback)
        {
            if (fallback.HasGlyph(codepoint))
                return fallback;
        }
        // No face has it: the primary face's .notdef box, never a machine font; ShapeRange notes it as missing.
        return face;
    }

    private static bool IsMark(int codepoint) =>
        codepoint is (>= 0x0300 and <= 0x036F) or 0x200D or (>= 0xFE00 and <= 0xFE0F);

    private ShapedRun ShapeRange(FontFace face, ReadOnlySpan<char> text, int start, int length)
    {
        _buffer.ClearContents();
        _buffer.AddUtf16(text, start, length);
        _buffer.GuessSegmentProperties();
        face.Shaper.Shape(_buffer, _features);
        var infos = _buffer.GetGlyphInfoSpan();
        var positions = _buffer.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var advances = new int[infos.Length];
        var clusters = new int[infos.Length];
        int[]? offsets = null;
        for (int i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            if (positions[i].XOffset != 0 || positions[i].YOffset != 0)
            {
                offsets ??= new int[infos.Length * 2];
                offsets[2 * i] = positions[i].XOffset;
                offsets[(2 * i) + 1] = positions[i].YOffset;
            }
        }
        for (int i = 0; i < glyphs.Length; i++)
        {
            if (glyphs[i] == 0)
                _missing.Note(face, text, clusters[i], ClusterEnd(clusters, clusters[i], start + length));
        }
        return new ShapedRun(face, glyphs, advances, offsets, clusters);
    }

    /// <summary>Where the cluster starting at <paramref name="cluster"/> ends: at the next cluster's start, whatever the glyph order.</summary>
    private static int ClusterEnd(int[] clusters, int cluster, int end)
    {
        foreach (int c in clusters)
        {
            if (c > cluster && c < end)
                end = c;
        }
        return end;
    }

    public void Dispose() => _buffer.Dispose();
}
