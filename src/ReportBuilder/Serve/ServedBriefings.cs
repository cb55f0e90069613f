using System.Collections.Concurrent;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Serve;

/// <summary>One week's briefing as serve typeset it: its PDF, or the diagnostics that stopped it (neither for a week without claims).</summary>
internal sealed record TypesetBriefing(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The briefings of one served build: a week's PDF is typeset alone the first time it is asked for, from the same
/// model as the pages, and kept with that build; the next build starts afresh.
/// </summary>
internal sealed class ServedBriefings(Func<IsoWeek, TypesetBriefing> typeset)
{
    private readonly ConcurrentDictionary<IsoWeek, Lazy<TypesetBriefing>> _weeks = new();

    /// <summary>The briefing at <paramref name="path"/> (<c>briefings/2024-W52.pdf</c>), or null when the path names none.</summary>
    public TypesetBriefing? Get(string path)
    {
        if (!SitePaths.IsBriefingPdf(path) || !IsoWeek.TryParse(Path.GetFileNameWithoutExtension(path), out var week) || SitePaths.Briefing(week) != path)
            return null;
        var briefing = _weeks.GetOrAdd(week, w => new Lazy<TypesetBriefing>(() => typeset(w)));
        try
        {
            return briefing.Value;
        }
        catch
        {
            // A failure that is not the data's (its diagnostics are a result) is not kept: the next request tries again.
            _weeks.TryRemove(new KeyValuePair<IsoWeek, Lazy<TypesetBriefing>>(week, briefing));
            throw;
        }
    }
}
