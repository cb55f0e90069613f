namespace ReportBuilder.Core.Views;

/// <summary>
/// Where a page stands in a list split into pages: its number, how many there are, the pages before and after it, and
/// the links a reader needs to move on: the first and last page, and the two on either side of this one. A gap marks
/// page numbers left out, so the pager stays short however long the list grows.
/// </summary>
internal sealed record PagerView(int Number, int Count, string Url, string Label, LinkView? Previous, LinkView? Next, IReadOnlyList<PageLinkView> Links)
{
    /// <summary>Whether the list has more than one page, and so a pager to show.</summary>
    public bool Paged => Count > 1;
}

/// <summary>A link to one page of a list; <see cref="GapBefore"/> when page numbers between it and the one before are left out.</summary>
internal sealed record PageLinkView(int Number, string Label, string Url, bool Current, bool GapBefore);

/// <summary>One page of a list split into pages: where it stands among them.</summary>
internal interface IListPage
{
    PagerView Pager { get; }
}

/// <summary>One page of a long list of claims, grouped under headings (the weeks of a topic, the month of the timeline).</summary>
internal sealed record ListPageView(PagerView Pager, IReadOnlyList<ClaimGroupView> Groups) : IListPage;

/// <summary>One page of a measure's table of every estimate: dated ones in the order said, then those whose date is not given.</summary>
internal sealed record EstimatePageView(PagerView Pager, IReadOnlyList<EstimateView> Rows) : IListPage;

internal static class Pagination
{
    /// <summary>The most claims, or estimates, one page lists.</summary>
    public const int PageSize = 100;

    /// <summary>How many page numbers the pager shows on either side of the current page.</summary>
    private const int Around = 2;

    /// <summary>
    /// Grouped claims cut into pages of at most <see cref="PageSize"/>, in order; a group cut in two goes on under its
    /// heading on the next page. The first page is <paramref name="firstPage"/>, the others under it (see
    /// <see cref="SitePaths.ListPage"/>). An empty list is one empty page.
    /// </summary>
    public static IReadOnlyList<ListPageView> Split(IReadOnlyList<ClaimGroupView> groups, string firstPage, Strings strings) =>
        Split(groups.SelectMany(g => g.Claims.Select(c => (Group: g, Claim: c))).ToList(), firstPage, strings, (pager, items) =>
            new ListPageView(pager, [.. items.GroupBy(p => p.Group).Select(g => g.Key with { Claims = [.. g.Select(p => p.Claim)] })]));

    /// <summary>A measure's estimates cut into pages of at most <see cref="PageSize"/> rows, in order, as claims are above.</summary>
    public static IReadOnlyList<EstimatePageView> SplitTable(IReadOnlyList<EstimateView> rows, string firstPage, Strings strings) =>
        Split(rows, firstPage, strings, (pager, items) => new EstimatePageView(pager, items));

    /// <summary>How many pages a list of <paramref name="items"/> takes: one at least, an empty list's too.</summary>
    public static int PageCount(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);

    private static IReadOnlyList<TPage> Split<TItem, TPage>(IReadOnlyList<TItem> items, string firstPage, Strings strings,
        Func<PagerView, IReadOnlyList<TItem>, TPage> page)
    {
        var count = PageCount(items.Count);
        return [.. Enumerable.Range(1, count).Select(number =>
            page(Pager(number, count, firstPage, strings), [.. items.Skip((number - 1) * PageSize).Take(PageSize)]))];
    }

    private static PagerView Pager(int number, int count, string firstPage, Strings strings)
    {
        LinkView Link(int n) => new(strings.Number(n), strings.Fill("pager.page", ("n", strings.Number(n)), ("count", strings.Number(count))), SitePaths.ListPage(firstPage, n));
        var shown = Enumerable.Range(1, count).Where(n => n == 1 || n == count || Math.Abs(n - number) <= Around).ToList();
        return new PagerView(number, count, SitePaths.ListPage(firstPage, number), strings.Fill("pager.page", ("n", strings.Number(number)), ("count", strings.Number(count))),
            number > 1 ? Link(number - 1) : null, number < count ? Link(number + 1) : null,
            [.. shown.Select((n, i) => new PageLinkView(n, Link(n).Label, SitePaths.ListPage(firstPage, n), n == number, i > 0 && shown[i - 1] != n - 1))]);
    }

}
