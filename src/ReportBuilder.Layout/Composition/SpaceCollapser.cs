
namespace ReportBuilder.Layout.Composition;

/// <summary>
/// Merges the space after one block and the space before the next into the larger of the two, and drops
/// spaces just inside a box's padding.
/// </summary>
internal static class SpaceCollapser
{
    public static IEnumerable<Item> Collapse(IEnumerable<Item> items)
    {
        SpaceItem? pending = null;
        bool afterBoxTop = false;
        foreach (var item in items)
        {
            if (item is SpaceItem space)
            {
                if (afterBoxTop || space.Height <= 0)
                    continue;
                pending = pending is null || space.Height > pending.Height ? space : pending;
                continue;
            }
            afterBoxTop = item is FrameEdgeItem { IsTop: true };
            if (item is FrameEdgeItem { IsTop: false })
                pending = null;
            if (pending is not null)
                yield return pending;
            pending = null;
            yield return item;
        }
    }
}
