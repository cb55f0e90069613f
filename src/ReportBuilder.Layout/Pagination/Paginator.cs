using ReportBuilder.Layout.Composition;

namespace ReportBuilder.Layout.Pagination;

/// <summary>
/// Fills pages from a stream of items, greedily. When an item does not fit, the page ends at the
/// last gap where a break is allowed (not after a heading, not inside a kept row, not where it
/// would leave a widow or orphan) and the items after it move to the next page. Only if no such
/// gap exists does it break right where the page is full. Pages go to the sink as soon as they
/// are complete, so memory holds one page, not the document.
/// </summary>
internal sealed class Paginator(float bodyHeight, Action<Page> sink, Action<int, Item>? tooTall = null)
{
    private const float Tolerance = 0.01f;

    private readonly List<Placed> _placed = [];
    private readonly List<bool> _breakBefore = [];
    private readonly Stack<Item> _pending = new();
    private float _y;
    private bool _keepChain;
    private int _pages;

    /// <summary>1 while the page holds only a repeated table header, which must not count as content.</summary>
    private int _repeatedHeaders;

    /// <summary>Lays out every item and returns the number of pages.</summary>
    public int Run(IEnumerable<Item> items)
    {
        foreach (var item in items)
        {
            Place(item);
            while (_pending.TryPop(out var carried))
                Place(carried);
        }
        if (_placed.Count > 0 || _pages == 0)
            Emit(_placed.Count);
        return _pages;
    }

    private void Place(Item item)
    {
        if (item.IsPageBreak)
        {
            if (_placed.Count > 0)
                Emit(_placed.Count);
            return;
        }
        if (_placed.Count == 0)
        {
            if (item.IsSpace)
                return;
            if (item.RepeatHeader is { } header && header != item)
            {
                Put(header, repeated: true);
                _repeatedHeaders = 1;
            }
        }
        // On an empty page an item is placed even if it is too tall, or pagination would never end.
        if (_y + item.Height <= bodyHeight + Tolerance || _placed.Count == _repeatedHeaders)
        {
            if (item.Height > bodyHeight - _y + Tolerance)
                tooTall?.Invoke(_pages + 1, item);
            Put(item);
            return;
        }
        int cut = LastAllowedBreak();
        // The items after the cut and this one go to the next page, in order; a space at the break vanishes.
        if (!item.IsSpace)
            _pending.Push(item);
        for (int i = _placed.Count - 1; i >= cut; i--)
            _pending.Push(_placed[i].Item);
        Emit(cut);
    }

    /// <summary>The index of the first item of the next page: the last allowed gap, else here.</summary>
    private int LastAllowedBreak()
    {
        if (!_keepChain)
            return _placed.Count;
        for (int k = _placed.Count - 1; k >= 1; k--)
        {
            if (_breakBefore[k])
                return k;
        }
        return _placed.Count;
    }

    private void Put(Item item, bool repeated = false)
    {
        _breakBefore.Add(!_keepChain);
        _placed.Add(new Placed(item, _y, repeated));
        _y += item.Height;
        if (!item.IsSpace)
            _keepChain = item.KeepWithNext;
    }

    private void Emit(int count)
    {
        _placed.RemoveRange(count, _placed.Count - count);
        while (_placed.Count > 0 && _placed[^1].Item.IsSpace)
            _placed.RemoveAt(_placed.Count - 1);
        _pages++;
        sink(new Page(_pages, _placed));
        _placed.Clear();
        _breakBefore.Clear();
        _y = 0;
        _keepChain = false;
        _repeatedHeaders = 0;
    }
}
