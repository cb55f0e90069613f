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
        foreach (var topic in model.Topics)
            _byPath[SitePaths.Topic(topic.Id)] = Newest(model, model.Claims.Where(c => c.TopicId == topic.Id));
        foreach (var actor in model.Actors)
            _byPath[SitePaths.Actor(actor.Id)] = Newest(model, model.Claims.Where(c => c.ClaimantId == actor.Id));
        foreach (var measure in model.Measures)
            _byPath[SitePaths.Measure(measure.Id)] = Newest(model, model.Claims.Where(c => c.Figures.Any(f => f.MeasureId == measure.Id)));
        foreach (var source in model.Sources)
            _byPath[SitePaths.Source(source.Id)] = source.Published.End;
        foreach (var claim in model.Claims)
            _byPath[SitePaths.Claim(claim.Id)] = Newest(model, [claim]);
    }

    /// <summary>The page's date as <c>2024-12-23</c>.</summary>
    public string Of(string path) =>
        _byPath.GetValueOrDefault(path, _asOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The newest date among claims and the sources they cite; the data's "as of" when there are none.</summary>
    private static DateOnly Newest(ReportModel model, IEnumerable<Claim> claims) =>
        claims.SelectMany(c => c.Evidence.Select(e => (DateOnly?)model.SourceById[e.SourceId].Published.End).Append(c.SaidOn?.End))
            .OfType<DateOnly>().DefaultIfEmpty(model.AsOf).Max();
}
