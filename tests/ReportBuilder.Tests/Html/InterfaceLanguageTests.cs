using System.Text;
using ReportBuilder.Core;
using ReportBuilder.Core.Loading;
using ReportBuilder.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Html;

/// <summary>site.yaml's language picks templates/strings/&lt;language&gt;.yaml: pages, briefings and PDFs follow.</summary>
public sealed class InterfaceLanguageTests
{
    private static BuildResult BuildWith(TempProject project, string language)
    {
        var site = project.Path("data/site.yaml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("language: en", "language: " + language, StringComparison.Ordinal));
        return Pipeline.Build(ProjectFiles.FromDirectory(project.Root), BuildOptions.Default);
    }

    private static string Text(BuildResult build, string path) => Encoding.UTF8.GetString(build.Files.Single(f => f.Path == path).Bytes);

    [Fact]
    public void A_ukrainian_site_has_ukrainian_navigation_headings_and_dates_on_pages_and_in_the_briefing()
    {
        using var project = TempProject.OfRepository("rb-uk-");
        var build = BuildWith(project, "uk-UA");
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        var home = Text(build, "index.html");
        Assert.Contains("<html lang=\"uk-UA\">", home);
        Assert.Contains(">Тижні</a>", home);
        Assert.Contains(">Хронологія</a>", home);
        Assert.Contains("Останній огляд:", home);
        Assert.Contains("Дані сайту станом на <time datetime=\"2025-01-31\">31 січня 2025</time>", home);
        Assert.DoesNotContain(">Weeks<", home);

        var timeline = Text(build, "timeline/index.html");
        Assert.Contains("<h1>Хронологія</h1>", timeline);
        Assert.Contains(">грудень 2024</a>", timeline);
        var december = Text(build, "timeline/2024-12/index.html");
        Assert.Contains("<h1>грудень 2024</h1>", december);
        Assert.Contains("грудня 2024</time>", december);

        Assert.Contains("text-anchor=\"middle\">жовт. 2024</text>", Text(build, "measures/nk-weapons-containers-total/index.html"));

        var markdown = Text(build, "briefings/2024-W52.md");
        Assert.StartsWith("# Огляд: Тиждень 52, 2024", markdown);
        Assert.Contains("## Що нового", markdown);
        Assert.Contains("23–29 грудня 2024", markdown);
        Assert.DoesNotContain("first reported", markdown);
        // Numbers group their digits as Ukrainian does, with a no-break space; a quote keeps its own "3,000".
        Assert.Matches("понад 3\u00a0000", markdown);
        Assert.Matches("text-anchor=\"end\">\\d\u00a0\\d{3}</text>", Text(build, "measures/nk-casualties-kursk/index.html")); // the chart's axis

        using var pdf = PdfDocument.Open(build.Files.Single(f => f.Path == "briefings/2024-W52.pdf").Bytes);
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Зміст", words);
        Assert.Contains("Ключові цифри", words);
        Assert.Contains("грудня", words);
        Assert.Contains("Сторінка 1 з", words);
        Assert.Contains("3\u00a0000", string.Concat(pdf.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public void A_language_without_a_strings_file_is_RB0141_naming_the_file_it_looked_for()
    {
        using var project = TempProject.OfRepository("rb-de-");
        var build = BuildWith(project, "de");
        var d = Assert.Single(build.Diagnostics);
        Assert.Equal("RB0141", d.Code);
        Assert.Contains("templates/strings/de.yaml", d.Message);
    }

    [Fact]
    public void A_key_missing_from_a_translation_is_RB0142_naming_the_key_and_the_file()
    {
        using var project = TempProject.OfRepository("rb-uk-missing-");
        var uk = project.Path("templates/strings/uk.yaml");
        File.WriteAllLines(uk, File.ReadAllLines(uk).Where(l => !l.StartsWith("nav.weeks:", StringComparison.Ordinal)));
        var build = BuildWith(project, "uk");
        var d = Assert.Single(build.Diagnostics);
        Assert.Equal("RB0142", d.Code);
        Assert.Equal("templates/strings/uk.yaml has no string 'nav.weeks'", d.Message);
    }

    [Fact]
    public void A_template_asking_for_a_string_no_file_has_fails_naming_the_key_and_the_file()
    {
        using var project = TempProject.OfRepository("rb-t-missing-");
        var weeks = project.Path("templates/pages/weeks.sbn");
        File.WriteAllText(weeks, "{{ t \"weeks.nowhere\" }}\n" + File.ReadAllText(weeks));
        var build = BuildWith(project, "en");
        var d = Assert.Single(build.Diagnostics);
        Assert.StartsWith("templates/pages/weeks.sbn:1:", d.Span.ToString());
        Assert.Contains("there is no string 'weeks.nowhere' in templates/strings/en.yaml", d.Message);
    }

    [Fact]
    public void Strings_older_than_the_tool_are_RB0142_naming_the_key_the_views_need_not_an_internal_error()
    {
        using var project = TempProject.OfRepository("rb-old-strings-");
        foreach (var language in new[] { "en", "uk" })
        {
            var file = project.Path($"templates/strings/{language}.yaml");
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("briefing.page_of:", StringComparison.Ordinal)));
        }
        var build = BuildWith(project, "uk");
        var d = Assert.Single(build.Diagnostics);
        Assert.Equal("RB0142", d.Code);
        Assert.Equal("templates/strings/uk.yaml has no string 'briefing.page_of'", d.Message);
    }
}
