using ReportBuilder.Layout;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>Deterministic filler text from a seeded generator.</summary>
internal sealed class Words(int seed)
{
    private static readonly string[] Vocabulary =
    [
        "the", "estimate", "ministry", "reported", "figure", "week", "range", "claim", "according", "to", "a", "in",
        "independent", "monitor", "revised", "statement", "published", "verified", "more", "than", "regional",
        "administration", "displaced", "people", "energy", "grid", "capacity", "long-term", "Kharkiv", "Київ", "оцінка",
        "2,100", "3,000", "41%", "—", "and/or", "well-known",
    ];

    private readonly Random _random = new(seed);

    public string Sentence(int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[_random.Next(Vocabulary.Length)]));

    public Paragraph Paragraph(int words) => new([new Run(Sentence(words) + ".")]);

    public int Next(int min, int max) => _random.Next(min, max);
}
