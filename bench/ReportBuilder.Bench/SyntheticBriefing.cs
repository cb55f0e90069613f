using System.Globalization;
using ReportBuilder.Layout;

namespace ReportBuilder.Bench;

/// <summary>
/// A deterministic text-dense briefing of about N pages: per page a heading, paragraphs with
/// bold and linked runs, and a small table. Words come from a fixed vocabulary through a seeded
/// PRNG of our own, so the document is the same on every runtime.
/// </summary>
internal static class SyntheticBriefing
{
    private static readonly string[] Words =
    [
        "the", "of", "and", "estimate", "ministry", "reported", "figure", "week", "range", "claim", "according", "to", "a",
        "in", "was", "independent", "monitor", "revised", "statement", "published", "source", "verified", "more", "than",
        "about", "between", "regional", "administration", "casualties", "displaced", "people", "energy", "grid", "capacity",
        "damaged", "officials", "said", "on", "that", "for", "with", "latest", "previous", "count", "cases", "office",
        "president's", "correction", "bulletin", "agency", "humanitarian", "shelters", "temporary", "census", "compared",
        "increase", "decrease", "data", "incomplete", "reporting", "areas", "occupied", "territories", "monthly", "daily",
        "well-known", "long-term", "cross-checked", "Kyiv", "Kharkiv", "Odesa", "Zaporizhzhia", "Київ", "оцінка", "дані",
        "2,100", "3,000", "1,874", "41%", "–", "(unverified)", "figures", "rounded", "as", "given", "by", "its", "own",
    ];

    public static PdfDocumentSpec Create(int pages, int seed = 20241229)
    {
        var random = new SplitMix(seed);
        var doc = new PdfDocumentSpec
        {
            Metadata = new DocumentMetadata
            {
                Title = "Synthetic briefing", Author = "bench", Created = new DateTimeOffset(2024, 12, 29, 0, 0, 0, TimeSpan.Zero),
            },
        };
        var columns = new[]
        {
            new TableColumn(2), new TableColumn(3),
            new TableColumn(0.8f, TextAlign.Right), new TableColumn(0.7f, TextAlign.Right),
        };
        for (int page = 0; page < pages; page++)
        {
            if (page % 8 == 0)
                doc.Blocks.Add(new Heading(1, [new Run(string.Create(CultureInfo.InvariantCulture, $"Part {(page / 8) + 1}: {Sentence(random, 3, 5)}"))]));
            doc.Blocks.Add(new Heading(2, [new Run(Sentence(random, 3, 7))]));
            for (int p = 0; p < 4; p++)
                doc.Blocks.Add(new Paragraph(Runs(random, 55 + random.Next(40))));
            var rows = new List<TableRow>();
            for (int r = 0; r < 5; r++)
            {
                rows.Add(TableRow.Of(Sentence(random, 1, 3), Sentence(random, 3, 9),
                    random.Next(100_000).ToString("N0", CultureInfo.InvariantCulture),
                    (random.Next(200) - 100).ToString("+0;−0;0", CultureInfo.InvariantCulture)));
            }
            doc.Blocks.Add(new Table(columns, rows) { Header = TableRow.Of("Measure", "Claimant", "Latest", "Change") });
        }
        return doc;
    }

    private static List<Run> Runs(SplitMix random, int words)
    {
        var runs = new List<Run>();
        var text = new System.Text.StringBuilder();
        for (int w = 0; w < words; w++)
        {
            int kind = random.Next(40);
            if (kind < 2)
            {
                runs.Add(new Run(text.ToString()));
                text.Clear();
                runs.Add(kind == 0
                    ? new Run(Words[random.Next(Words.Length)], Styles.Bold)
                    : new Run("source", null, Link.ToUrl("https://example.org/source/" + w.ToString(CultureInfo.InvariantCulture))));
                text.Append(' ');
                continue;
            }
            text.Append(Words[random.Next(Words.Length)]);
            text.Append(random.Next(12) == 0 ? ". " : " ");
        }
        runs.Add(new Run(text.ToString().TrimEnd() + "."));
        return runs;
    }

    private static string Sentence(SplitMix random, int min, int max)
    {
        int count = min + random.Next(max - min + 1);
        var words = new string[count];
        for (int i = 0; i < count; i++)
            words[i] = Words[random.Next(Words.Length)];
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
