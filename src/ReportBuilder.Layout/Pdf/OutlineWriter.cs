using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Adds bookmarks to Skia's PDF, which has none, as an incremental update: a new version of the
/// catalog (the old dictionary plus /Outlines and /PageMode /UseOutlines), the outline root and
/// items nested by heading level, a cross-reference section for them and a trailer with /Prev.
/// The bytes depend only on the headings, so the output stays deterministic.
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

    public static void Append(Stream pdf, long start, IReadOnlyList<OutlineEntry> entries)
    {
        if (entries.Count == 0)
            return;
        var tail = PdfTail.Read(pdf, start);
        int rootNumber = tail.Size;
        var roots = Tree(entries, rootNumber + 1);
        var offsets = new SortedDictionary<int, long>();
        var writer = new StringBuilder("\n");
        long at = tail.End - start;

        // Everything written is Latin-1 (one byte a character), so the builder's length is the byte count.
        void Obj(int number, string body)
        {
            offsets[number] = at + writer.Length;
            writer.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        string catalog = tail.Catalog[..^2].TrimEnd() + $"\n/Outlines {rootNumber} 0 R\n/PageMode /UseOutlines>>";
        Obj(tail.RootObject, catalog);
        Obj(rootNumber, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Outlines\n/First {roots[0].Number} 0 R\n/Last {roots[^1].Number} 0 R\n/Count {roots.Count + roots.Sum(r => r.Descendants)}>>"));
        WriteItems(roots, rootNumber, Obj);

        long xref = at + writer.Length;
        writer.Append("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            writer.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (int n = run.First; n < run.First + run.Count; n++)
                writer.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n");
        }
        string info = tail.Info is null ? "" : $"\n/Info {tail.Info}";
        writer.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {offsets.Keys.Max() + 1}\n/Root {tail.RootObject} 0 R{info}\n/Prev {tail.StartXref}>>\nstartxref\n{xref}\n%%EOF\n");

        pdf.Position = tail.End;
        var bytes = Encoding.Latin1.GetBytes(writer.ToString());
        pdf.Write(bytes);
        pdf.Flush();
    }

    /// <summary>Nests entries by level: a heading is a child of the nearest earlier heading of a lower level.</summary>
    private static List<Node> Tree(IReadOnlyList<OutlineEntry> entries, int firstNumber)
    {
        var roots = new List<Node>();
        var open = new Stack<Node>();
        int number = firstNumber;
        foreach (var entry in entries)
        {
            while (open.Count > 0 && open.Peek().Entry.Level >= entry.Level)
                open.Pop();
            var node = new Node(entry, number++, open.Count > 0 ? open.Peek() : null);
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

    /// <summary>Consecutive object numbers, as xref subsections.</summary>
    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int first = -1, count = 0;
        foreach (int n in numbers)
        {
            if (count > 0 && n == first + count)
            {
                count++;
                continue;
            }
            if (count > 0)
                yield return (first, count);
            (first, count) = (n, 1);
        }
        if (count > 0)
            yield return (first, count);
    }
}
