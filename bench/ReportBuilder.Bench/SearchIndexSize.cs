using ReportBuilder.Core.Diagnostics;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using ReportBuilder.Core;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Bench;

/// <summary>
/// The size of the site search's index (out/search/index.js) at N claims: the repository's own claims, copied
/// until there are N (ids made unique, each copy 7 days later than the one before), so statements, quotes and
/// facets have the lengths real curation gives them.
/// </summary>
internal static class SearchIndexSize
{
    public static int Run(string repository, int claims, string? path)
    {
        var files = ProjectFiles.FromDirectory(repository);
        var read = Pipeline.Read(files);
        if (read.Model is not { } model)
        {
            Console.Error.WriteLine($"the repository's data does not validate ({read.Diagnostics.Count} diagnostics)");
            return 1;
        }
        var grown = Grow(model, claims);
        var clock = Stopwatch.StartNew();
        var strings = StringsFile.Load(TemplateSet.Parse(files).StringFiles, grown.Site.Language, new DiagnosticBag())
            ?? throw new InvalidOperationException("the repository's strings file does not load");
        var views = SiteViews.Build(grown, strings);
        var viewTime = clock.Elapsed;
        clock.Restart();
        var index = SearchIndex.Write(grown, views, views.Timeline(), strings);
        var indexTime = clock.Elapsed;
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(index);
        if (path is not null)
            File.WriteAllBytes(path, index);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{grown.Claims.Count} claims, {grown.Claims.Select(c => c.Week).Distinct().Count()} weeks: index {index.Length / 1024.0:F0} KB ({index.Length / (double)grown.Claims.Count:F0} B/claim), gzip {gzipped.Length / 1024.0:F0} KB; views in {viewTime.TotalMilliseconds:F0} ms, index in {indexTime.TotalMilliseconds:F0} ms"));
        return 0;
    }

    private static ReportModel Grow(ReportModel model, int count)
    {
        var claims = Enumerable.Range(0, count).Select(i =>
        {
            var original = model.Claims[i % model.Claims.Count];
            var copy = i / model.Claims.Count;
            if (copy == 0)
                return original;
            var days = 7 * copy;
            return original with
            {
                Id = original.Id + "-" + copy.ToString(CultureInfo.InvariantCulture),
                SaidOn = original.SaidOn is { } said ? PartialDate.OfDay(said.Start.AddDays(days)) : null,
                FirstReported = PartialDate.OfDay(original.FirstReported.End.AddDays(days)),
            };
        }).ToList();
        var topics = model.Topics.Select(t => t with { Claims = [.. claims.Where(c => c.TopicId == t.Id)] });
        return new ReportModel(model.Site, model.Sources, model.Actors, model.Measures, topics);
    }
}
