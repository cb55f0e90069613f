using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Views;

/// <summary>Long lists are cut into pages of at most 100 claims, at stable addresses, with a short pager.</summary>
public sealed class PaginationTests
{
    private static readonly ClaimView Claim = ClaimOne();

    private static ClaimView ClaimOne()
    {
        var views = SiteViews.Build(SampleModel.Build(), ShippedStrings.English);
        return views.ClaimPage(views.ClaimsInTopicOrder().First()).Claim;
    }

    /// <summary>Groups of the given sizes, each of distinct claims.</summary>
    private static IReadOnlyList<ClaimGroupView> Groups(params int[] sizes) =>
        [.. sizes.Select((size, g) => new ClaimGroupView(new LinkView($"g{g}", $"Group {g}", $"weeks/g{g}/index.html"), "",
            [.. Enumerable.Range(0, size).Select(i => Claim with { Id = $"c{g}-{i}" })]))];

    [Fact]
    public void Every_claim_is_on_exactly_one_page_of_at_most_100_in_order()
    {
        var groups = Groups(30, 150, 1, 549);
        var pages = Pagination.Split(groups, "topics/t/index.html", ShippedStrings.English);

        Assert.Equal(8, pages.Count);
        Assert.All(pages, p => Assert.InRange(p.Groups.Sum(g => g.Claims.Count), 1, Pagination.PageSize));
        Assert.Equal(groups.SelectMany(g => g.Claims).Select(c => c.Id), pages.SelectMany(p => p.Groups).SelectMany(g => g.Claims).Select(c => c.Id));
        // A group cut by a page goes on under its own heading on the next.
        Assert.Equal(["g0", "g1"], pages[0].Groups.Select(g => g.Group.Id));
        Assert.Equal(["g1", "g2", "g3"], pages[1].Groups.Select(g => g.Group.Id));
    }

    [Fact]
    public void The_first_page_keeps_the_lists_address_and_later_ones_go_under_it()
    {
        var pages = Pagination.Split(Groups(250), "topics/t/index.html", ShippedStrings.English);

        Assert.Equal(["topics/t/index.html", "topics/t/page/2/index.html", "topics/t/page/3/index.html"], pages.Select(p => p.Pager.Url));
        Assert.Null(pages[0].Pager.Previous);
        Assert.Equal("topics/t/page/2/index.html", pages[0].Pager.Next!.Url);
        Assert.Equal("topics/t/page/2/index.html", pages[2].Pager.Previous!.Url);
        Assert.Null(pages[2].Pager.Next);
        Assert.Equal("Page 2 of 3", pages[1].Pager.Label);
        Assert.All(pages, p => Assert.True(p.Pager.Paged));
    }

    [Fact]
    public void A_short_list_is_one_page_without_a_pager_and_an_empty_one_is_one_empty_page()
    {
        var one = Assert.Single(Pagination.Split(Groups(100), "actors/a/index.html", ShippedStrings.English));
        Assert.False(one.Pager.Paged);
        var empty = Assert.Single(Pagination.Split([], "actors/a/index.html", ShippedStrings.English));
        Assert.Empty(empty.Groups);
        Assert.Equal("actors/a/index.html", empty.Pager.Url);
    }

    [Fact]
    public void The_pager_shows_the_ends_and_two_pages_either_side_with_gaps_between()
    {
        var pages = Pagination.Split(Groups(2000), "timeline/2024-10/index.html", ShippedStrings.English);

        var pager = pages[9].Pager; // page 10 of 20
        Assert.Equal([1, 8, 9, 10, 11, 12, 20], pager.Links.Select(l => l.Number));
        Assert.Equal([false, true, false, false, false, false, true], pager.Links.Select(l => l.GapBefore));
        Assert.Equal(10, Assert.Single(pager.Links, l => l.Current).Number);
        Assert.Equal([1, 2, 3, 20], pages[0].Pager.Links.Select(l => l.Number));
    }

    [Fact]
    public void Page_numbers_are_written_with_the_languages_digit_groups()
    {
        var pages = Pagination.Split(Groups(100_100), "topics/t/index.html", ShippedStrings.Ukrainian);
        Assert.Equal(1_001, pages.Count);
        Assert.Contains("1\u00A0001", pages[^1].Pager.Label, StringComparison.Ordinal);
        Assert.Contains("1\u00A0001", pages[0].Pager.Links[^1].Label, StringComparison.Ordinal);
        Assert.Contains("1,001", Pagination.Split(Groups(100_100), "topics/t/index.html", ShippedStrings.English)[^1].Pager.Label, StringComparison.Ordinal);
    }
}
