using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>A source document line by line: each line anchored, with the claims citing it or why none does.</summary>
internal sealed record SourceView(
    string Id, string Title, string TitleNote, string Note, string Outlet, string Published, string PublishedIso, string ExternalUrl, string Url,
    string LineCountText, string CitedCountText, IReadOnlyList<SourceLineView> Lines, IReadOnlyList<LinkView> Claims);

internal static class SourceViews
{
    public static SourceView Build(ViewIndex index, Source source)
    {
        var citing = index.ClaimsCiting(source.Id);
        var lines = source.Lines.Select((text, i) =>
        {
            var number = i + 1;
            var claims = citing.Where(c => c.Evidence.Any(e => e.Line == number && string.Equals(e.SourceId, source.Id, StringComparison.Ordinal)))
                .Select(index.ClaimLink).ToList();
            var reason = source.NotUsed.FirstOrDefault(u => u.Line == number)?.Reason ?? "";
            return new SourceLineView(number, SitePaths.LineAnchor(number), text, claims, reason, claims.Count > 0);
        }).ToList();
        return new SourceView(source.Id, Format.SourceTitle(source), index.Format.TitleNote(source), source.Note ?? "", source.Outlet ?? "", index.Format.Date(source.Published), source.Published.ToString(),
            source.Url ?? "", SitePaths.Source(source.Id),
            index.Format.Count(lines.Count, "line"), index.Format.Count(lines.Count(l => l.Used), "line_cited"),
            lines, [.. citing.Select(index.ClaimLink)]);
    }
}
