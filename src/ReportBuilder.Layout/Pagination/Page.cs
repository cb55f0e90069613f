using ReportBuilder.Layout.Composition;

namespace ReportBuilder.Layout.Pagination;

/// <summary>
/// An item placed on a page, <see cref="Y"/> points below the top of the body. A repeated table
/// header is placed again on each page the table continues on: the copy is not content.
/// </summary>
internal readonly record struct Placed(Item Item, float Y, bool Repeated = false);

/// <summary>A finished page. The item list is reused for the next page: read it, do not keep it.</summary>
internal sealed class Page(int number, List<Placed> items)
{
    public int Number { get; } = number;
    public List<Placed> Items { get; } = items;
}
