using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The bookmarks: the outline root and items nested by heading level, each going to its heading's
/// named destination. The bytes depend only on the headings, so the output stays deterministic.
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

    /// <summary>Writes the outline root and its items and returns the root's number; null without entries.</summary>
    public static int? Write(PdfWriter writer, IReadOnlyList<OutlineEntry> entries, Func<string, string?> destination)
    {
        if (entries.Count == 0)
            return null;
        int rootNumber = writer.Allocate();
        var roots = Tree(entries, writer.Allocate);
        writer.Object(rootNumber, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Outlines\n/First {roots[0].Number} 0 R\n/Last {roots[^1].Number} 0 R\n/Count {roots.Count + roots.Sum(r => r.Descendants)}>>"));
        WriteItems(roots, rootNumber, writer, destination);
        return rootNumber;
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

    private static void WriteItems(List<Node> siblings, int parent, PdfWriter writer, Func<string, string?> destination)
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
            body.Append(CultureInfo.InvariantCulture, $"\n/Dest /{destination(node.Entry.Anchor)}>>");
            writer.Object(node.Number, body.ToString());
        }
        foreach (var node in siblings)
            WriteItems(node.Children, node.Number, writer, destination);
    }
}
