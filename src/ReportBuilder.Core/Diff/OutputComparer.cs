using ReportBuilder.Core.Output;

namespace ReportBuilder.Core.Diff;

/// <summary>Which output files differ between two builds: added, removed or changed, by bytes.</summary>
public static class OutputComparer
{
    public static IReadOnlyList<OutputChange> Compare(IReadOnlyList<OutputFile> before, IReadOnlyList<OutputFile> after)
    {
        var old = before.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var @new = after.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var changes = new List<OutputChange>();
        foreach (var path in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            if (!old.TryGetValue(path, out var o))
                changes.Add(new OutputChange(ChangeKind.Added, path));
            else if (!@new.TryGetValue(path, out var n))
                changes.Add(new OutputChange(ChangeKind.Removed, path));
            else if (!o.Bytes.AsSpan().SequenceEqual(n.Bytes))
                changes.Add(new OutputChange(ChangeKind.Changed, path));
        }
        return changes;
    }
}
