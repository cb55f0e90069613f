using ReportBuilder.Layout.Pagination;

namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// The section a page belongs to, for the running header: the level-1 heading in force at the
/// top of the page (the page's own, when it starts with one).
/// </summary>
internal sealed class SectionTracker
{
    private string? _current;

    public string? Next(Page page)
    {
        string? atTop = _current;
        bool first = true;
        foreach (var (item, _, _) in page.Items)
        {
            if (item.Heading is { Level: 1 } heading)
            {
                if (first)
                    atTop = heading.Title;
                _current = heading.Title;
            }
            first &= item.IsSpace;
        }
        return atTop;
    }
}
