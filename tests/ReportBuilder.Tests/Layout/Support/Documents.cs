using ReportBuilder.Layout;
using static System.FormattableString;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>Documents the tests render: built from seeded generators, so every run sees the same pages.</summary>
internal static class Documents
{
    public static readonly DateTimeOffset Date = new(2024, 12, 29, 0, 0, 0, TimeSpan.Zero);

    public static PdfDocumentSpec New(string title = "Test briefing") => new()
    {
        Metadata = new DocumentMetadata
        {
            Title = title, Author = "Research desk", Subject = "Week 52", Keywords = "test, layout", Creator = "tests", Created = Date,
            Modified = Date.AddHours(6), Language = "en",
        },
    };

    /// <summary>A briefing of several pages with every kind of block, a table of contents and links.</summary>
    public static PdfDocumentSpec Briefing(int sections = 6)
    {
        var spec = New();
        var words = new Words(52);
        var b = spec.Blocks;
        b.Add(new Paragraph([new Run("Weekly briefing", Styles.Sans.With(Styles.Bold).With(new TextStyle { Size = 24 }))]));
        b.Add(new TableOfContents());
        for (int s = 1; s <= sections; s++)
        {
            b.Add(new Heading(1, [new Run($"Section {s}: {words.Sentence(3)}")], anchor: Anchor(s)));
            b.Add(new Paragraph([
                new Run(words.Sentence(40) + " "), new Run("bold claim", Styles.Bold), new Run(" and a "),
                new Run("source link", null, Link.ToUrl($"https://example.org/source/{s}")), new Run(", see also "),
                new Run("the first section", null, Link.ToAnchor(Anchor(1))), new Run(". " + words.Sentence(50) + "."),
            ]));
            b.Add(new Heading(2, [new Run($"Detail {s}.1")]));
            b.Add(words.Paragraph(words.Next(30, 160)));
            b.Add(new ListBlock([ListItem.Of(words.Sentence(12)), new ListItem([words.Paragraph(20), new ListBlock([ListItem.Of(words.Sentence(6))])])]));
            b.Add(Table(words, rows: words.Next(4, 14)));
            b.Add(new Heading(2, [new Run($"Detail {s}.2")]));
            b.Add(new Box([words.Paragraph(45), words.Paragraph(30)]));
            if (s % 2 == 0)
                b.Add(Chart());
            b.Add(words.Paragraph(words.Next(60, 200)));
            b.Add(new HorizontalRule());
        }
        return spec;
    }

    /// <summary>The anchor of a section heading of <see cref="Briefing"/>.</summary>
    public static string Anchor(int section) => $"section-{section}";

    public static Table Table(Words words, int rows, TableRow? header = null)
    {
        var right = new TableColumn(3, TextAlign.Right);
        return new Table(
            [new TableColumn(7), new TableColumn(14), right],
            Enumerable.Range(0, rows).Select(r => TableRow.Of(Invariant($"Row {r + 1:D3}"), words.Sentence(words.Next(2, 24)), Invariant($"{(r + 1) * 137:N0}"))).ToArray())
        { Header = header ?? TableRow.Of("Measure", "Claimant", "Latest") };
    }

    public static Chart Chart() => new(
    [
        new ChartSeries("Latest estimate", [ChartPoint.OnDate(new(2024, 12, 2), 3000), ChartPoint.OnDate(new(2024, 12, 9), 2500, 2100, 2900), ChartPoint.OnDate(new(2024, 12, 16), 1874)]),
        new ChartSeries("Previous week", [ChartPoint.OnDate(new(2024, 12, 2), 2500), ChartPoint.OnDate(new(2024, 12, 9), 2300), ChartPoint.OnDate(new(2024, 12, 16), 1900)]),
    ])
    { Title = "Estimates by claimant", YLabel = "people", Height = 160 };
}
