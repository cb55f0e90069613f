using System.Globalization;

namespace ReportBuilder.Core.Model;

/// <summary>The counts `check` ends with: what the data holds, and how much of the sources it accounts for.</summary>
public sealed record ModelSummary(int Sources, int Actors, int Measures, int Topics, int Claims, int Evidence, int Figures, int LinesAccounted, int LinesTotal)
{
    public static ModelSummary Of(ReportModel model)
    {
        var cited = model.Claims.SelectMany(c => c.Evidence).Select(e => (e.SourceId, e.Line)).ToHashSet();
        var total = model.Sources.Sum(s => s.Lines.Count);
        var accounted = model.Sources.Sum(s => Enumerable.Range(1, s.Lines.Count).Count(line =>
            cited.Contains((s.Id, line)) || s.NotUsed.Any(u => u.Line == line) || s.Lines[line - 1].Trim().Length == 0));
        return new ModelSummary(model.Sources.Count, model.Actors.Count, model.Measures.Count, model.Topics.Count, model.Claims.Count,
            model.Claims.Sum(c => c.Evidence.Count), model.Claims.Sum(c => c.Figures.Count), accounted, total);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Sources} sources, {Actors} actors, {Measures} measures, {Topics} topics, {Claims} claims, {Evidence} evidence, {Figures} figures; {LinesAccounted} of {LinesTotal} source lines accounted for");
}
