using System.Globalization;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>
/// When each page last changed, as far as the data can tell: the newest date among what it shows (the claims'
/// dates and their sources' publication, a source's own publication). A week shows what was known by its "as of"
/// (its Sunday, or the data's newest date while it runs), so that is its date. Lists, the home page and the timeline
/// show everything, so theirs is the data's "as of". Feeds the sitemap's lastmod and the page's metadata.
/// </summary>
internal sealed class PageDates
{
    private readonly Dictionary<string, DateOnly> _byPath = new(StringComparer.Ordinal);
    private readonly DateOnly _asOf;

    public PageDates(ReportModel model)
    {
        _asOf = model.AsOf;
        foreach (var week in model.Claims.Select(c => c.Week).Distinct())
            _byPath[SitePaths.Week(week)] = model.AsOfWeek(week);
        foreach (var source in model.Sources)
            _byPath[SitePaths.Source(source.Id)] = source.Published.End;
        // One pass over the claims: each claim's newest date, folded into its topic's, claimant's and measures'.
        var newest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var claim in model.Claims)
        {
            if (Newest(model, claim) is not { } date)
                continue;
            _byPath[SitePaths.Claim(claim.Id)] = date;
            Fold(newest, SitePaths.Topic(claim.TopicId), date);
            Fold(newest, SitePaths.Actor(claim.ClaimantId), date);
            foreach (var measureId in claim.Figures.Select(f => f.MeasureId).Distinct(StringComparer.Ordinal))
                Fold(newest, SitePaths.Measure(measureId), date);
        }
        foreach (var (path, date) in newest)
            _byPath[path] = date;
    }

    /// <summary>The page's date as <c>2024-12-23</c>; a page none of whose claims gives a date has the data's "as of".</summary>
    public string Of(string path) =>
        _byPath.GetValueOrDefault(path, _asOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Fold(Dictionary<string, DateOnly> newest, string path, DateOnly date)
    {
        if (!newest.TryGetValue(path, out var known) || date > known)
            newest[path] = date;
    }

    /// <summary>The newest date among a claim's own and those of the sources it cites; null when none is given.</summary>
    private static DateOnly? Newest(ReportModel model, Claim claim) =>
        claim.Evidence.Select(e => (DateOnly?)model.SourceById[e.SourceId].Published.End).Append(claim.SaidOn?.End).Max();
}
