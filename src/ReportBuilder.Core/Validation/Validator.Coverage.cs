using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Validation;

internal sealed partial class Validator
{
    /// <summary>
    /// Every line of every source is accounted for: cited by a claim, or listed under not_used with a
    /// reason, never both. This is what makes "we read the whole document" checkable.
    /// </summary>
    private void CheckCoverage(List<Source> sources)
    {
        if (_unreadableSheet)
            return;
        var cited = _cited;
        foreach (var source in sources)
        {
            var unused = source.NotUsed.ToDictionary(u => u.Line);
            for (var line = 1; line <= source.Lines.Count; line++)
            {
                var isCited = cited.Contains((source.Id, line));
                if (isCited && unused.ContainsKey(line))
                    bag.Add(Codes.UnusedLineIsCited, unused[line].Span, $"line {line} of source '{source.Id}' is listed under not_used but a claim cites it",
                        unused[line].Uncurated ? "a claim cites it now, so it is curated: delete its 'not yet curated' entry" : "remove it from not_used");
                else if (!LineCoverage.IsAccountedFor(source.Lines[line - 1], isCited, unused.ContainsKey(line)))
                    bag.Add(Codes.LineNotAccountedFor, new SourceSpan(source.TextFile, line, 1),
                        $"line {line} of source '{source.Id}' is neither cited by a claim nor listed under not_used",
                        $"cite it as evidence, or add '- {{line: {line}, reason: …}}' under not_used in {SourcesFolder}{source.Id}.yaml");
            }
        }
    }
}
