using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>
/// The layouts of a document's own runs, kept from the measuring pass for the drawing pass: both lay out the same
/// blocks at the same widths, so the drawing pass takes each paragraph's lines instead of breaking them again.
/// Keyed by the runs list itself (blocks are immutable) and every other input of <see cref="LayoutContext.Layout"/>.
/// </summary>
internal sealed class LayoutMemo
{
    private readonly Dictionary<Key, InlineLayout> _layouts = new(KeyComparer.Instance);

    public bool TryGet(Key key, out InlineLayout layout) => _layouts.TryGetValue(key, out layout!);

    public void Add(Key key, InlineLayout layout) => _layouts.Add(key, layout);

    internal readonly record struct Key(IReadOnlyList<Run> Runs, TextStyle BaseStyle, float Width, TextAlign Align, float LineHeight,
        float FirstIndent, bool StyleLinks);

    /// <summary>The runs by reference (a list's contents are its blocks'), the rest by value.</summary>
    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static KeyComparer Instance { get; } = new();

        public bool Equals(Key x, Key y) =>
            ReferenceEquals(x.Runs, y.Runs) && x.BaseStyle.Equals(y.BaseStyle) && x.Width.Equals(y.Width) && x.Align == y.Align
            && x.LineHeight.Equals(y.LineHeight) && x.FirstIndent.Equals(y.FirstIndent) && x.StyleLinks == y.StyleLinks;

        public int GetHashCode(Key key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Runs), key.BaseStyle, key.Width, key.Align,
                key.LineHeight, key.FirstIndent, key.StyleLinks);
    }
}
