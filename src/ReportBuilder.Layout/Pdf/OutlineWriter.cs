using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Adds bookmarks to Skia's PDF, which has none, in the incremental update: a new version of the
/// catalog (the old dictionary plus /Outlines and /PageMode /UseOutlines), the outline root and
/// items nested by heading level. The bytes depend only on the headings, so the output stays
/// deterministic.
/// </summary>
internal static class OutlineWriter
{
    private sealed class Node(OutlineEntry entry, int number, Node? parent)
    {
        public OutlineEntry Entry { get; } = entry;
        public int Number { get; } = number;
        public Node? Parent { get; } = parent;
        public List<Node> Children { get; } = [];
        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }

    /// <summary>Adds the catalog's new version, the outline root and its items to the update; nothing without entries.</summary>
    public static void Write(IncrementalUpdate update, IReadOnlyList<OutlineEntry> entries)
    {
        if (entries.Count == 0)
            return;
        int rootNumber = update.Allocate();
        var roots = Tree(entries, update.Allocate);

        string catalog = update.Tail.Catalog[..^2].TrimEnd() + $"\n/Outlines {rootNumber} 0 R\n/PageMode /UseOutlines>>";
        update.Object(update.Tail.RootObject, catalog);
        update.Object(rootNumber, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Outlines\n/First {roots[0].Number} 0 R\n/Last {roots[^1].Number} 0 R\n/Count {roots.Count + roots.Sum(r => r.Descendants)}>>"));
        WriteItems(roots, rootNumber, update.Object);
    }

    /// <summary>Nests entries by level: a heading is a child of the nearest earlier heading of a lower level.</summary>
    private static List<Node> Tree(IReadOnlyList<OutlineEntry> entries, Func<int> allocate)
    {
        var roots = new List<Node>();
        var open = new Stack<Node>();
        foreach (var entry in entries)
        {
            while (open.Count > 0 && open.Peek().Entry.Level >= entry.Level)
                open.Pop();
            var node = new Node(entry, allocate(), open.Count > 0 ? open.Peek() : null);
            (node.Parent?.Children ?? roots).Add(node);
            open.Push(node);
        }
        return roots;
    }

    private static void WriteItems(List<Node> siblings, int parent, Action<int, string> obj)
    {
        for (int i = 0; i < siblings.Count; i++)
        {
            var node = siblings[i];
            var body = new StringBuilder();
            body.Append(CultureInfo.InvariantCulture, $"<</Title {PdfSyntax.Text(node.Entry.Title)}\n/Parent {parent} 0 R");
            if (i > 0)
                body.Append(CultureInfo.InvariantCulture, $"\n/Prev {siblings[i - 1].Number} 0 R");
            if (i < siblings.Count - 1)
                body.Append(CultureInfo.InvariantCulture, $"\n/Next {siblings[i + 1].Number} 0 R");
            if (node.Children.Count > 0)
            {
                body.Append(CultureInfo.InvariantCulture,
                    $"\n/First {node.Children[0].Number} 0 R\n/Last {node.Children[^1].Number} 0 R\n/Count {node.Descendants}");
            }
            body.Append(CultureInfo.InvariantCulture, $"\n/Dest {PdfSyntax.Name(node.Entry.Anchor)}>>");
            obj(node.Number, body.ToString());
        }
        foreach (var node in siblings)
            WriteItems(node.Children, node.Number, obj);
    }
}
