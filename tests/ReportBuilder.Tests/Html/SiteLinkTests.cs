using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

[Collection(SiteCollection.Name)]
public sealed class SiteLinkTests(SiteFixture site)
{
    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var broken = LinkChecker.Broken(site.OutDir, site.SitePath);
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Take(30)));
    }

    [Fact]
    public void Every_page_is_reached_from_the_home_page()
    {
        var reached = LinkChecker.Reachable(site.OutDir, "index.html");
        var pages = site.Files(".html").Select(f => Path.GetRelativePath(site.OutDir, f).Replace('\\', '/'))
            .Where(p => p != "404.html").ToList();
        var unreached = pages.Where(p => !reached.Contains(p)).ToList();
        Assert.True(unreached.Count == 0, "not reached from index.html: " + string.Join(", ", unreached));
    }

    [Fact]
    public void Links_are_relative_and_directories_are_linked_as_index_html()
    {
        foreach (var file in site.Files(".html").Where(f => Path.GetFileName(f) != "404.html"))
        {
            foreach (var link in LinkChecker.Links(site.OutDir, file))
            {
                Assert.False(link.Href.StartsWith('/'), $"{link.FromFile}: {link.Href} is absolute");
                var path = link.Href.Split('#')[0];
                Assert.False(path.EndsWith('/'), $"{link.FromFile}: {link.Href} links a folder, which file:// does not open");
            }
        }
    }

    [Fact]
    public void The_404_page_links_from_the_site_root_so_it_works_at_any_depth()
    {
        var links = LinkChecker.Links(site.OutDir, Path.Combine(site.OutDir, "404.html"), site.SitePath).ToList();

        Assert.Contains(links, l => l.Href == site.SitePath + "assets/site.css");
        Assert.Contains(links, l => l.Href == site.SitePath);
        Assert.All(links.Where(l => !l.Href.StartsWith('#')), l => Assert.StartsWith(site.SitePath, l.Href));
    }

    [Fact]
    public void Every_page_has_one_h1_a_lang_and_no_script_but_the_search_page_s_own_nor_external_resource()
    {
        foreach (var file in site.Files(".html"))
        {
            var html = File.ReadAllText(file);
            var name = Path.GetRelativePath(site.OutDir, file);
            Assert.True(html.Split("<h1").Length == 2, $"{name}: not exactly one <h1>");
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"", html, StringComparison.Ordinal);
            // Scripts only where a page cannot work without one: the search page's index and its script, both local.
            // JSON-LD is data, not a script that runs.
            var scripts = html.Replace("<script type=\"application/ld+json\">", "", StringComparison.Ordinal);
            string[] allowed = name == Path.Combine("search", "index.html") ? ["<script src=\"../search/index.js\">", "<script src=\"../assets/search.js\">"] : [];
            Assert.Equal(allowed, System.Text.RegularExpressions.Regex.Matches(scripts, "<script[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Select(m => m.Value));
            Assert.DoesNotMatch("""(?:src|href)="(?:https?:)?//[^"]*"[^>]*(?:rel="stylesheet"|<img|<link)""", html);
            // The canonical link names the page's public address; it loads nothing.
            Assert.DoesNotMatch("""<(?:img|link|script|iframe|source)(?![^>]*rel="canonical")[^>]*(?:src|href)="(?:https?:)?//""", html);
            Assert.DoesNotMatch("""\son[a-z]+=""", html);
        }
    }
}
