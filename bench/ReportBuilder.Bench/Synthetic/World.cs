using System.Globalization;

namespace ReportBuilder.Bench.Synthetic;

internal sealed record SyntheticActor(string Id, string Name, IReadOnlyList<string> Aliases, string Kind, string Country, string? Role);

/// <summary>A measure and the range its figures fall in, rounded to <see cref="Step"/>.</summary>
internal sealed record SyntheticMeasure(string Id, string Label, string Unit, string Kind, string Description, int Low, int High, int Step);

internal sealed record SyntheticTopic(string Id, string Title, string Place);

/// <summary>
/// The fixed cast of a synthetic project, the shape of the real data's: 200 actors (people and bodies of every
/// kind, each with aliases no other actor uses), 40 topics, and two measures of each kind data/measures.yaml has
/// (troops in all and in a region, casualties, deaths, captured, two kinds of equipment, containers over a period
/// and in all). Fictional countries, so no synthetic claim reads like a real one.
/// </summary>
internal static class World
{
    private static readonly string[] Countries =
        ["Northland", "Eastmark", "Westria", "Southaven", "Ardenia", "Borlova", "Calder", "Dunmore", "Esterra", "Fenwick", "Galvia", "Halden"];

    private static readonly string[] FirstNames =
        ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Irina", "Jonas",
         "Katya", "Lev", "Mira", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamara", "Viktor"];

    private static readonly string[] LastNames = ["Novak", "Petrov", "Lindqvist", "Moreau", "Kowalski", "Haddad", "Okafor", "Tanaka", "Silva", "Brandt"];

    private static readonly string[] Roles = ["President", "Defence Minister", "Foreign Minister", "Army chief", "Intelligence chief", "Spokesperson", "Ambassador", "Analyst"];

    /// <summary>Each kind of body: its name after the country, its alias's suffix, its actor kind.</summary>
    private static readonly (string Name, string Alias, string Kind)[] Bodies =
    [
        ("Defence Ministry", "MoD", "government"), ("General Staff", "GS", "military"), ("Intelligence Service", "IS", "agency"),
        ("State News", "SN", "media"), ("Red Cross", "RC", "organization"), ("officials", "government officials", "group"),
    ];

    private static readonly string[] Places = ["the northern front", "the river crossing", "the border region", "the coastal sector"];

    private static readonly string[] Aspects =
        ["Deployment", "Casualties", "Combat", "Weapons supplies", "Prisoners", "Diplomacy", "Sanctions", "Logistics", "Training", "Concealment"];

    public static IReadOnlyList<SyntheticActor> Actors()
    {
        var actors = new List<SyntheticActor>();
        foreach (var country in Countries)
        {
            foreach (var (name, alias, kind) in Bodies)
            {
                var full = kind == "group" ? $"{country} {name}" : $"{country}'s {name}";
                actors.Add(new SyntheticActor(Slug(full), full, [$"{country} {alias}"], kind, country, null));
            }
        }
        for (int i = 0; actors.Count < 200; i++)
        {
            var (first, last) = (FirstNames[i % FirstNames.Length], LastNames[i / FirstNames.Length]);
            var country = Countries[i % Countries.Length];
            var role = $"{Roles[i % Roles.Length]} of {country}";
            actors.Add(new SyntheticActor(Slug($"{first} {last}"), $"{first} {last}", [$"{first[0]}. {last}", $"{last}, {first}"], "person", country, role));
        }
        return actors;
    }

    public static IReadOnlyList<SyntheticMeasure> Measures()
    {
        var measures = new List<SyntheticMeasure>();
        foreach (var force in new[] { "Northland", "Eastmark" })
        {
            var f = force.ToLowerInvariant();
            measures.Add(new($"{f}-troops-abroad", $"{force} troops abroad", "soldiers", "level", $"{force} soldiers deployed abroad, as a total.", 1000, 15000, 100));
            measures.Add(new($"{f}-troops-front", $"{force} troops at the front", "soldiers", "level", $"{force} soldiers deployed to the northern front.", 500, 8000, 100));
            measures.Add(new($"{f}-casualties", $"{force} soldiers killed or wounded", "soldiers", "running-total", $"{force} soldiers killed or wounded.", 100, 5000, 50));
            measures.Add(new($"{f}-deaths", $"{force} soldiers killed", "soldiers", "running-total", $"{force} soldiers who died in the fighting.", 10, 2000, 10));
            measures.Add(new($"{f}-captured", $"{force} soldiers captured", "soldiers", "events", $"{force} soldiers reported captured; each figure counts one report's.", 1, 40, 1));
            measures.Add(new($"{f}-howitzers-supplied", $"Self-propelled howitzers supplied by {force}", "self-propelled howitzers", "running-total", $"Self-propelled howitzers {force} has sent.", 10, 300, 10));
            measures.Add(new($"{f}-mlrs-supplied", $"Multiple rocket launchers supplied by {force}", "multiple launch rocket systems", "running-total", $"Multiple launch rocket systems {force} has sent.", 5, 200, 5));
            measures.Add(new($"{f}-containers-two-months", $"Containers of weapons {force} sent in two months", "containers", "level", $"Containers of weapons {force} sent over two months.", 1000, 9000, 500));
            measures.Add(new($"{f}-containers-total", $"Containers of weapons {force} sent in all", "containers", "running-total", $"Containers of weapons {force} has sent in all.", 5000, 30000, 1000));
        }
        return measures;
    }

    public static IReadOnlyList<SyntheticTopic> Topics() =>
        [.. Aspects.SelectMany(aspect => Places.Select(place => new SyntheticTopic(Slug($"{aspect} {place}"), $"{aspect} at {place}", place)))];

    /// <summary>Lowercase words joined by single hyphens: a valid id.</summary>
    public static string Slug(string text) =>
        string.Join('-', text.Replace("'s", "", StringComparison.Ordinal).ToLowerInvariant().Split([' ', '\'', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)])).Where(w => w.Length > 0));

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
