using System.Text.RegularExpressions;
using ReportBuilder.Bench.Synthetic;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>
/// A project large enough that a measure has more than 100 estimates and many compared pairs: its table goes on over
/// pages, its lists are cut with the count and where the rest are, and the feed keeps the newest weeks.
/// </summary>
public sealed class LongListTests : IClassFixture<LongListTests.BuiltProject>
{
    /// <summary>The synthetic project of 5,000 claims (about 110 estimates a measure, 104 weeks), built once (the site and the briefings' Markdown) with the shipped templates.</summary>
    public sealed class BuiltProject : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("rb-long-lists-").FullName;

        public BuiltProject()
        {
            ProjectWriter.Write(SyntheticProject.Create(5_000, seed: 3), Root, Repo.Path("templates"));
            var (exit, _, stderr) = CliRunner.Run("build", "--project", Root, "--only", "site", "--no-cache");
            Assert.True(exit == 0, stderr);
        }

        public string Read(string path) => File.ReadAllText(Path.Combine(Root, "out", path));

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    private readonly BuiltProject _built;

    public LongListTests(BuiltProject built) => _built = built;

    private static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    [Fact]
    public void A_measures_every_estimate_goes_on_over_pages_of_100_rows()
    {
        var measures = Directory.GetDirectories(Path.Combine(_built.Root, "out", "measures"));
        var paged = measures.First(m => Directory.Exists(Path.Combine(m, "page", "2")));
        var id = Path.GetFileName(paged);
        var first = _built.Read($"measures/{id}/index.html");
        var second = _built.Read($"measures/{id}/page/2/index.html");

        Assert.Equal(100, Count(first, "<tr( class=\"disputed\")?>\\s*<td>"));
        Assert.Contains($"rel=\"next\" href=\"../../measures/{id}/page/2/index.html\"", first, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/", second, StringComparison.Ordinal);
        Assert.Contains("(Page 2 of ", second, StringComparison.Ordinal);
        // The chart, the comparisons and the lists by claimant stand on the first page only.
        Assert.Contains("id=\"by-claimant\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"by-claimant\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"comparisons\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Paged_pages_are_valid_html()
    {
        string Page(string path) => Path.Combine(_built.Root, "out", path);
        var measure = Path.GetFileName(Directory.GetDirectories(Page("measures")).First(m => Directory.Exists(Path.Combine(m, "page", "2"))));
        var topic = Path.GetFileName(Directory.GetDirectories(Page("topics")).First(t => Directory.Exists(Path.Combine(t, "page", "2"))));

        Assert.Empty(NuChecker.Errors([Page($"measures/{measure}/index.html"), Page($"measures/{measure}/page/2/index.html"), Page($"topics/{topic}/page/2/index.html")]));
    }

    [Fact]
    public void A_long_list_of_compared_pairs_shows_the_first_20_and_how_many_there_are()
    {
        var html = Directory.GetFiles(Path.Combine(_built.Root, "out", "measures"), "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).First(h => h.Contains("Shown here: the first 20 of", StringComparison.Ordinal));

        Assert.Equal(20, Count(html, "<div class=\"comparison comparison-"));
        Assert.Matches("Shown here: the first 20 of [0-9,]+ pairs; the others are not listed, but the table of every estimate, over its pages, has each of their estimates\\.", html);
    }

    [Fact]
    public void A_claimant_shows_their_newest_three_estimates_and_counts_the_earlier_ones()
    {
        var html = Directory.GetFiles(Path.Combine(_built.Root, "out", "measures"), "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).First(h => h.Contains("<li>Earlier: ", StringComparison.Ordinal));
        var byClaimant = html[html.IndexOf("id=\"by-claimant\"", StringComparison.Ordinal)..];
        var list = Regex.Match(byClaimant, "<ul>\\s*<li>Earlier: [0-9,]+ estimates?, in the table of every estimate\\.</li>(?<rest>.*?)</ul>", RegexOptions.Singleline);

        Assert.True(list.Success);
        Assert.Equal(3, Count(list.Groups["rest"].Value, "<li>"));
    }

    [Fact]
    public void The_feed_lists_the_newest_20_weeks()
    {
        var feed = _built.Read("feed.xml");
        var weeks = Directory.GetDirectories(Path.Combine(_built.Root, "out", "weeks")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.True(weeks.Count > 20);
        var listed = Regex.Matches(feed, "<id>https://example.org/[^<]*weeks/([0-9W-]+)/</id>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(weeks.TakeLast(20).Reverse(), listed);
    }

    [Fact]
    public void A_briefing_lists_the_first_20_conflicts_and_says_how_many_there_are()
    {
        var markdown = Directory.GetFiles(Path.Combine(_built.Root, "out", "briefings"), "*.md").Select(File.ReadAllText)
            .First(m => m.Contains("Shown here: the first 20 of", StringComparison.Ordinal));
        var table = markdown[markdown.IndexOf("### Estimates that conflict", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("Shown here: the first 20 of", StringComparison.Ordinal)];

        Assert.Equal(20 + 2, Count(table, "(?m)^\\|"));
        Assert.Matches("Shown here: the first 20 of [0-9,]+ pairs; the others are not listed, but each measure’s pages list all its estimates\\.", markdown);
    }

    [Fact]
    public void An_estimate_whose_date_is_not_given_is_never_said_to_be_said()
    {
        var outputs = Directory.GetFiles(Path.Combine(_built.Root, "out"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal));

        Assert.All(outputs, f => Assert.DoesNotContain("said date not given", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
