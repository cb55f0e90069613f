using System.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>A heading as the outline, the table of contents and links know it.</summary>
internal sealed record HeadingEntry(int Level, string Title, string Anchor, bool InToc, string Destination);

/// <summary>
/// Every heading of the document in order, with a unique anchor each: its own, or a slug of its
/// title. Built once before layout, so both passes and the table of contents agree.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly Dictionary<Heading, HeadingEntry> _byHeading = new(ReferenceEqualityComparer.Instance);
    private readonly List<HeadingEntry> _headings = [];
    private readonly Dictionary<string, HeadingEntry> _byAnchor = new(StringComparer.Ordinal);

    private DocumentIndex()
    {
    }

    public IReadOnlyList<HeadingEntry> Headings => _headings;

    public HeadingEntry this[Heading heading] => _byHeading[heading];

    /// <summary>The named destination of the heading with this anchor: a short id of fixed form ("d0001"), or null for no such heading.</summary>
    public string? Destination(string anchor) => _byAnchor.TryGetValue(anchor, out var entry) ? entry.Destination : null;

    /// <summary>The title of the heading with this anchor, or the anchor itself.</summary>
    public string HeadingTitle(string anchor) => _byAnchor.TryGetValue(anchor, out var entry) ? entry.Title : anchor;

    public static DocumentIndex Build(IEnumerable<Block> blocks)
    {
        var index = new DocumentIndex();
        index.Visit(blocks);
        return index;
    }

    private void Visit(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading when !_byHeading.ContainsKey(heading):
                    var title = TitleOf(heading.Runs);
                    var destination = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"d{_headings.Count + 1:D4}");
                    var entry = new HeadingEntry(heading.Level, title, Unique(heading.Anchor ?? Slug(title)), !heading.ExcludeFromToc, destination);
                    _byHeading.Add(heading, entry);
                    _byAnchor.Add(entry.Anchor, entry);
                    _headings.Add(entry);
                    break;
                case Box box:
                    Visit(box.Blocks);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                        Visit(item.Blocks);
                    break;
            }
        }
    }

    private string Unique(string anchor)
    {
        var candidate = anchor;
        for (int n = 2; _byAnchor.ContainsKey(candidate); n++)
            candidate = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{anchor}-{n}");
        return candidate;
    }

    public static string TitleOf(IReadOnlyList<Run> runs)
    {
        var builder = new StringBuilder();
        foreach (var run in runs)
            builder.Append(run.Text);
        return builder.Replace('\n', ' ').ToString().Trim();
    }

    /// <summary>Lower-case letters and digits joined by hyphens: "Key figures (week 52)" → "key-figures-week-52".</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? "section" : slug;
    }
}
