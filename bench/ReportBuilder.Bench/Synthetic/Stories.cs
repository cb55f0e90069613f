using ReportBuilder.Core.Model;

namespace ReportBuilder.Bench.Synthetic;

internal sealed record SyntheticFigure(string Measure, string Qualifier, int? Value, int? Min, int? Max);

internal sealed record SyntheticEvidence(string Source, int Line, string Quote);

internal sealed record SyntheticClaim(
    string Id, string Topic, string Claimant, string? SaidOn, string Stance, string Statement,
    IReadOnlyList<SyntheticEvidence> Evidence, SyntheticFigure? Figure, string? Note);

/// <summary>One source line written for a claim: the line, the quote the claim cites from it, and a second fragment of it.</summary>
internal sealed record StoryLine(string Text, string Quote, string Tail, string Statement, SyntheticFigure? Figure);

/// <summary>
/// Writes what a claimant said as a source line and the claim's paraphrase of it. A figure's number is written in
/// the quote as the figure gives it ("more than 3,000 soldiers"), so the quote carries the figure's evidence.
/// </summary>
internal static class Stories
{
    private static readonly string[] Verbs = ["had been deployed to", "were moving towards", "had been seen near", "were taking part in fighting at", "had arrived at"];

    private static readonly string[] Tails =
    [
        "according to a statement published later the same day", "citing intelligence gathered over several weeks",
        "adding that the figure would be revised as more reports came in", "in remarks to reporters after a closed briefing",
        "while declining to say how the information had been obtained", "in a post on an official channel",
    ];

    private static readonly string[] Subjects = ["new units", "supply convoys", "training officers", "engineering teams", "air defence crews"];

    public static StoryLine Tell(SplitMix random, SyntheticActor actor, SyntheticTopic topic, SyntheticMeasure? measure, int figureCount)
    {
        var verb = random.Pick(Verbs);
        var tail = random.Pick(Tails);
        SyntheticFigure? figure = null;
        string what;
        if (measure is null)
        {
            what = $"{random.Pick(Subjects)} {verb} {topic.Place}";
        }
        else
        {
            var qualifier = DataNames.Qualifiers[figureCount % DataNames.Qualifiers.Count];
            var low = measure.Low + (measure.Step * random.Next((measure.High - measure.Low) / measure.Step));
            var high = low + (measure.Step * (1 + random.Next(5)));
            figure = qualifier switch
            {
                "exactly" or "about" => new SyntheticFigure(measure.Id, qualifier, low, null, null),
                "at-least" or "more-than" => new SyntheticFigure(measure.Id, qualifier, null, low, null),
                "up-to" => new SyntheticFigure(measure.Id, qualifier, null, null, high),
                _ => new SyntheticFigure(measure.Id, qualifier, null, low, high),
            };
            var amount = qualifier switch
            {
                "exactly" => World.Number(low),
                "up-to" => $"up to {World.Number(high)}",
                "between" => $"between {World.Number(low)} and {World.Number(high)}",
                _ => $"{qualifier.Replace('-', ' ')} {World.Number(low)}", // about, at least, more than
            };
            what = $"{amount} {measure.Unit} ({measure.Label}) {verb} {topic.Place}";
        }
        var text = $"{actor.Name} said on the record that {what}, {tail}.";
        var statement = $"{actor.Name} said that {what}.";
        return new StoryLine(text, what, tail, statement, figure);
    }
}
