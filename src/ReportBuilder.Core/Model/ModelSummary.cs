using System.Globalization;

namespace ReportBuilder.Core.Model;

/// <summary>The counts `check` ends with: what the data holds, and how much of the sources it accounts for.</summary>
internal sealed record ModelSummary(int Sources, int Actors, int Measures, int Topics, int Claims, int Evidence, int Figures, int LinesAccounted, int LinesTotal, int LinesUncurated)
{
    public static ModelSummary Of(ReportModel model)
    {
        var cited = model.Claims.SelectMany(c => c.Evidence).Select(e => (e.SourceId, e.Line)).ToHashSet();
        var total = model.Sources.Sum(s => s.Lines.Count);
        var accounted = model.Sources.Sum(s => AccountedFor(s, cited));
        var uncurated = model.Sources.Sum(s => s.NotUsed.Count(u => u.Uncurated));
        return new ModelSummary(model.Sources.Count, model.Actors.Count, model.Measures.Count, model.Topics.Count, model.Claims.Count,
            model.Claims.Sum(c => c.Evidence.Count), model.Claims.Sum(c => c.Figures.Count), accounted, total, uncurated);
    }

    private static int AccountedFor(Source source, HashSet<(string SourceId, int Line)> cited)
    {
        var unused = source.NotUsed.Select(u => u.Line).ToHashSet();
        return Enumerable.Range(1, source.Lines.Count)
            .Count(line => LineCoverage.IsAccountedFor(source.Lines[line - 1], cited.Contains((source.Id, line)), unused.Contains(line)));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Sources} sources, {Actors} actors, {Measures} measures, {Topics} topics, {Claims} claims, {Evidence} evidence, {Figures} figures; {LinesAccounted} of {LinesTotal} source lines accounted for{Uncurated()}");

    /// <summary>Lines `new source` listed and no one has read yet: curating is work in progress, so check says how much.</summary>
    public string Uncurated() => LinesUncurated switch
    {
        0 => "",
        1 => "; 1 line not yet curated",
        _ => string.Create(CultureInfo.InvariantCulture, $"; {LinesUncurated} lines not yet curated"),
    };
}
