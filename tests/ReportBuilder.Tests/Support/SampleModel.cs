using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// A small resolved model built in code, after the seed documents: the Kursk casualty disagreement
/// (Zelenskyy "more than 3,000", South Korea "at least 1,100" on 23 December 2024), troop estimates at
/// day, week and month precision, and an unused source line. Tests change it with <see cref="Build"/>'s arguments.
/// </summary>
internal static class SampleModel
{
    private static readonly SourceSpan Here = SourceSpan.File("test");

    public static ReportModel Build(string kurskStatement = "Zelenskyy says more than 3,000 North Korean soldiers were killed or wounded in Kursk.")
    {
        var site = new Site("North Korea in Russia's war", "The research desk", "https://example.org/nk/", "en", "A4",
            "Who says what about North Korean troops in Russia.");
        var taipei = Source("taipei-2024-12-23", "Zelenskyy: over 3,000 North Korean troops killed or wounded", "Taipei Times", "2024-12-23",
            "https://example.org/taipei", [
                "TAIPEI, Taiwan – Ukrainian President Volodymyr Zelenskyy said more than 3,000 North Korean soldiers had been killed or wounded in Russia’s Kursk region.",
                "American, South Korean and Ukrainian authorities have said there are up to 12,000 North Korean soldiers inside Russia.",
                "Authorities said on Monday at least 1,100 North Korean troops had been killed or wounded.",
                "The weather in Seoul was cold.",
            ], [new UnusedLine(4, "Weather, not about the war.", Here)]);
        var joongang = Source("joongang-2024-11-08", "Pentagon: 10,000 North Korean troops in Kursk", null, "2024-11-08", null, [
                "Deputy Pentagon Press Secretary Sabrina Singh said about 10,000 North Korean soldiers were in the Kursk region.",
                "In October, about 7,000 containers of munitions were shipped.",
            ], []);
        var actors = new[]
        {
            new Actor("pentagon", "US Department of Defense", ["Pentagon"], "body", "United States", "Defence ministry", Here),
            new Actor("south-korea", "South Korea", [], "state", "South Korea", null, Here),
            new Actor("zelenskyy", "Volodymyr Zelenskyy", ["Zelensky"], "person", "Ukraine", "President of Ukraine", Here),
        };
        var measures = new[]
        {
            new Measure("nk-casualties-kursk", "North Korean casualties in Kursk", "soldiers", "Killed and wounded.", Here),
            new Measure("nk-troops-russia", "North Korean troops in Russia", "soldiers", null, Here),
        };
        var casualties = new Topic("casualties", "Casualties", "How many North Korean soldiers were killed or wounded.", [
            Claim("zelenskyy-kursk-losses-3000", "casualties", kurskStatement, "zelenskyy", "2024-12-23", Stance.Asserts,
                [new Evidence("taipei-2024-12-23", 1, "more than 3,000 North Korean soldiers had been killed or wounded", Here)],
                [new Figure("nk-casualties-kursk", null, 3000, null, Qualifier.MoreThan, Here)]),
            Claim("south-korea-kursk-losses-1100", "casualties", "South Korea says at least 1,100 North Korean troops were killed or wounded.",
                "south-korea", "2024-12-23", Stance.Estimates,
                [new Evidence("taipei-2024-12-23", 3, "at least 1,100 North Korean troops had been killed or wounded", Here)],
                [new Figure("nk-casualties-kursk", null, 1100, null, Qualifier.AtLeast, Here)]),
        ], Here);
        var deployment = new Topic("deployment", "Deployment", "How many North Korean soldiers are in Russia, and where.", [
            Claim("pentagon-troops-kursk-10000", "deployment", "The Pentagon says about 10,000 North Korean soldiers are in the Kursk region.",
                "pentagon", "2024-11-07", Stance.Estimates,
                [new Evidence("joongang-2024-11-08", 1, "about 10,000 North Korean soldiers were in the Kursk region", Here)],
                [new Figure("nk-troops-russia", 10000, null, null, Qualifier.About, Here)]),
            Claim("officials-troops-12000", "deployment", "Ukrainian officials say up to 12,000 North Korean soldiers are inside Russia.",
                "zelenskyy", "2024-W51", Stance.Asserts,
                [new Evidence("taipei-2024-12-23", 2, "up to 12,000 North Korean soldiers inside Russia", Here)],
                [new Figure("nk-troops-russia", null, null, 12000, Qualifier.UpTo, Here)]),
            Claim("south-korea-containers-october", "deployment", "South Korea says about 7,000 containers of munitions were shipped in October.",
                "south-korea", "2024-10", Stance.Asserts,
                [new Evidence("joongang-2024-11-08", 2, "about 7,000 containers of munitions were shipped", Here)], []),
        ], Here);
        return new ReportModel(site, [taipei, joongang], actors, measures, [casualties, deployment]);
    }

    /// <summary>The model with one claim changed: a rule's fixture, one edit away from the sample.</summary>
    public static ReportModel WithClaim(ReportModel model, string claimId, Func<Claim, Claim> change) =>
        new(model.Site, model.Sources, model.Actors, model.Measures,
            model.Topics.Select(t => t with { Claims = [.. t.Claims.Select(c => c.Id == claimId ? change(c) : c)] }));

    /// <summary>The model with one measure's kind changed.</summary>
    public static ReportModel WithKind(ReportModel model, string measureId, MeasureKind kind) =>
        new(model.Site, model.Sources, model.Actors, model.Measures.Select(m => m.Id == measureId ? m with { Kind = kind } : m), model.Topics);

    /// <summary>The sample plus one undated troop figure by Zelenskyy per day given, first reported that day: claim ids undated-1…, figures 100, 200, ….</summary>
    public static ReportModel WithUndatedTroopFigures(string[] firstReported)
    {
        var model = Build();
        var added = firstReported.Select((day, i) => new Claim($"undated-{i + 1}", "deployment", $"An undated troop figure, number {i + 1}.",
            "zelenskyy", null, Stance.Estimates, [new Evidence("taipei-2024-12-23", 2, "up to 12,000 North Korean soldiers inside Russia", default)],
            [new Figure("nk-troops-russia", 100 * (i + 1), null, null, Qualifier.Exactly, default)], PartialDate.Parse(day)!.Value, default));
        return new ReportModel(model.Site, model.Sources, model.Actors, model.Measures,
            model.Topics.Select(t => t.Id == "deployment" ? t with { Claims = [.. t.Claims, .. added] } : t));
    }

    private static Source Source(string id, string title, string? outlet, string published, string? url, string[] lines, UnusedLine[] notUsed) =>
        new(id, title, outlet, PartialDate.Parse(published)!.Value, url, id + ".txt", lines, notUsed, Here);

    /// <summary>A claim first reported by its first evidence source (every source here is dated to a day).</summary>
    private static Claim Claim(string id, string topic, string statement, string claimant, string saidOn, Stance stance,
        Evidence[] evidence, Figure[] figures)
    {
        var firstReported = PartialDate.Parse(evidence[0].SourceId[^10..])!.Value;
        return new Claim(id, topic, statement, claimant, PartialDate.Parse(saidOn)!.Value, stance, evidence, figures, firstReported, Here);
    }
}
