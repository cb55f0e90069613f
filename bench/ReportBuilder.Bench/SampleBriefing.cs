using ReportBuilder.Layout;

namespace ReportBuilder.Bench;

/// <summary>A hand-written briefing that uses every block type, for looking at the output.</summary>
internal static class SampleBriefing
{
    private static readonly TextStyle Bold = Styles.Bold;
    private static readonly TextStyle Italic = Styles.Italic;

    public static PdfDocumentSpec Create()
    {
        var doc = new PdfDocumentSpec
        {
            Metadata = new DocumentMetadata
            {
                Title = "Weekly briefing 2024-W52",
                Author = "Research desk",
                Subject = "Claims and estimates, 23–29 December 2024",
                Keywords = "briefing, estimates, claims",
                Created = new DateTimeOffset(2024, 12, 29, 0, 0, 0, TimeSpan.Zero),
            },
        };
        var b = doc.Blocks;
        b.Add(new Paragraph([new Run("Weekly briefing", Styles.Sans.With(Bold).With(new TextStyle { Size = 26, Color = Palette.Navy }))])
        {
            Style = doc.Theme.Body with { SpaceAfter = 2, LineHeight = 1.2f },
        });
        b.Add(new Paragraph([new Run("Week 52 · 23–29 December 2024 · Research desk", Styles.Sans.With(new TextStyle { Color = Palette.Muted }))]));
        b.Add(new HorizontalRule());
        b.Add(new Box([
            new Paragraph([new Run("In brief. ", Bold), new Run("Three claimants revised their estimates this week; two of them now disagree by more than a factor of two. "),
                new Run("The chart in "), new Run("Key figures", null, Link.ToAnchor("key-figures")), new Run(" shows the spread, and the "),
                new Run("sources", null, Link.ToAnchor("sources")), new Run(" section quotes every statement verbatim.")]),
        ]));
        b.Add(new TableOfContents());
        b.Add(new Heading(1, [new Run("Key figures")], anchor: "key-figures"));
        b.Add(new Paragraph([new Run("Zelenskyy: "), new Run("more than 3,000", Bold), new Run(" — the figure given on 27 December, up from “about 2,500” a week earlier ▲. "),
            new Run("The ministry’s own estimate is lower and is given as a range (2,100–2,900); the independent monitor’s count, which only includes "),
            new Run("verified", Italic), new Run(" cases, stands at 1,874 ▼ after a correction. Figures are rounded as given; × marks an estimate the claimant later withdrew.")]));
        b.Add(new Chart(
        [
            new ChartSeries("President’s office", Points([(0, 2100), (14, 2300), (28, 2500), (35, 3000)])),
            new ChartSeries("Ministry (range)", [
                ChartPoint.OnDate(Day(0), 1800, 1500, 2100), ChartPoint.OnDate(Day(14), 2000, 1700, 2400),
                ChartPoint.OnDate(Day(28), 2300, 1900, 2700), ChartPoint.OnDate(Day(35), 2500, 2100, 2900)]),
            new ChartSeries("Independent monitor", Points([(0, 1420), (7, 1530), (21, 1700), (35, 1874)])),
        ])
        { Title = "Estimates over time", YLabel = "people" });
        b.Add(KeyTable());
        b.Add(new Heading(2, [new Run("Where claimants disagree")]));
        b.Add(new Paragraph([new Run("Disagreements are listed side by side. A difference counts as a disagreement when the ranges given do not overlap, or when one claimant’s point estimate is more than 50% above another’s.")]));
        b.Add(new ListBlock([
            ListItem.Of(new Run("Casualties: ", Bold), new Run("president’s office 3,000+ vs monitor 1,874 (×1.6).")),
            new ListItem([
                new Paragraph([new Run("Displacement: ", Bold), new Run("three figures in play:")]),
                new ListBlock([ListItem.Of("UN agency: 3.7 million (31 Dec)"), ListItem.Of("Ministry: 4.1 million → revised to 3.9 million"), ListItem.Of("NGO coalition: “at least 4 million”")]),
            ]),
            ListItem.Of(new Run("Energy damage: ", Bold), new Run("no disagreement this week.")),
        ]));
        b.Add(new Chart(
        [
            new ChartSeries("Latest estimate", [
                ChartPoint.OnDate(new(2024, 12, 20), 3000), ChartPoint.OnDate(new(2024, 12, 22), 2500, 2100, 2900),
                ChartPoint.OnDate(new(2024, 12, 24), 1874), ChartPoint.OnDate(new(2024, 12, 26), 2200, 1900, 2600)]),
        ])
        { Title = "Latest estimate by claimant", Height = 150 });
        b.Add(new Heading(1, [new Run("Timeline")]));
        b.Add(new ListBlock([
            ListItem.Of(new Run("23 Dec ", Bold), new Run("Ministry publishes its monthly range.")),
            ListItem.Of(new Run("25 Dec ", Bold), new Run("Monitor corrects two double-counted reports (−26).")),
            ListItem.Of(new Run("27 Dec ", Bold), new Run("President’s televised address: “more than three thousand”.")),
            ListItem.Of(new Run("28 Dec ", Bold), new Run("Київ: міська адміністрація повідомляє про нові дані — цитата наводиться мовою оригіналу.")),
        ]) { Numbered = true });
        for (int i = 0; i < 3; i++)
            b.Add(new Paragraph([new Run(Filler(i))]));
        b.Add(new Heading(1, [new Run("Sources")], anchor: "sources"));
        b.Add(new Paragraph([new Run("Each source is quoted verbatim. Links open the original; the archive copy is listed where the original has moved.")]));
        foreach (var (name, url, quote) in Sources())
        {
            b.Add(new Heading(3, [new Run(name)]));
            b.Add(new Box([new Paragraph([new Run("“" + quote + "”", Italic)])]) { Style = doc.Theme.Box with { Background = Color.Transparent, AccentColor = Palette.Hairline } });
            b.Add(new Paragraph([new Run("Source: "), new Run(url, null, Link.ToUrl(url))]));
        }
        b.Add(new HorizontalRule());
        b.Add(new Paragraph([new Run("Prepared by the research desk from the curated fact sheets. Figures are as claimed, not verified, unless stated.", Styles.Sans.With(new TextStyle { Size = 8.5f, Color = Palette.Muted }))]));
        return doc;
    }

    private static DateOnly Day(int offset) => new DateOnly(2024, 11, 24).AddDays(offset);

    private static ChartPoint[] Points((int Day, double Y)[] values) =>
        values.Select(v => ChartPoint.OnDate(Day(v.Day), v.Y)).ToArray();

    private static Table KeyTable()
    {
        var right = new TableColumn(1, TextAlign.Right);
        return new Table(
            [new TableColumn(2), new TableColumn(3), right, right, new TableColumn(0.9f, TextAlign.Center)],
            [
                TableRow.Of("Casualties", "President’s office (address, 27 Dec)", "3,000+", "+500", "▲"),
                TableRow.Of("Casualties", "Ministry of Health (monthly range)", "2,100–2,900", "+200", "▲"),
                TableRow.Of("Casualties", "Independent monitor (verified only)", "1,874", "−26", "▼"),
                TableRow.Of("Displaced", "UN agency", "3.7 m", "±0", "–"),
                TableRow.Of("Displaced", "Ministry of Social Policy — revised after the census of temporary shelters in four regions", "3.9 m", "−0.2 m", "▼"),
                TableRow.Of("Energy", "Grid operator: share of capacity damaged", "41%", "+3 pp", "▲"),
            ])
        { Header = TableRow.Of("Measure", "Claimant", "Latest", "Change", "Trend") };
    }

    private static (string, string, string)[] Sources() =>
    [
        ("Presidential address, 27 December", "https://example.org/president/address-2024-12-27",
            "We now know of more than three thousand. Every one of them has a name, and we will not stop counting."),
        ("Ministry of Health, monthly bulletin", "https://example.org/moh/bulletin/2024-12?lang=en&section=casualties",
            "The estimated range for the period is 2,100 to 2,900, reflecting incomplete reporting from the occupied territories."),
        ("Independent monitor, correction notice", "https://example.org/monitor/notices/2024-12-25-correction",
            "Two reports from 14 December were counted twice; the total is corrected from 1,900 to 1,874."),
    ];

    private static string Filler(int seed) => seed switch
    {
        0 => "Between the ministry’s bulletin and the president’s address the estimates moved apart again. The ministry reports a range rather than a point, and its upper bound has grown more slowly than the office’s headline figure; the monitor counts only cases it has verified from two independent sources and so lags both by several weeks.",
        1 => "Readers comparing these figures should note three things. First, the claimants count different things: the monitor excludes unverified reports, the ministry includes estimates for areas it cannot reach. Second, the dates differ: a figure “as of” a date is not the same as a figure published on it. Third, revisions are common and are shown here with their direction (▲ up, ▼ down).",
        _ => "The week’s other statements repeated earlier figures and are listed under sources without comment. Nothing in them changes the estimates above; where a statement quotes a figure from another claimant it is attributed to the original claimant, not to the speaker.",
    };
}
