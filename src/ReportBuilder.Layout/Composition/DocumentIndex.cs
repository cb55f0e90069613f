using System.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>A heading as the outline, the table of contents and links know it.</summary>
internal sealed record HeadingEntry(int Level, string Title, string Anchor, bool InToc);

/// <summary>
/// Every heading of the document in order, with a unique anchor each: its own, or a slug of its
/// title. Built once before layout, so both passes and the table of contents agree.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly Dictionary<Heading, HeadingEntry> _byHeading = new(ReferenceEqualityComparer.Instance);
    private readonly List<HeadingEntry> _headings = [];
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    private DocumentIndex()
    {
    }

    public IReadOnlyList<HeadingEntry> Headings => _headings;

    public HeadingEntry this[Heading heading] => _byHeading[heading];

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
                    var entry = new HeadingEntry(heading.Level, title, Unique(heading.Anchor ?? Slug(title)), !heading.ExcludeFromToc);
                    _byHeading.Add(heading, entry);
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
        for (int n = 2; !_anchors.Add(candidate); n++)
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
