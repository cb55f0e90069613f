using System.Globalization;

namespace ReportBuilder.Bench.Synthetic;

internal sealed record SyntheticSource(string Id, string Title, string Published, IReadOnlyList<string> Lines, IReadOnlyList<(int Line, string Reason)> NotUsed);

/// <summary>
/// A valid project of N claims with the real data's shape, the same for the same N and seed: 104 ISO weeks
/// (2023-W01 to 2024-W52), 40 topic sheets, 200 actors, 18 measures, a figure on 40% of claims cycling through every
/// qualifier, one source per 50 claims. Each claim has its own line in its source and quotes it; some also quote a
/// fragment of the line before. Every other non-blank line (headline, related-story links, editor line) is listed
/// under not_used. A claim is dated up to four weeks before its source's publication, never after it.
/// </summary>
internal sealed class SyntheticProject
{
    public const int ClaimsPerSource = 50;
    private static readonly DateOnly First = new(2023, 1, 2); // Monday of 2023-W01
    private const int Days = 104 * 7;

    public required IReadOnlyList<SyntheticActor> Actors { get; init; }
    public required IReadOnlyList<SyntheticMeasure> Measures { get; init; }
    public required IReadOnlyList<SyntheticTopic> Topics { get; init; }
    public required IReadOnlyList<SyntheticSource> Sources { get; init; }
    public required IReadOnlyList<SyntheticClaim> Claims { get; init; }

    public static SyntheticProject Create(int claimCount, int seed)
    {
        var random = new SplitMix(seed);
        var (actors, measures, topics) = (World.Actors(), World.Measures(), World.Topics());
        var sourceCount = Math.Max(1, (claimCount + (ClaimsPerSource / 2)) / ClaimsPerSource);
        var sources = new List<SyntheticSource>();
        var claims = new List<SyntheticClaim>();
        int figures = 0;
        for (int s = 0; s < sourceCount; s++)
        {
            var published = First.AddDays(28 + (int)((long)s * (Days - 31) / sourceCount) + random.Next(3));
            var sourceId = string.Create(CultureInfo.InvariantCulture, $"report-{published:yyyy-MM-dd}-{s + 1}");
            var publishedText = (s % 20) switch
            {
                7 => IsoWeekText(published),
                13 => published.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var lines = new List<string> { $"Synthetic report {s + 1}: what officials said about the fighting", "" };
            var notUsed = new List<(int, string)> { (1, "headline") };
            (StoryLine Story, int Line)? previous = null;
            int from = (int)((long)s * claimCount / sourceCount), to = (int)((long)(s + 1) * claimCount / sourceCount);
            for (int c = from; c < to; c++)
            {
                var actor = random.Pick(actors);
                var topic = random.Pick(topics);
                var measure = random.Next(5) < 2 ? random.Pick(measures) : null;
                var story = Stories.Tell(random, actor, topic, measure, figures);
                if (story.Figure is not null)
                    figures++;
                lines.Add(story.Text);
                var evidence = new List<SyntheticEvidence> { new(sourceId, lines.Count, story.Quote) };
                if (previous is { } before && random.OneIn(6))
                    evidence.Add(new(sourceId, before.Line, before.Story.Tail));
                var said = published.AddDays(-random.Next(28));
                var saidOn = (random.Next(20)) switch
                {
                    < 12 => said.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    < 15 => IsoWeekText(said),
                    < 17 => said.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => null,
                };
                var stance = random.Pick(ReportBuilder.Core.Model.DataNames.Stances);
                var note = random.OneIn(5) ? $"Synthetic note on claim {c + 1}: {story.Tail}." : null;
                claims.Add(new SyntheticClaim($"{actor.Id}-{c + 1}", topic.Id, actor.Id, saidOn, stance, story.Statement, evidence, story.Figure, note));
                previous = (story, evidence[0].Line);
                if ((c - from) % 4 == 3)
                    lines.Add("");
                if ((c - from) % 12 == 11)
                {
                    lines.Add($"RELATED: synthetic story {c + 1}");
                    notUsed.Add((lines.Count, "headline of a related story, not part of this report"));
                }
            }
            lines.Add("Edited by the synthetic desk.");
            notUsed.Add((lines.Count, "editor line, no factual statement"));
            sources.Add(new SyntheticSource(sourceId, $"Synthetic report {s + 1}", publishedText, lines, notUsed));
        }
        return new SyntheticProject { Actors = actors, Measures = measures, Topics = topics, Sources = sources, Claims = claims };
    }

    private static string IsoWeekText(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):D2}");
    }
}
