using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Templates;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>Every value from data is escaped in every output, unless a template asks for raw output on purpose.</summary>
public sealed class EscapingTests
{
    private const string Attack = "<script>alert(1)</script> & \"quotes\" *stars* [link](http://evil.example)";

    private static IReadOnlyDictionary<string, string> RenderSite()
    {
        var sink = new MemorySink();
        var render = Pipeline.Render(SampleModel.Build(kurskStatement: Attack), ProjectDocuments.Load(ProjectFiles.FromDirectory(Repo.Root)), new BuildOptions { Pdf = false }, sink);
        Assert.True(render.Succeeded, string.Join("\n", render.Diagnostics));
        return sink.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("topics/casualties/index.html")]
    [InlineData("actors/zelenskyy/index.html")]
    [InlineData("timeline/2024-12/index.html")]
    [InlineData("claims/zelenskyy-kursk-losses-3000/index.html")]
    [InlineData("weeks/2024-W52/index.html")]
    public void A_statement_with_markup_shows_as_text_on_every_page(string page)
    {
        var html = RenderSite()[page];
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http://evil.example\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_briefing_markdown_escapes_markup_so_it_stays_text()
    {
        var markdown = RenderSite()["briefings/2024-W52.md"];
        Assert.Contains(@"\<script\>alert(1)\</script\> \& ""quotes"" \*stars\* \[link\](http://evil.example)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_output_is_possible_on_purpose()
    {
        var (output, _) = TemplateHarness.Render("{{ html | raw }}|{{ html }}", new Dictionary<string, object?> { ["html"] = "<em>x</em>" });
        Assert.Equal("<em>x</em>|&lt;em&gt;x&lt;/em&gt;", output);
    }

    [Theory]
    [InlineData("a<b", "a&lt;b")]
    [InlineData("\"'&>", "&quot;&#39;&amp;&gt;")]
    [InlineData("plain", "plain")]
    [InlineData("Zelenskyy's \"3,000\"", "Zelenskyy&#39;s &quot;3,000&quot;")]
    [InlineData("", "")]
    public void Html_escaping_covers_text_and_attributes(string text, string expected) => Assert.Equal(expected, Escaping.Html(text));

    [Theory]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("1. not a list", @"1\. not a list")]
    [InlineData("::: note not a container", @"\::: note not a container")]
    [InlineData("a_b*c`d|e", @"a\_b\*c\`d\|e")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("3,000 - 4,000", "3,000 - 4,000")]
    [InlineData("12) not a list", @"12\) not a list")]
    [InlineData("1.5 million", @"1\.5 million")]
    [InlineData("v1.2 (a) b.", "v1.2 (a) b.")]
    [InlineData("- a", @"\- a")]
    [InlineData("+", @"\+")]
    [InlineData("a\r\nb", "a  b")]
    [InlineData("a & b", @"a \& b")]
    [InlineData("", "")]
    public void Markdown_escaping_keeps_values_plain(string text, string expected) => Assert.Equal(expected, Escaping.Markdown(text));
}
